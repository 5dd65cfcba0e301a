package fr.palmares.cli;

import picocli.CommandLine;

/**
 * Errors become one line each on standard error (control characters escaped; a stack trace only with
 * --verbose) and exit status 2.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        boolean verbose = parsed.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--verbose"))
                || parsed.hasMatchedOption("--verbose");
        return report(ex, verbose, cl.getErr());
    }

    /** Reports a command's failure on {@code err}; the exit status. */
    static int report(Exception ex, boolean verbose, java.io.PrintWriter err) {
        if (ex instanceof UsageError u) {
            for (String line : u.lines()) {
                err.println("palmares: " + OneLine.of(line));
            }
            if (verbose) {
                ex.printStackTrace(err);
            }
            return 2;
        }
        err.println("palmares: " + OneLine.of(ex.getMessage() == null ? ex.toString() : ex.getMessage()));
        if (verbose) {
            ex.printStackTrace(err);
        } else if (!(ex instanceof java.io.IOException)) {
            err.println("(run again with --verbose for details)");
        }
        return 2;
    }
}
