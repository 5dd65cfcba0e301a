package fr.palmares.cli;

import java.io.PrintStream;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import org.jline.utils.Curses;
import org.jline.utils.InfoCmp;
import org.jline.utils.InfoCmp.Capability;

/**
 * A one-line progress bar on standard error, drawn only when standard error is a terminal that can
 * return to the start of a line and clear it (its capabilities from JLine's terminfo, by $TERM); never
 * written into a file or a pipe. {@link Log} clears it before every message line.
 */
final class Progress {
    private final PrintStream err;
    private final int total;
    private final int width;
    private final String carriageReturn;
    private final String clearToEnd;
    private int done;
    private String current = "";
    private boolean drawn;

    private Progress(PrintStream err, int total, int width, String carriageReturn, String clearToEnd) {
        this.err = err;
        this.total = total;
        this.width = width;
        this.carriageReturn = carriageReturn;
        this.clearToEnd = clearToEnd;
    }

    /** A bar for {@code total} files, or null when it must not be drawn (not a terminal, one file, dumb terminal). */
    static Progress on(PrintStream err, Terminals terminals, int total) {
        if (total < 2 || !terminals.stderrIsTerminal()) {
            return null;
        }
        String term = System.getenv("TERM");
        if (term == null || term.isBlank() || "dumb".equals(term)) {
            return null;
        }
        Map<Capability, String> caps = new EnumMap<>(Capability.class);
        try {
            InfoCmp.parseInfoCmp(InfoCmp.getInfoCmp(term), new HashSet<>(), new HashMap<>(), caps);
        } catch (Exception e) {
            return null;
        }
        String cr = caps.get(Capability.carriage_return);
        String el = caps.get(Capability.clr_eol);
        if (cr == null || el == null) {
            return null;
        }
        return new Progress(err, total, terminals.errWidth(), Curses.tputs(cr), Curses.tputs(el));
    }

    void step(String file) {
        done++;
        current = file;
        redraw();
    }

    synchronized void redraw() {
        String count = " " + done + "/" + total + " ";
        int barWidth = Math.max(10, Math.min(30, width / 3));
        int filled = Math.min(barWidth, (done - 1) * barWidth / total);
        int room = Math.max(0, width - barWidth - 3 - count.length());
        String name = OneLine.of(current);
        if (name.length() > room) {
            name = room <= 1 ? "" : "…" + name.substring(name.length() - room + 1);
        }
        err.print(carriageReturn + "[" + "#".repeat(filled) + " ".repeat(barWidth - filled) + "]" + count + name
                + clearToEnd);
        err.flush();
        drawn = true;
    }

    synchronized void clear() {
        if (drawn) {
            err.print(carriageReturn + clearToEnd);
            err.flush();
            drawn = false;
        }
    }

    /** Clears the bar for good. */
    void done() {
        clear();
    }
}
