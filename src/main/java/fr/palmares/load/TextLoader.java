package fr.palmares.load;

import fr.palmares.load.text.MarkdownBlocks;
import fr.palmares.load.text.PlainTextBlocks;
import fr.palmares.load.text.TextDialect;
import fr.palmares.model.Block;
import fr.palmares.model.SourceDocument;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a text file: decoded by {@link TextDecoder}, then read as Markdown ({@link MarkdownBlocks}) or
 * as plain text kept line by line ({@link PlainTextBlocks}), as {@link TextDialect} decides.
 */
public final class TextLoader implements Loader {

    @Override
    public SourceDocument load(Path file, byte[] bytes, String displayName) throws LoadException {
        TextDecoder.Decoded decoded = TextDecoder.decodeText(bytes);
        String name = file == null || file.getFileName() == null ? displayName : file.getFileName().toString();
        TextDialect dialect = TextDialect.of(decoded.text(), name);
        List<Block> blocks = dialect == TextDialect.MARKDOWN ? MarkdownBlocks.read(decoded.text())
                : PlainTextBlocks.read(decoded.text());
        if (blocks.isEmpty()) {
            throw new LoadException("no text in this file");
        }
        return new SourceDocument(displayName, Hashes.sha256(bytes), dialect == TextDialect.MARKDOWN ? "markdown" : "text",
                blocks, decoded.warnings());
    }
}
