package fr.palmares.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.palmares.cli.Palmares;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of bad file of {@link BadFiles} in one batch with a good sample, through the command
 * line: each bad file is exactly its one expected line, the good sample's laureates are all in the
 * output, the exit status is 1, and standard error holds no stack trace. (No time limit here, so that a
 * slow machine gives the same lines; the limit is {@link fr.palmares.pipeline.DocumentGuardTest}'s.)
 */
class BadInputCorpusTest {
    private static final Path SAMPLES = Path.of("samples");
    private static final String GOOD = "samples/2024-communique-de-presse.md";

    @TempDir
    static Path dir;
    static List<BadFiles.Kind> kinds;
    static String err;
    static int status;
    static JsonNode output;

    @BeforeAll
    static void runBatch() throws Exception {
        kinds = BadFiles.all(SAMPLES);
        List<String> args = new ArrayList<>(List.of("extract", "--timeout", "0", "-o", dir.resolve("out.json").toString(),
                "--"));
        for (BadFiles.Kind k : kinds) {
            Path f = dir.resolve(k.fileName());
            k.maker().make(f);
            args.add(f.toString());
        }
        args.add(GOOD);
        PrintStream before = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            status = Palmares.run(args.toArray(String[]::new));
        } finally {
            System.setErr(before);
        }
        err = buf.toString(StandardCharsets.UTF_8);
        output = new ObjectMapper().readTree(dir.resolve("out.json").toFile());
    }

    @Test
    void atLeastFortyKinds() {
        assertThat(kinds).hasSizeGreaterThanOrEqualTo(40);
    }

    @Test
    void eachBadFileIsItsOneLine() {
        List<String> wrong = new ArrayList<>();
        for (BadFiles.Kind k : kinds) {
            String name = escaped(dir.resolve(k.fileName()).toString());
            long errors = err.lines().filter(l -> l.startsWith("error: " + name + ": ")).count();
            if (k.expect() == BadFiles.Expect.READ) {
                if (errors != 0) {
                    wrong.add(k.name() + ": expected to be read, got " + err.lines().filter(l -> l.contains(name + ":"))
                            .toList());
                }
                continue;
            }
            String prefix = (k.expect() == BadFiles.Expect.ERROR ? "error: " : "warning: ") + name + ": ";
            List<String> lines = err.lines().filter(l -> l.startsWith(prefix)).toList();
            boolean found = lines.stream().anyMatch(l -> k.expect() == BadFiles.Expect.ERROR
                    ? l.substring(prefix.length()).startsWith(k.message()) : l.substring(prefix.length()).contains(k.message()));
            if (!found || errors != (k.expect() == BadFiles.Expect.ERROR ? 1 : 0)) {
                wrong.add(k.name() + ": expected " + prefix + k.message() + "…, got "
                        + err.lines().filter(l -> l.contains(name + ":")).toList());
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theGoodSampleIsWholeAndTheStatusIsOne() {
        int fromGood = 0;
        for (JsonNode l : output.path("laureates")) {
            for (JsonNode s : l.path("sources")) {
                if (GOOD.equals(s.path("file").asText())) {
                    fromGood++;
                    break;
                }
            }
        }
        assertThat(fromGood).isEqualTo(21);
        assertThat(status).isEqualTo(1);
        long errors = kinds.stream().filter(k -> k.expect() == BadFiles.Expect.ERROR).count();
        assertThat(err).contains(errors + " failure(s)");
    }

    @Test
    void noStackTrace() {
        assertThat(err).doesNotContainPattern("(?m)^\\s+at [\\w.$]+\\(|^Exception in thread|Caused by:");
        assertThat(err.lines().filter(l -> !l.startsWith("warning: ") && !l.startsWith("error: ")
                && !l.startsWith("note: ") && !l.startsWith("palmares: ") && !l.startsWith("conflict: "))).isEmpty();
    }

    private static String escaped(String s) {
        return s.replace("\n", "\\n");
    }
}
