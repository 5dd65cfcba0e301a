package fr.palmares.merge;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Keeps two imports into one dataset from losing each other's work: the read-merge-write of
 * {@code extract --merge} runs while holding an exclusive lock on "FILE.lock" (an operating-system lock,
 * released even when the process dies, plus a lock within this JVM). The lock file is left in place:
 * removing it could let two imports lock two different files. {@link #acquired()} is when this import
 * took it: a temporary file of the dataset last written before then, and held by no live process, was
 * left by an import that died (see {@code AtomicFile.removeLeftovers}).
 */
public final class DatasetLock implements AutoCloseable {
    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final ReentrantLock local;
    private final FileChannel channel;
    private final FileLock lock;
    private final Instant acquired;

    private DatasetLock(ReentrantLock local, FileChannel channel, FileLock lock, Instant acquired) {
        this.local = local;
        this.channel = channel;
        this.lock = lock;
        this.acquired = acquired;
    }

    /** When this import took the lock. */
    public Instant acquired() {
        return acquired;
    }

    /** The lock file of a dataset. */
    public static Path lockFile(Path dataset) {
        Path abs = dataset.toAbsolutePath().normalize();
        return abs.resolveSibling(abs.getFileName() + ".lock");
    }

    /** Waits up to {@code timeoutMillis} for the dataset's lock; an IOException names the lock when it cannot. */
    public static DatasetLock acquire(Path dataset, long timeoutMillis) throws IOException {
        Path file = lockFile(dataset);
        ReentrantLock local = IN_PROCESS.computeIfAbsent(file, k -> new ReentrantLock());
        long deadline = System.currentTimeMillis() + timeoutMillis;
        try {
            if (!local.tryLock(timeoutMillis, TimeUnit.MILLISECONDS)) {
                throw new IOException("another import holds " + file + " (gave up after " + timeoutMillis / 1000 + " s)");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for " + file);
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            while (true) {
                FileLock l;
                try {
                    l = channel.tryLock();
                } catch (OverlappingFileLockException e) {
                    l = null;
                }
                if (l != null) {
                    return new DatasetLock(local, channel, l, Instant.now());
                }
                if (System.currentTimeMillis() > deadline) {
                    throw new IOException("another import holds " + file + " (gave up after " + timeoutMillis / 1000
                            + " s)");
                }
                Thread.sleep(50);
            }
        } catch (IOException | RuntimeException e) {
            close(channel);
            local.unlock();
            throw e;
        } catch (InterruptedException e) {
            close(channel);
            local.unlock();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for " + file);
        }
    }

    private static void close(FileChannel c) {
        if (c != null) {
            try {
                c.close();
            } catch (IOException ignored) {
                // closing a lock channel that failed: nothing more to do
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
            channel.close();
        } finally {
            local.unlock();
        }
    }
}
