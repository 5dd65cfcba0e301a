package fr.palmares.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Through a real pseudo-terminal (util-linux's script): a table when standard output is a terminal
 * whatever standard input is, fitted to the terminal's width; JSON into a pipe; the progress bar only
 * on a terminal, cleared before each warning, never in a file; NO_COLOR honoured.
 */
class TerminalTest {
    private static final String ESC = "\u001B";

    @TempDir
    static Path dir;

    @BeforeAll
    static void samples() throws Exception {
        assumeTrue(Subprocess.hasScript(), "util-linux script is needed for a pseudo-terminal");
        Files.createSymbolicLink(dir.resolve("samples"), Path.of("samples").toAbsolutePath());
    }

    @Test
    void aTableFitsTheTerminalEvenWhenStandardInputIsRedirected() throws Exception {
        for (String redirect : new String[] {"", " < /dev/null"}) {
            Subprocess.Result r = Subprocess.inTerminal(dir, 72, Map.of(),
                    "palmares query --region Bretagne --medal or" + redirect);
            String shown = r.out().replaceAll(ESC + "\\[[0-9;]*m", "");
            assertThat(shown).as(r.out()).startsWith("edition  medal").contains("Yroise");
            for (String line : shown.split("\n")) {
                assertThat(line.length()).as(line).isLessThanOrEqualTo(72);
            }
            assertThat(r.out()).as("header in bold").contains(ESC + "[1medition");
        }
    }

    @Test
    void intoAPipeItIsJsonAndNoColourWithNoColor() throws Exception {
        Subprocess.Result piped = Subprocess.inTerminal(dir, 100, Map.of(),
                "palmares query --region Bretagne --medal or | head -c 200");
        assertThat(piped.out()).startsWith("{\n  \"schemaVersion\": 1,");
        Subprocess.Result plain = Subprocess.inTerminal(dir, 100, Map.of("NO_COLOR", "1"),
                "palmares query --region Bretagne --medal or");
        assertThat(plain.out()).startsWith("edition  medal").doesNotContain(ESC);
    }

    @Test
    void theProgressBarIsDrawnOnATerminalClearedBeforeWarningsAndNeverWrittenIntoAFile() throws Exception {
        String files = "samples/2013-page-web-labels.md samples/2022-article-presse.md samples/2024-communique-de-presse.md";
        Subprocess.Result r = Subprocess.inTerminal(dir, 80, Map.of(), "palmares extract " + files + " -o out.json");
        assertThat(r.status()).isZero();
        String raw = r.out().replaceAll(ESC + "\\[[0-9;]*m", "");
        assertThat(r.out()).as("coloured on a terminal").contains(ESC + "[33mwarning:");
        assertThat(raw).contains("[").contains("3/3 samples/2024-communique-de-presse.md");
        int from = 0;
        int warnings = 0;
        while ((from = raw.indexOf("warning:", from)) >= 0) {
            String before = raw.substring(Math.max(0, from - 12), from);
            assertThat(before.endsWith("\n") || before.endsWith("\r" + ESC + "[K") || before.endsWith(ESC + "[K"))
                    .as("a warning starts on a clean line: " + before.replace(ESC, "ESC").replace("\r", "\\r")).isTrue();
            from++;
            warnings++;
        }
        assertThat(warnings).isGreaterThanOrEqualTo(2);
        assertThat(raw.strip()).endsWith("3 document(s) read, 54 laureate(s), " + warnings + " warning(s), 0 failure(s) -> out.json");
        for (String segment : raw.split("[\r\n]")) {
            String bar = segment.replaceAll(ESC + "\\[[0-9;]*[A-Za-z]", "");
            if (bar.startsWith("[")) {
                assertThat(bar.length()).as("the bar fits the terminal: " + bar).isLessThanOrEqualTo(80);
            }
        }

        Subprocess.Result logged = Subprocess.inTerminal(dir, 80, Map.of(),
                "palmares extract " + files + " -o out2.json 2> log.txt");
        assertThat(logged.status()).isZero();
        String log = Files.readString(dir.resolve("log.txt"));
        assertThat(log).doesNotContain(ESC).doesNotContain("\r").contains("warning: ").contains("3 document(s) read");
        assertThat(Files.readString(dir.resolve("out2.json"))).isEqualTo(Files.readString(dir.resolve("out.json")));
    }
}
