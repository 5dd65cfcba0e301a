package fr.palmares.write;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.LinkOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file all at once: a temporary file beside it (".NAME.DIGITS.tmp"), then a rename, so no
 * half-written file. The folder must exist (a mistyped folder is an error, never created); a failure
 * names the file the user asked for and the reason, never the temporary file. The writer holds an
 * operating-system lock on its temporary file until the rename, so that the temporary file of a writer
 * that died (killed) can be told from one being written: see {@link #removeLeftovers}.
 */
public final class AtomicFile {
    /** The temporary files this JVM is writing (a lock taken twice in one JVM would not say so). */
    private static final Set<Path> WRITING = ConcurrentHashMap.newKeySet();

    private AtomicFile() {
    }

    /**
     * A temporary file is private (rw-------); the dataset gets the permissions of the file it replaces,
     * or rw-r--r-- like any file a user creates.
     */
    private static void keepPermissions(Path target, Path tmp) throws IOException {
        if (!Files.getFileStore(tmp).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
            return;
        }
        java.util.Set<java.nio.file.attribute.PosixFilePermission> perms = Files.exists(target)
                ? Files.getPosixFilePermissions(target)
                : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(tmp, perms);
    }

    /** Why a file cannot be written there, before anything is written; empty when it can be tried. */
    public static java.util.Optional<String> problem(Path target) {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        Path shown = target.getParent() != null ? target.getParent() : dir;
        if (abs.getFileName() == null) {
            return java.util.Optional.of("cannot write " + target + ": not a file name");
        }
        if (Files.isDirectory(abs)) {
            return java.util.Optional.of("cannot write " + target + ": it is a folder");
        }
        if (dir != null && !Files.isDirectory(dir)) {
            return java.util.Optional.of("cannot write " + target + ": no such folder " + shown);
        }
        if (dir != null && !Files.isWritable(dir)) {
            return java.util.Optional.of("cannot write " + target + ": permission denied in " + shown);
        }
        return java.util.Optional.empty();
    }

    public static void write(Path target, byte[] content) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        java.util.Optional<String> problem = problem(target);
        if (problem.isPresent()) {
            throw new IOException(problem.get());
        }
        Path tmp;
        try {
            tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
        } catch (IOException e) {
            throw new IOException("cannot write " + target + ": " + reason(e), e);
        }
        WRITING.add(tmp);
        // The content goes through the channel that holds the lock: on POSIX systems, closing any other
        // channel on the file would release it.
        try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE);
                FileLock held = lockIfSupported(channel)) {
            ByteBuffer buf = ByteBuffer.wrap(content);
            while (buf.hasRemaining()) {
                channel.write(buf);
            }
            keepPermissions(abs, tmp);
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new IOException("cannot write " + target + ": " + reason(e), e);
        } finally {
            Files.deleteIfExists(tmp);
            WRITING.remove(tmp);
        }
    }

    /** An exclusive lock on a file just created, or null where the file system has no locks. */
    private static @Nullable FileLock lockIfSupported(FileChannel channel) {
        try {
            return channel.tryLock();
        } catch (IOException | OverlappingFileLockException e) {
            return null;
        }
    }

    /**
     * Removes the temporary files that writers of {@code target} left behind when they died: those last
     * written before {@code before} (the moment the caller took the lock that every import of the
     * dataset holds) whose lock no live process holds. Files being written, by this JVM or another
     * process, and files of other names are kept; a file that cannot be checked is kept. Returns the
     * files removed.
     */
    public static List<Path> removeLeftovers(Path target, Instant before) {
        Path abs = target.toAbsolutePath().normalize();
        Path dir = abs.getParent();
        if (dir == null || abs.getFileName() == null) {
            return List.of();
        }
        String prefix = "." + abs.getFileName() + ".";
        List<Path> removed = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, p -> isTemporaryName(p, prefix))) {
            for (Path p : ds) {
                if (WRITING.contains(p) || !isLeftover(p, before)) {
                    continue;
                }
                removed.add(p);
            }
        } catch (IOException | java.nio.file.DirectoryIteratorException e) {
            return List.of();
        }
        removed.removeIf(p -> !deleteUnlocked(p));
        return removed;
    }

    /** ".NAME." then the digits {@link Files#createTempFile} puts, then ".tmp". */
    private static boolean isTemporaryName(Path p, String prefix) {
        String name = p.getFileName().toString();
        return name.length() > prefix.length() + 4 && name.startsWith(prefix) && name.endsWith(".tmp")
                && name.substring(prefix.length(), name.length() - 4).chars().allMatch(Character::isDigit);
    }

    private static boolean isLeftover(Path p, Instant before) {
        try {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return a.isRegularFile() && a.lastModifiedTime().toInstant().isBefore(before);
        } catch (IOException e) {
            return false;
        }
    }

    /** Deletes a file if no process holds a lock on it (checked by taking it); false when kept. */
    private static boolean deleteUnlocked(Path p) {
        try (FileChannel channel = FileChannel.open(p, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                return false;
            }
            if (lock == null) {
                return false;
            }
            // Deleted while locked: a writer starting now could not take the file in between.
            Files.delete(p);
            lock.release();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The reason of an I/O failure, in words, without the temporary file's name. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof java.nio.file.DirectoryNotEmptyException) {
            return "a folder of that name is in the way";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
