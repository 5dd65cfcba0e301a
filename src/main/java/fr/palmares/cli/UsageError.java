package fr.palmares.cli;

import java.util.List;

/**
 * A wrong use of the command line or a dataset that cannot be used, reported with exit status 2: one
 * line, or one line per failure (a dataset that fails its schema).
 */
final class UsageError extends RuntimeException {
    private final List<String> lines;

    UsageError(String message) {
        this(List.of(message));
    }

    UsageError(List<String> lines) {
        super(lines.isEmpty() ? "usage error" : lines.get(0));
        this.lines = List.copyOf(lines);
    }

    List<String> lines() {
        return lines;
    }
}
