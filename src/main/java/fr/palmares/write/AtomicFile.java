package fr.palmares.write;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file all at once: a temporary file beside it, then a rename, so no half-written file. The
 * folder must exist (a mistyped folder is an error, never created); a failure names the file the user
 * asked for and the reason, never the temporary file.
 */
public final class AtomicFile {
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
        try {
            Files.write(tmp, content);
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
