package fr.palmares.load;

import java.util.Locale;
import java.util.concurrent.CancellationException;

/**
 * The bounds of what one document may ask, each refused with a one-line reason: its size, its pages,
 * what its compressed streams inflate to, how deep its HTML nests, how long its lines are; and the
 * check of the time limit (a document whose time is up is interrupted: {@link #checkInterrupted}
 * stops it at the next page, content-stream operator or block).
 */
public final class Limits {
    /** Any file: read whole into memory, so bounded. */
    public static final long MAX_FILE_BYTES = 256L << 20;
    /** HTML and text: every byte is text for the parse stages. */
    public static final long MAX_TEXT_BYTES = 16L << 20;
    public static final int MAX_PAGES = 1_000;
    /** What one PDF stream (a page's content, a font, a form) may inflate to. */
    public static final long MAX_STREAM_BYTES = 64L << 20;
    /** What all the streams of a PDF (images aside) may inflate to, together. */
    public static final long MAX_INFLATED_BYTES = 256L << 20;
    /** Elements nested deeper are unwrapped (their content kept), with a warning. */
    public static final int MAX_HTML_DEPTH = 128;
    /** A longer line of a text file is cut into lines of this many characters, with a warning. */
    public static final int MAX_LINE_CHARS = 10_000;
    /** Markdown whose block quotes or lists nest deeper is read as plain text, with a warning. */
    public static final int MAX_MARKDOWN_DEPTH = 64;

    private Limits() {
    }

    /** Throws when the current thread was interrupted (its document's time is up). */
    public static void checkInterrupted() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("time limit");
        }
    }

    /** "300 MiB", "12.5 MiB", "900 KiB". */
    public static String size(long bytes) {
        if (bytes >= 10L << 20) {
            return bytes / (1 << 20) + " MiB";
        }
        if (bytes >= 1 << 20) {
            return String.format(Locale.ROOT, "%.1f MiB", bytes / (double) (1 << 20));
        }
        return Math.max(1, bytes / 1024) + " KiB";
    }
}
