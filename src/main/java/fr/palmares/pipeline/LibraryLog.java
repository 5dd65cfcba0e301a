package fr.palmares.pipeline;

import fr.palmares.model.Regexes;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jspecify.annotations.Nullable;

/**
 * The one logging backend of the libraries (PDFBox and FontBox log through commons-logging, the others
 * through SLF4J, both routed to java.util.logging): nothing reaches the terminal by default. A record
 * logged while a document is read is kept as that document's warning ({@link Capture}); with --verbose,
 * every record is also printed on standard error with its stack trace.
 */
public final class LibraryLog {
    private static final int MAX_KINDS = 3;
    /**
     * What a library says of a document that is not a defect of it: PDFBox's stand-in for a font not
     * embedded, and an empty name ("/", valid PDF syntax, which Chromium writes).
     */
    private static final java.util.regex.Pattern BENIGN = java.util.regex.Pattern.compile(
            "^(?:Using fallback font |Empty COSName at offset )");
    private static final int MAX_MESSAGE = 160;
    private static final ThreadLocal<@Nullable Capture> CURRENT = new ThreadLocal<>();
    private static volatile @Nullable PrintStream verbose;
    private static volatile boolean installed;

    private LibraryLog() {
    }

    /** Replaces the handlers of java.util.logging by ours (once; later calls do nothing). */
    public static void install() {
        if (installed) {
            return;
        }
        synchronized (LibraryLog.class) {
            if (installed) {
                return;
            }
            LogManager.getLogManager().reset();
            Logger root = Logger.getLogger("");
            for (Handler h : root.getHandlers()) {
                root.removeHandler(h);
            }
            root.setLevel(Level.WARNING);
            root.addHandler(new Sink());
            installed = true;
        }
    }

    /** With --verbose: every library record is also printed there, with its stack trace. */
    public static void verbose(@Nullable PrintStream out) {
        install();
        verbose = out;
    }

    /** Keeps the records logged by the current thread until {@link Capture#close()}. */
    static Capture capture() {
        install();
        Capture c = new Capture();
        CURRENT.set(c);
        return c;
    }

    /** The records of one document. */
    static final class Capture implements AutoCloseable {
        private final Map<String, Integer> counts = new LinkedHashMap<>();

        synchronized void add(LogRecord r) {
            counts.merge(library(r.getLoggerName()) + ": " + message(r), 1, Integer::sum);
        }

        /** One warning per kind of message (the first few), "FILE: PDFBox: message (N times)". */
        synchronized List<String> warnings(String file) {
            List<String> out = new ArrayList<>();
            int shown = 0;
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                if (shown++ == MAX_KINDS) {
                    out.add(file + ": " + (counts.size() - MAX_KINDS) + " other kind(s) of library warning"
                            + " (--verbose shows them)");
                    break;
                }
                out.add(file + ": " + e.getKey() + (e.getValue() > 1 ? " (" + e.getValue() + " times)" : ""));
            }
            return out;
        }

        @Override
        public void close() {
            if (CURRENT.get() == this) {
                CURRENT.remove();
            }
        }
    }

    static String library(@Nullable String logger) {
        if (logger == null) {
            return "library";
        }
        if (logger.startsWith("org.apache.pdfbox") || logger.startsWith("org.apache.fontbox")) {
            return "PDFBox";
        }
        if (logger.startsWith("org.jsoup")) {
            return "jsoup";
        }
        int dot = logger.lastIndexOf('.');
        return dot < 0 ? logger : logger.substring(0, dot);
    }

    private static final Formatter FORMAT = new Formatter() {
        @Override
        public String format(LogRecord r) {
            return formatMessage(r);
        }
    };

    static String message(LogRecord r) {
        String m = FORMAT.format(r);
        if (m == null || m.isBlank()) {
            m = r.getThrown() != null ? r.getThrown().toString() : r.getLevel().getName();
        }
        m = Regexes.replaceAll(m, "\\s+", " ").strip();
        return m.length() > MAX_MESSAGE ? m.substring(0, MAX_MESSAGE) + "…" : m;
    }

    private static final class Sink extends Handler {
        @Override
        public void publish(LogRecord r) {
            if (r.getLevel().intValue() < Level.WARNING.intValue()) {
                return;
            }
            Capture c = CURRENT.get();
            if (c != null && (r.getMessage() == null || !BENIGN.matcher(r.getMessage()).find())) {
                c.add(r);
            }
            PrintStream out = verbose;
            if (out != null) {
                synchronized (out) {
                    out.println(library(r.getLoggerName()) + " " + r.getLevel().getName().toLowerCase(java.util.Locale.ROOT)
                            + ": " + message(r));
                    if (r.getThrown() != null) {
                        r.getThrown().printStackTrace(out);
                    }
                }
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
