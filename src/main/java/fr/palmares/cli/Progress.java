package fr.palmares.cli;

import java.io.PrintStream;

/** A one-line progress bar on standard error, drawn only when it is a terminal. */
final class Progress {
    private static final int WIDTH = 30;
    private final PrintStream err;
    private final int total;
    private final boolean enabled;
    private int done;

    Progress(PrintStream err, int total, boolean enabled) {
        this.err = err;
        this.total = total;
        this.enabled = enabled && total > 1;
    }

    void step(String file) {
        if (!enabled) {
            return;
        }
        int filled = total == 0 ? WIDTH : done * WIDTH / total;
        String name = file.length() > 40 ? "…" + file.substring(file.length() - 39) : file;
        err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + (done + 1) + "/" + total + " " + name
                + "\u001B[K");
        err.flush();
        done++;
    }

    void done() {
        if (enabled) {
            err.print("\r\u001B[K");
            err.flush();
        }
    }
}
