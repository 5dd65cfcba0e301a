package fr.palmares.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Standard error, one message per line: control characters escaped ({@link OneLine}), the progress bar
 * cleared before each line and drawn again after it, the same warning printed once, warnings counted
 * for the summary line, and "warning:" / "error:" coloured on a terminal unless NO_COLOR is set.
 */
final class Log {
    private static final String YELLOW = "\u001B[33m";
    private static final String RED = "\u001B[31m";
    private static final String RESET = "\u001B[0m";

    private final PrintStream err;
    private final boolean color;
    private final Set<String> warned = new HashSet<>();
    private Progress progress;
    private int warnings;

    Log(PrintStream err, boolean color) {
        this.err = err;
        this.color = color;
    }

    void progress(Progress p) {
        this.progress = p;
    }

    /** Warnings printed so far (each distinct one once). */
    synchronized int warnings() {
        return warnings;
    }

    void warning(String message) {
        line("warning: " + message);
    }

    void error(String message) {
        line("error: " + message);
    }

    void note(String message) {
        line("note: " + message);
    }

    /** A whole line, as given (a "warning: " one is counted, and printed once). */
    synchronized void line(String text) {
        String s = OneLine.of(text);
        if (s.startsWith("warning: ")) {
            if (!warned.add(s)) {
                return;
            }
            warnings++;
        }
        if (progress != null) {
            progress.clear();
        }
        err.println(colored(s));
        err.flush();
        if (progress != null) {
            progress.redraw();
        }
    }

    private String colored(String s) {
        if (!color) {
            return s;
        }
        if (s.startsWith("warning:")) {
            return YELLOW + "warning:" + RESET + s.substring("warning:".length());
        }
        if (s.startsWith("error:")) {
            return RED + "error:" + RESET + s.substring("error:".length());
        }
        return s;
    }

    /** A print stream whose every line goes through {@link #line}: for the pipeline's own warnings. */
    PrintStream stream() {
        return new PrintStream(new OutputStream() {
            private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

            @Override
            public synchronized void write(int b) {
                if (b == '\n') {
                    String l = pending.toString(StandardCharsets.UTF_8);
                    pending.reset();
                    line(l.endsWith("\r") ? l.substring(0, l.length() - 1) : l);
                } else {
                    pending.write(b);
                }
            }

            @Override
            public synchronized void flush() {
                // lines are written whole, when they end
            }
        }, true, StandardCharsets.UTF_8);
    }
}
