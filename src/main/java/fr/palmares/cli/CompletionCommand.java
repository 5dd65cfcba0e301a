package fr.palmares.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * Prints a shell completion script (picocli's, for bash; zsh loads it through bashcompinit, which the
 * script sets up itself): subcommands, options, and the values of options that take one of a few
 * (formats, medals, group keys, types, fields, region names).
 */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = {"Prints a completion script for bash or zsh: subcommands, options and their values "
            + "(formats, medals, group keys, types, fields, region names)."},
        footerHeading = "%nExamples:%n",
        footer = {"  source <(palmares completion bash)          # this shell only",
            "  palmares completion bash > ~/.local/share/bash-completion/completions/palmares",
            "  palmares completion zsh > ~/.zfunc/_palmares   # or: source <(palmares completion zsh)"})
final class CompletionCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "SHELL", completionCandidates = Candidates.Shells.class, description = "bash or zsh.")
    String shell;

    @Override
    public Integer call() {
        if (!"bash".equals(shell) && !"zsh".equals(shell)) {
            throw new UsageError("unknown shell '" + shell + "' (expected bash or zsh)");
        }
        CommandLine root = spec.root().commandLine();
        String script = AutoComplete.bash("palmares", root);
        spec.commandLine().getOut().print(script);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
