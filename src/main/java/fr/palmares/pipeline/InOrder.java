package fr.palmares.pipeline;

import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a task on every item with a bounded pool of threads and hands each result back on the calling
 * thread in the items' order, so that what follows (progress, merge, messages) is the same as one item
 * after the other. At most two items per thread are in flight: memory holds a few documents at a time,
 * whatever the number of files.
 */
final class InOrder {
    private InOrder() {
    }

    /** The number of threads for a batch: the cores, at most one per item (property palmares.threads). */
    static int threads(int items) {
        int cores = Integer.getInteger("palmares.threads", Runtime.getRuntime().availableProcessors());
        return Math.max(1, Math.min(cores, items));
    }

    /**
     * For each item in order: {@code before} (on the calling thread, when its turn comes), then
     * {@code after} with the task's result; the tasks themselves run on {@code threads} threads.
     */
    static <T, R> void forEach(List<T> items, int threads, Function<T, R> task, Consumer<T> before,
            BiConsumer<T, R> after) {
        if (threads <= 1 || items.size() <= 1) {
            for (T item : items) {
                before.accept(item);
                after.accept(item, task.apply(item));
            }
            return;
        }
        AtomicInteger n = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "extract-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            ArrayDeque<Future<R>> inFlight = new ArrayDeque<>();
            int window = 2 * threads;
            int submitted = 0;
            for (T item : items) {
                while (submitted < items.size() && inFlight.size() < window) {
                    T next = items.get(submitted++);
                    inFlight.add(pool.submit(() -> task.apply(next)));
                }
                before.accept(item);
                after.accept(item, result(inFlight.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <R> R result(Future<R> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }
}
