package fr.palmares.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: extract, query, report, eval, completion. */
@Command(name = "palmares", mixinStandardHelpOptions = true, version = "palmares 0.1.0",
        description = "Turns archive documents about the « Territoire Innovant » label into one dataset of laureates, "
                + "and queries it.",
        subcommands = {ExtractCommand.class, QueryCommand.class, ReportCommand.class, EvalCommand.class, CompletionCommand.class,
            CommandLine.HelpCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {"  palmares extract samples/ -o dataset.json",
            "  palmares query --region Bretagne --medal or --year 2015..",
            "  palmares extract samples/*.md | palmares query --dataset - --group-by year",
            "  palmares report -o report.html",
            "  source <(palmares completion bash)"})
public final class Palmares implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** What the standard streams are attached to, for the subcommands. */
    Terminals terminals = Terminals.system();

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "a command is needed: extract, query, report, eval or completion");
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit status (0 ok, 1 some input failed, 2 usage). */
    public static int run(String... args) {
        return run(Terminals.system(), args);
    }

    /** Runs the command line with the given view of the terminals (tests). */
    static int run(Terminals terminals, String... args) {
        fr.palmares.pipeline.LibraryLog.install();
        Palmares root = new Palmares();
        root.terminals = terminals;
        PrintWriter stderr = new PrintWriter(new java.io.OutputStreamWriter(System.err,
                java.nio.charset.StandardCharsets.UTF_8), true);
        if (args.length > 0 && args[0].equals("query") && QuickQuery.enabled()) {
            QueryCommand quick = QuickQuery.parse(args, 1);
            if (quick != null) {
                return QuickQuery.run(quick, root, stderr);
            }
        }
        CommandLine cl = new CommandLine(root);
        cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8),
                true));
        cl.setErr(stderr);
        boolean helpColor = wantsHelp(args) && terminals.color(terminals.stdoutIsTerminal());
        cl.setColorScheme(CommandLine.Help.defaultColorScheme(helpColor ? CommandLine.Help.Ansi.ON
                : CommandLine.Help.Ansi.OFF));
        cl.setExecutionExceptionHandler(new ErrorHandler());
        cl.setParameterExceptionHandler((ex, a) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("palmares: " + OneLine.of(message(ex)));
            if (ex instanceof CommandLine.UnmatchedArgumentException u) {
                java.util.List<String> s = suggestions(u);
                if (!s.isEmpty()) {
                    String where = ex.getCommandLine().getCommandSpec().qualifiedName();
                    err.println("Did you mean: " + (u.isUnknownOption() ? "" : where + " ")
                            + String.join(" or ", s.stream().limit(3).map(OneLine::of).toList()) + "?");
                }
            }
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName()
                    + " --help' for more information.");
            return 2;
        });
        return cl.execute(args);
    }

    /** "unknown option '--regoin'", "unknown command 'extrct'", else picocli's own message. */
    private static String message(CommandLine.ParameterException ex) {
        if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            java.util.List<String> unmatched = u.getUnmatched();
            if (u.isUnknownOption()) {
                String option = unmatched.stream().filter(a -> a.startsWith("-")).findFirst().orElse(unmatched.get(0));
                return "unknown option '" + option + "'";
            }
            if (!ex.getCommandLine().getSubcommands().isEmpty()) {
                return "unknown command '" + unmatched.get(0) + "'";
            }
            return "unexpected argument '" + unmatched.get(0) + "'";
        }
        return ex.getMessage();
    }

    /** picocli's suggestions, else the options (or commands) within a few typos of what was typed. */
    private static java.util.List<String> suggestions(CommandLine.UnmatchedArgumentException u) {
        java.util.List<String> s = u.getSuggestions();
        if (!s.isEmpty() || u.getUnmatched().isEmpty()) {
            return s;
        }
        CommandLine.Model.CommandSpec spec = u.getCommandLine().getCommandSpec();
        String typed = u.isUnknownOption()
                ? u.getUnmatched().stream().filter(a -> a.startsWith("-")).findFirst().orElse("")
                : u.getUnmatched().get(0);
        java.util.List<String> known = new java.util.ArrayList<>();
        if (u.isUnknownOption()) {
            spec.options().forEach(o -> known.addAll(java.util.List.of(o.names())));
        } else {
            known.addAll(spec.subcommands().keySet());
        }
        String name = typed.contains("=") ? typed.substring(0, typed.indexOf('=')) : typed;
        org.apache.commons.text.similarity.LevenshteinDistance lev =
                org.apache.commons.text.similarity.LevenshteinDistance.getDefaultInstance();
        int limit = Math.max(2, name.length() / 3);
        return known.stream().filter(k -> lev.apply(name, k) <= limit)
                .sorted(java.util.Comparator.comparingInt((String k) -> lev.apply(name, k)).thenComparing(k -> k))
                .toList();
    }

    /** Only help output is coloured, so asking about the terminal costs nothing on other runs. */
    private static boolean wantsHelp(String[] args) {
        for (String a : args) {
            if (a.equals("--help") || a.equals("-h") || a.equals("help")) {
                return true;
            }
        }
        return args.length == 0;
    }
}
