package fr.palmares.cli;

import fr.palmares.write.AtomicFile;
import fr.palmares.write.Format;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Where a command's result goes, from {@code -o}: a file, written atomically into a folder that must
 * exist, or standard output (no {@code -o}, or {@code -o -}). Checked before any work is done, so a
 * wrong {@code -o} costs nothing and writes nothing.
 */
final class Output {
    private final @Nullable Path file;

    private Output(@Nullable Path file) {
        this.file = file;
    }

    /** The output an {@code -o} value names; a usage error for an empty name or a folder that is not there. */
    static Output of(@Nullable String option) {
        if (option == null || option.equals("-")) {
            return new Output(null);
        }
        if (option.isBlank()) {
            throw new UsageError("-o needs a file name (or - for standard output)");
        }
        Path p;
        try {
            p = Path.of(option);
        } catch (InvalidPathException e) {
            throw new UsageError("-o: not a file name: " + option);
        }
        AtomicFile.problem(p).ifPresent(problem -> {
            throw new UsageError(problem);
        });
        return new Output(p);
    }

    boolean isFile() {
        return file != null;
    }

    /** The file (only when {@link #isFile()}). */
    Path file() {
        if (file == null) {
            throw new IllegalStateException("standard output");
        }
        return file;
    }

    /** The format asked for, else the one the file's extension says, else the default. */
    Format format(@Nullable String option, Format fallback) {
        if (option != null) {
            try {
                return Format.parse(option);
            } catch (IllegalArgumentException e) {
                throw new UsageError(e.getMessage());
            }
        }
        return file != null ? Format.fromFileName(file.getFileName().toString()) : fallback;
    }

    /** Refuses a binary format on a terminal (it would only garble it). */
    void checkBinary(Format format, Terminals terminals) {
        if (file == null && format.binary() && terminals.stdoutIsTerminal()) {
            throw new UsageError("--format " + format.name().toLowerCase(java.util.Locale.ROOT)
                    + " is binary: write it to a file with -o FILE (or redirect standard output)");
        }
    }

    void write(byte[] bytes) throws IOException {
        if (file != null) {
            AtomicFile.write(file, bytes);
        } else {
            PrintStream out = System.out;
            out.write(bytes);
            out.flush();
        }
    }

    /** For the summary line: " -> FILE", or nothing for standard output. */
    String arrow() {
        return file != null ? " -> " + file : "";
    }
}
