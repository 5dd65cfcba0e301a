package fr.palmares.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `palmares completion bash|zsh`, run by bash as its completion would: subcommands, options, their values. */
class CompletionTest {
    @TempDir
    static Path dir;
    static Path script;

    @BeforeAll
    static void generate() throws Exception {
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            assertThat(Palmares.run("completion", "bash")).isZero();
        } finally {
            System.setOut(old);
        }
        script = dir.resolve("palmares.bash");
        Files.write(script, out.toByteArray());
    }

    /** What bash offers after the words typed (the last one being completed). */
    private static List<String> complete(String... words) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "bash is needed");
        StringBuilder array = new StringBuilder();
        for (String w : words) {
            array.append('\'').append(w.replace("'", "'\\''")).append("' ");
        }
        String cmd = "source '" + script + "'; COMP_WORDS=(" + array + "); COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 )); "
                + "COMP_LINE=\"${COMP_WORDS[*]}\"; COMP_POINT=${#COMP_LINE}; COMPREPLY=(); _complete_palmares 2>/dev/null; "
                + "printf '%s\\n' \"${COMPREPLY[@]}\"";
        Process p = new ProcessBuilder("/bin/bash", "-c", cmd).directory(Path.of("").toAbsolutePath().toFile())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        List<String> items = new ArrayList<>(Arrays.asList(out.split("\n")));
        items.removeIf(String::isBlank);
        return items;
    }

    @Test
    void subcommandsAndOptions() throws Exception {
        assertThat(complete("palmares", "qu")).containsExactly("query");
        assertThat(complete("palmares", "ex")).containsExactly("extract");
        assertThat(complete("palmares", "query", "--reg")).containsExactly("--region");
        assertThat(complete("palmares", "query", "--gr")).containsExactly("--group-by");
    }

    @Test
    void optionValuesFormatsMedalsGroupKeysTypesFieldsRegions() throws Exception {
        assertThat(complete("palmares", "query", "--format", "")).containsExactly("table", "json", "jsonl", "csv", "sqlite");
        assertThat(complete("palmares", "extract", "--format", "")).containsExactly("json", "jsonl", "csv", "sqlite");
        assertThat(complete("palmares", "query", "--medal", "")).containsExactly("or", "argent", "bronze", "none");
        assertThat(complete("palmares", "query", "--group-by", "")).contains("year", "medal", "region", "category");
        assertThat(complete("palmares", "query", "--type", "e")).containsExactly("epci", "etat");
        assertThat(complete("palmares", "query", "--fields", "reg")).containsExactly("regions", "regionNames");
        assertThat(complete("palmares", "query", "--region", "Bre")).containsExactly("Bretagne");
        assertThat(complete("palmares", "query", "--region", "Prov")).containsExactly("Provence-Alpes-Côte\\ d\\'Azur");
        assertThat(complete("palmares", "extract", "--type", "")).contains("communique", "annuaire");
        assertThat(complete("palmares", "completion", "")).contains("bash", "zsh");
    }

    @Test
    void filesForDatasetsAndOutputs() throws Exception {
        assertThat(complete("palmares", "query", "--dataset", "src/test/resources/query/data")).contains(
                "src/test/resources/query/dataset.json");
        assertThat(complete("palmares", "extract", "samples/2013-page-web-labels.m")).contains("samples/2013-page-web-labels.md");
    }

    @Test
    void zshLoadsTheSameScriptThroughBashcompinit() throws Exception {
        String text = Files.readString(script);
        assertThat(text).contains("ZSH_VERSION").contains("bashcompinit").contains("complete -F _complete_palmares");
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            assertThat(Palmares.run("completion", "zsh")).isZero();
        } finally {
            System.setOut(old);
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(text);
        Path zsh = Path.of("/usr/bin/zsh");
        if (Files.isExecutable(zsh)) {
            Process p = new ProcessBuilder(zsh.toString(), "-c", "source '" + script + "' && echo loaded")
                    .redirectErrorStream(true).start();
            assertThat(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).contains("loaded");
        }
    }

    @Test
    void anUnknownShellIsAUsageError() {
        PrintStream old = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            assertThat(Palmares.run("completion", "fish")).isEqualTo(2);
        } finally {
            System.setErr(old);
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown shell 'fish' (expected bash or zsh)");
    }
}
