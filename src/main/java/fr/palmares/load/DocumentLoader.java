package fr.palmares.load;

import fr.palmares.model.Regexes;
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
            java.nio.file.attribute.BasicFileAttributes attrs = Files.readAttributes(file,
                    java.nio.file.attribute.BasicFileAttributes.class);
            if (!attrs.isRegularFile()) {
                throw new LoadException(attrs.isDirectory() ? "a folder, not a file"
                        : "not a regular file (a named pipe, socket or device is not read)");
            }
            if (attrs.size() > Limits.MAX_FILE_BYTES) {
                throw new LoadException("too large: " + Limits.size(attrs.size()) + " (limit "
                        + Limits.size(Limits.MAX_FILE_BYTES) + ")");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new LoadException("cannot read: " + ioReason(e), e);
        }
        if (bytes.length == 0) {
            throw new LoadException("empty file");
        }
        String format = detect(bytes, file.getFileName().toString());
        if (!FormatDetector.PDF.equals(format) && !FormatDetector.HTML.equals(format)
                && FormatDetector.isProbablyBinary(bytes)) {
            throw new LoadException("not a document (binary content, neither PDF, HTML nor text)");
        }
        if (!FormatDetector.PDF.equals(format) && bytes.length > Limits.MAX_TEXT_BYTES) {
            throw new LoadException("too large for a " + (FormatDetector.HTML.equals(format) ? "web page" : "text file")
                    + ": " + Limits.size(bytes.length) + " (limit " + Limits.size(Limits.MAX_TEXT_BYTES) + ")");
        }
        try {
            return loaderFor(format).load(file, bytes, displayName);
        } catch (IOException e) {
            throw new LoadException("cannot read " + format + ": " + e.getMessage(), e);
        }
    }

    /** "permission denied", "too many levels of symbolic links"..., else the exception's own words. */
    static String ioReason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.FileSystemLoopException) {
            return "symbolic link loop";
        }
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            m = f.getReason();
        }
        return Regexes.replaceAll(m, "\\s+", " ").strip();
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
