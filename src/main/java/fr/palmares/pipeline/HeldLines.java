package fr.palmares.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * What the extraction of one document says on its way (a warning printed the first time a name stays
 * unresolved): held while the document is extracted, on whatever thread, and said when the document's
 * turn comes, so that messages come in the files' order and the first of two documents says a warning
 * once, as in a serial run.
 */
final class HeldLines {
    private static final ThreadLocal<List<Runnable>> HELD = new ThreadLocal<>();

    private HeldLines() {
    }

    /** A result and the messages held while it was computed. */
    record Held<T>(T value, List<Runnable> lines) {
        /** Says the held messages (on the thread whose turn it is) and gives the result. */
        T release() {
            lines.forEach(Runnable::run);
            return value;
        }
    }

    /** Runs the work holding what it says. */
    static <T> Held<T> holding(Supplier<T> work) {
        List<Runnable> previous = HELD.get();
        List<Runnable> lines = new ArrayList<>();
        HELD.set(lines);
        try {
            return new Held<>(work.get(), lines);
        } finally {
            HELD.set(previous);
        }
    }

    /**
     * The task, run on another thread (the document's guard) with the lines held for the current one, so
     * that what it says is held as if it ran here.
     */
    static DocumentGuard.Task carried(DocumentGuard.Task task) {
        List<Runnable> held = HELD.get();
        return file -> {
            List<Runnable> previous = HELD.get();
            HELD.set(held);
            try {
                return task.extract(file);
            } finally {
                HELD.set(previous);
            }
        };
    }

    /** Says something now, or when the current document's turn comes if its lines are held. */
    static void say(Runnable line) {
        List<Runnable> held = HELD.get();
        if (held != null) {
            held.add(line);
        } else {
            line.run();
        }
    }
}
