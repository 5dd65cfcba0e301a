package fr.palmares.load;

import fr.palmares.load.text.MarkdownBlocks;
import fr.palmares.load.text.PlainTextBlocks;
import fr.palmares.load.text.TextDialect;
import fr.palmares.model.Block;
import fr.palmares.model.SourceDocument;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a text file: decoded by {@link TextDecoder}, then read as Markdown ({@link MarkdownBlocks}) or
 * as plain text kept line by line ({@link PlainTextBlocks}), as {@link TextDialect} decides.
 */
public final class TextLoader implements Loader {

    @Override
    public SourceDocument load(Path file, byte[] bytes, String displayName) throws LoadException {
        TextDecoder.Decoded decoded = TextDecoder.decodeText(bytes);
        List<String> warnings = new ArrayList<>(decoded.warnings());
        String text = cutLongLines(decoded.text(), warnings);
        String name = file == null || file.getFileName() == null ? displayName : file.getFileName().toString();
        TextDialect dialect = TextDialect.of(text, name);
        List<Block> blocks;
        if (dialect == TextDialect.MARKDOWN && markdownDepth(text) > Limits.MAX_MARKDOWN_DEPTH) {
            warnings.add("Markdown nested deeper than " + Limits.MAX_MARKDOWN_DEPTH + " levels: read as plain text");
            dialect = TextDialect.PLAIN;
        }
        if (dialect == TextDialect.MARKDOWN) {
            try {
                blocks = MarkdownBlocks.read(text);
            } catch (StackOverflowError e) {
                // Markdown nested deeper than its parser's recursion goes: still text, line by line.
                warnings.add("Markdown nested deeper than can be parsed: read as plain text");
                dialect = TextDialect.PLAIN;
                blocks = PlainTextBlocks.read(text);
            }
        } else {
            blocks = PlainTextBlocks.read(text);
        }
        if (blocks.isEmpty()) {
            throw new LoadException("no text in this file");
        }
        return new SourceDocument(displayName, Hashes.sha256(bytes), dialect == TextDialect.MARKDOWN ? "markdown" : "text",
                blocks, warnings);
    }

    /** The deepest nesting of a line: its leading block-quote marks, or its indent in list steps of two spaces. */
    static int markdownDepth(String text) {
        int max = 0;
        for (String line : text.split("\n", -1)) {
            int quotes = 0;
            int indent = 0;
            int i = 0;
            while (i < line.length() && (line.charAt(i) == '>' || line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
                char c = line.charAt(i);
                if (c == '>') {
                    quotes++;
                } else if (quotes == 0) {
                    indent += c == '\t' ? 4 : 1;
                }
                i++;
            }
            max = Math.max(max, Math.max(quotes, indent / 2));
        }
        return max;
    }

    /**
     * Lines longer than {@link Limits#MAX_LINE_CHARS} (no document prints such a line: a file joined into
     * one line, or junk) are cut at a space before the limit, or at the limit, so that no later stage
     * meets a line the file chose; with one warning.
     */
    static String cutLongLines(String text, List<String> warnings) {
        int max = Limits.MAX_LINE_CHARS;
        StringBuilder sb = null;
        int cut = 0;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            if (end - start > max) {
                if (sb == null) {
                    sb = new StringBuilder(text.length() + 64).append(text, 0, start);
                }
                cut++;
                int from = start;
                while (end - from > max) {
                    int space = text.lastIndexOf(' ', from + max);
                    int at = space > from + max / 2 ? space : from + max;
                    sb.append(text, from, at).append('\n');
                    from = at == space ? at + 1 : at;
                }
                sb.append(text, from, end);
            } else if (sb != null) {
                sb.append(text, start, end);
            }
            if (end < text.length() && sb != null) {
                sb.append('\n');
            }
            start = end + 1;
        }
        if (sb == null) {
            return text;
        }
        warnings.add(cut + " line(s) longer than " + max + " characters cut");
        return sb.toString();
    }
}
