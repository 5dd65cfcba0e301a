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
        if (ex instanceof UsageError u) {
            for (String line : u.lines()) {
                cl.getErr().println("palmares: " + OneLine.of(line));
            }
            if (verbose) {
                ex.printStackTrace(cl.getErr());
            }
            return 2;
        }
        cl.getErr().println("palmares: " + OneLine.of(ex.getMessage() == null ? ex.toString() : ex.getMessage()));
        if (verbose) {
            ex.printStackTrace(cl.getErr());
        } else if (!(ex instanceof java.io.IOException)) {
            cl.getErr().println("(run again with --verbose for details)");
        }
        return 2;
    }
}
