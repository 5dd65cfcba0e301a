package fr.palmares.pipeline;

import fr.palmares.model.Regexes;
import fr.palmares.load.LoadException;
import fr.palmares.pipeline.Extractor.InputFile;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * Runs the extraction of ONE document so that nothing it does can cost the others: it runs in a thread
 * of its own (with a stack of its own, so that a stack overflow ends this document only), under a time
 * limit, and whatever it throws (a {@link LoadException}, a runtime exception, a stack overflow, an out
 * of memory, an assertion) becomes that document's one-line failure. What the libraries log meanwhile
 * becomes the document's warnings ({@link LibraryLog}). Safe to call from several threads at once.
 */
public final class DocumentGuard {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    /** The stack of a document's thread: a few times the main thread's, for documents deep but honest. */
    private static final long STACK_BYTES = 8L << 20;
    /** After its time, a document's thread is interrupted, and waited for this long before moving on. */
    private static final long GRACE_MILLIS = 2_000;

    /** The extraction of one document; it may throw anything. */
    @FunctionalInterface
    public interface Task {
        DocumentResult extract(InputFile file) throws Exception;
    }

    private final Duration timeout;

    /** @param timeout the time one document may take; zero or negative: no limit */
    public DocumentGuard(Duration timeout) {
        this.timeout = timeout;
        LibraryLog.install();
    }

    public DocumentGuard() {
        this(DEFAULT_TIMEOUT);
    }

    public Duration timeout() {
        return timeout;
    }

    /** The result of the task on the file, or the file's failure: never throws. */
    public DocumentResult run(InputFile file, Task task) {
        AtomicReference<@Nullable DocumentResult> done = new AtomicReference<>();
        AtomicReference<@Nullable Throwable> thrown = new AtomicReference<>();
        LibraryLog.Capture[] capture = new LibraryLog.Capture[1];
        Object started = new Object();
        Thread worker = new Thread(null, () -> {
            try (LibraryLog.Capture c = LibraryLog.capture()) {
                synchronized (started) {
                    capture[0] = c;
                }
                try {
                    done.set(task.extract(file));
                } catch (Throwable e) {
                    thrown.set(e);
                }
            } catch (Throwable e) {
                thrown.compareAndSet(null, e);
            }
        }, "palmares-document", STACK_BYTES);
        worker.setDaemon(true);
        boolean timedOut;
        try {
            worker.start();
        } catch (OutOfMemoryError e) {
            return DocumentResult.failed(file.displayName(), "out of memory before reading it", e, List.of());
        }
        try {
            if (timeout.isZero() || timeout.isNegative()) {
                worker.join();
            } else {
                worker.join(timeout.toMillis());
            }
            timedOut = worker.isAlive();
            if (timedOut) {
                worker.interrupt();
                worker.join(GRACE_MILLIS);
                if (worker.isAlive()) {
                    stop(worker);
                }
            }
        } catch (InterruptedException e) {
            worker.interrupt();
            Thread.currentThread().interrupt();
            return DocumentResult.failed(file.displayName(), "interrupted", e, List.of());
        }
        List<String> libraryWarnings;
        synchronized (started) {
            libraryWarnings = capture[0] == null ? List.of() : capture[0].warnings(file.displayName());
        }
        if (timedOut) {
            return DocumentResult.failed(file.displayName(), "timed out after " + seconds(timeout)
                    + " (--timeout SECONDS allows more)", null, libraryWarnings);
        }
        DocumentResult result = done.get();
        Throwable error = thrown.get();
        if (result != null && error == null) {
            return result.withWarnings(libraryWarnings);
        }
        return DocumentResult.failed(file.displayName(), reason(error), error, libraryWarnings);
    }

    /**
     * A document's thread still running after its time and the grace: it is in a loop that checks no
     * interrupt (a regular expression on a damaged line, say). Left alone it would take a core from the
     * rest of the batch for as long as it runs, so it is stopped; it holds nothing that the others need
     * (its caches are concurrent maps, written whole). On a Java where Thread.stop is gone, it is left
     * to end by itself (a daemon thread, it does not keep the process alive).
     */
    @SuppressWarnings({"removal", "deprecation"})
    private static void stop(Thread worker) {
        try {
            worker.stop();
        } catch (UnsupportedOperationException | SecurityException e) {
            // Java 20 and later: nothing more can be done from outside
        }
    }

    /** The one line a user reads for what was thrown. */
    static String reason(@Nullable Throwable e) {
        if (e == null) {
            return "internal error: its reading stopped without a result";
        }
        if (e instanceof LoadException) {
            return oneLine(e.getMessage() == null ? e.toString() : e.getMessage());
        }
        if (e instanceof StackOverflowError) {
            return "too deeply nested to read (stack overflow)";
        }
        if (e instanceof OutOfMemoryError) {
            return "out of memory while reading it (this Java has " + Runtime.getRuntime().maxMemory() / (1 << 20)
                    + " MiB; the other documents go on)";
        }
        if (e instanceof InterruptedException || e instanceof java.util.concurrent.CancellationException
                || e instanceof ThreadDeath) {
            return "interrupted";
        }
        return "internal error while extracting (" + oneLine(e.toString()) + ")";
    }

    private static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    private static String oneLine(String s) {
        String m = Regexes.replaceAll(s, "\\s+", " ").strip();
        return m.length() > 240 ? m.substring(0, 240) + "…" : m;
    }
}
