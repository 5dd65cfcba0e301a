package fr.palmares.load;

import fr.palmares.model.SourceDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Loads any supported file: the format is chosen by content, then the format's loader reads it. */
public final class DocumentLoader {
    private final Loader text = new TextLoader();
    private final Loader pdf = new PdfLoader();
    private final Loader html = new HtmlLoader();

    public SourceDocument load(Path file, String displayName) throws LoadException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new LoadException("cannot read: " + e.getClass().getSimpleName() + " " + e.getMessage(), e);
        }
        if (bytes.length == 0) {
            throw new LoadException("empty file");
        }
        String format = detect(bytes, file.getFileName().toString());
        if (!FormatDetector.PDF.equals(format) && !FormatDetector.HTML.equals(format)
                && FormatDetector.isProbablyBinary(bytes)) {
            throw new LoadException("not a document (binary content, neither PDF, HTML nor text)");
        }
        try {
            return loaderFor(format).load(file, bytes, displayName);
        } catch (IOException e) {
            throw new LoadException("cannot read " + format + ": " + e.getMessage(), e);
        }
    }

    /** "pdf", "html" or "text", by content first. */
    public static String detect(byte[] bytes, String name) {
        return FormatDetector.detect(bytes, name.toLowerCase(Locale.ROOT));
    }

    private Loader loaderFor(String format) throws LoadException {
        switch (format) {
            case FormatDetector.TEXT:
                return text;
            case FormatDetector.PDF:
                return pdf;
            case FormatDetector.HTML:
                return html;
            default:
                throw new LoadException("unsupported format: " + format);
        }
    }
}
