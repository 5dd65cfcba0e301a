package fr.palmares.cli;

/** A wrong use of the command line, reported in one line with exit status 2. */
final class UsageError extends RuntimeException {
    UsageError(String message) {
        super(message);
    }
}
