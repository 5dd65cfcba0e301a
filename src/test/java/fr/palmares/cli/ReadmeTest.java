package fr.palmares.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The README cannot drift: every {@code console} example is run as a user would run it, in order, from a
 * folder holding the samples, in a terminal 100 columns wide (a pseudo-terminal), and what it prints must
 * be what the README prints ("…" alone on a line stands for lines left out). The example laureate of
 * the README is the one the samples give. When they differ, target/readme-actual.md shows what ran.
 */
class ReadmeTest {
    private static final Path README = Path.of("README.md");
    private static final String ELLIPSIS = "…";

    /** One command of an example and the lines the README shows after it. */
    record Step(String command, List<String> expected) {
    }

    static List<List<Step>> examples(List<String> readme) {
        List<List<Step>> out = new ArrayList<>();
        List<Step> block = null;
        Step step = null;
        for (String line : readme) {
            if (block == null) {
                if (line.strip().equals("```console")) {
                    block = new ArrayList<>();
                }
                continue;
            }
            if (line.strip().equals("```")) {
                out.add(block);
                block = null;
                step = null;
            } else if (line.startsWith("$ ")) {
                step = new Step(line.substring(2), new ArrayList<>());
                block.add(step);
            } else if (step != null) {
                step.expected().add(line);
            }
        }
        return out;
    }

    @Test
    void everyConsoleExampleOfTheReadmePrintsWhatTheReadmeShows() throws Exception {
        assumeTrue(Subprocess.hasScript(), "util-linux script is needed for a pseudo-terminal");
        List<List<Step>> examples = examples(Files.readAllLines(README));
        assertThat(examples).hasSizeGreaterThanOrEqualTo(8);
        Path work = Path.of("target/readme-work").toAbsolutePath();
        deleteTree(work);
        Files.createDirectories(work);
        copyTree(Path.of("samples"), work.resolve("samples"));
        copyTree(Path.of("src/test/resources/gold"), work.resolve("src/test/resources/gold"));
        StringBuilder report = new StringBuilder();
        List<String> failures = new ArrayList<>();
        for (List<Step> example : examples) {
            // Each command after a marker line; $? keeps the previous command's status across the marker.
            StringBuilder script = new StringBuilder("status=0\n");
            for (int i = 0; i < example.size(); i++) {
                script.append("printf '\\n<<<").append(i).append(">>>\\n'; (exit $status); ")
                        .append(example.get(i).command().replace("./palmares", "palmares")).append("; status=$?\n");
            }
            Subprocess.Result r = Subprocess.inTerminal(work, 100, Map.of("NO_COLOR", "1"), script.toString());
            List<List<String>> outputs = split(screen(r.out()), example.size());
            report.append("```console\n");
            for (int i = 0; i < example.size(); i++) {
                Step s = example.get(i);
                List<String> actual = outputs.get(i);
                report.append("$ ").append(s.command()).append('\n');
                actual.forEach(l -> report.append(l).append('\n'));
                if (!matches(s.expected(), actual)) {
                    failures.add("$ " + s.command() + "\n--- README:\n" + String.join("\n", s.expected())
                            + "\n--- printed:\n" + String.join("\n", actual));
                }
            }
            report.append("```\n\n");
        }
        Files.writeString(Path.of("target/readme-actual.md"), report.toString());
        assertThat(failures).as("README examples that print something else (see target/readme-actual.md)").isEmpty();
    }

    @Test
    void theExampleLaureateIsTheOneTheSampleGives() throws Exception {
        List<String> lines = Files.readAllLines(README);
        int at = lines.indexOf("One laureate of the output:");
        assertThat(at).isPositive();
        int start = lines.subList(at, lines.size()).indexOf("```json") + at + 1;
        int end = lines.subList(start, lines.size()).indexOf("```") + start;
        JsonNode shown = new ObjectMapper().readTree(String.join("\n", lines.subList(start, end)));
        String file = shown.get("sources").get(0).get("file").asText();
        Subprocess.Result r = Subprocess.run(Path.of("").toAbsolutePath(), "extract", file);
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode real = null;
        for (JsonNode l : new ObjectMapper().readTree(r.out()).get("laureates")) {
            if (l.get("id").equals(shown.get("id"))) {
                real = l;
            }
        }
        assertThat(real).as("a laureate of id " + shown.get("id") + " in " + file).isNotNull();
        for (Iterator<Map.Entry<String, JsonNode>> it = shown.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> f = it.next();
            assertThat(real.get(f.getKey())).as(f.getKey()).isEqualTo(f.getValue());
        }
    }

    /** What a terminal shows: carriage returns go back to the line's start, ESC[K clears to its end. */
    static List<String> screen(String raw) {
        List<String> out = new ArrayList<>();
        for (String line : raw.replaceAll("\u001B\\[[0-9;]*m", "").split("\n", -1)) {
            StringBuilder shown = new StringBuilder();
            int col = 0;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '\r') {
                    col = 0;
                } else if (c == '\u001B' && line.startsWith("\u001B[K", i)) {
                    shown.setLength(Math.min(col, shown.length()));
                    i += 2;
                } else if (col < shown.length()) {
                    shown.setCharAt(col++, c);
                } else {
                    shown.append(c);
                    col++;
                }
            }
            out.add(shown.toString().stripTrailing());
        }
        return out;
    }

    private static List<List<String>> split(List<String> lines, int steps) {
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < steps; i++) {
            out.add(new ArrayList<>());
        }
        int current = -1;
        for (String l : lines) {
            if (l.matches("<<<\\d+>>>")) {
                current = Integer.parseInt(l.substring(3, l.length() - 3));
            } else if (current >= 0) {
                out.get(current).add(l);
            }
        }
        for (List<String> o : out) {
            while (!o.isEmpty() && o.get(o.size() - 1).isEmpty()) {
                o.remove(o.size() - 1);
            }
        }
        return out;
    }

    /** Line by line; a line "…" alone stands for any number of lines. */
    static boolean matches(List<String> expected, List<String> actual) {
        return matches(expected, 0, actual, 0);
    }

    private static boolean matches(List<String> e, int i, List<String> a, int j) {
        if (i == e.size()) {
            return j == a.size();
        }
        if (e.get(i).strip().equals(ELLIPSIS)) {
            for (int k = j; k <= a.size(); k++) {
                if (matches(e, i + 1, a, k)) {
                    return true;
                }
            }
            return false;
        }
        return j < a.size() && e.get(i).stripTrailing().equals(a.get(j).stripTrailing()) && matches(e, i + 1, a, j + 1);
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (var s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
    }

    private static void deleteTree(Path p) throws Exception {
        if (!Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            try (var s = Files.list(p)) {
                for (Path c : s.toList()) {
                    deleteTree(c);
                }
            }
        }
        Files.delete(p);
    }

    @Test
    void theMatcherLeavesNothingOut() {
        assertThat(matches(List.of("a", ELLIPSIS, "d"), List.of("a", "b", "c", "d"))).isTrue();
        assertThat(matches(List.of("a", ELLIPSIS), List.of("a"))).isTrue();
        assertThat(matches(List.of("a", "b"), List.of("a", "b", "c"))).isFalse();
        assertThat(matches(List.of("a", ELLIPSIS, "d"), List.of("a", "b"))).isFalse();
        assertThat(screen("[###   ] 1/2 x\r\u001B[Kwarning: y\n")).containsExactly("warning: y", "");
    }
}
