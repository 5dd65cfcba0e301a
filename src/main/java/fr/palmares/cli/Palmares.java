package fr.palmares.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: extract, query, eval. */
@Command(name = "palmares", mixinStandardHelpOptions = true, version = "palmares 0.1.0",
        description = "Turns archive documents about the « Territoire Innovant » label into one dataset of laureates, "
                + "and queries it.",
        subcommands = {ExtractCommand.class, QueryCommand.class, EvalCommand.class, CommandLine.HelpCommand.class})
public final class Palmares implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed: extract, query or eval");
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit status (0 ok, 1 some input failed, 2 usage). */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Palmares());
        cl.setExecutionExceptionHandler(new ErrorHandler());
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("palmares: " + ex.getMessage());
            ex.getCommandLine().getErr().println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName()
                    + " --help' for more information.");
            return 2;
        });
        return cl.execute(args);
    }
}
