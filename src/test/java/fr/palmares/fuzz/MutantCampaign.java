package fr.palmares.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.palmares.cli.Palmares;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The measure of issue 16 (run by scripts/fuzz/mutants.sh): N fresh mutants of the sample PDFs and HTML
 * pages, each extracted by the whole command line together with a good sample in the same batch; counts
 * stack traces on standard error, lost batches (the good sample's laureates missing from the output, or
 * no output), hangs (a run past the time limit and a margin), wrong exit statuses (not 1 when the
 * mutant failed, not 0 when it was read, or documents unaccounted for in the summary), out-of-memory
 * failures. Runs in one JVM (the command line's own entry point, standard error captured), or with
 * --fork, one `java -jar` process per mutant. Offending mutants are kept in OUT/kept/.
 *
 * <p>Usage: MutantCampaign [--fork JAR] [--timeout S] N SEED SAMPLES_DIR OUT_DIR
 */
public final class MutantCampaign {
    private static final Pattern TRACE = Pattern.compile("(?m)^\\s+at [\\w.$/<>]+\\(|^Exception in thread|"
            + "^Caused by: |^(?:java|javax|org|com|sun)\\.[\\w.$]+(?:Exception|Error)\\b");
    private static final Pattern SUMMARY = Pattern.compile(
            "(?m)^palmares: (\\d+) document\\(s\\) read, .* (\\d+) failure\\(s\\)");

    private MutantCampaign() {
    }

    public static void main(String[] args) throws Exception {
        List<String> a = new ArrayList<>(List.of(args));
        String fork = null;
        long timeout = 20;
        if (a.size() >= 2 && a.get(0).equals("--fork")) {
            fork = a.get(1);
            a = a.subList(2, a.size());
        }
        if (a.size() >= 2 && a.get(0).equals("--timeout")) {
            timeout = Long.parseLong(a.get(1));
            a = a.subList(2, a.size());
        }
        int n = Integer.parseInt(a.get(0));
        long seed = Long.parseLong(a.get(1));
        Path samples = Path.of(a.get(2));
        Path out = Path.of(a.get(3));
        Files.createDirectories(out.resolve("kept"));
        List<Path> originals = new ArrayList<>();
        try (var s = Files.list(samples)) {
            s.filter(p -> p.toString().endsWith(".pdf") || p.toString().endsWith(".html")).sorted()
                    .forEach(originals::add);
        }
        Path good = samples.resolve("2024-communique-de-presse.md");
        String goodName = good.toString();
        PrintStream realErr = System.err;
        Runner runner = fork == null ? new InProcess() : new Forked(fork);
        Run base = runner.run(new String[] {"extract", goodName, "-o", out.resolve("base.json").toString()},
                timeout + 60);
        int expected = laureatesFrom(out.resolve("base.json"), goodName);
        realErr.println("baseline: " + expected + " laureates from " + goodName);
        if (expected <= 0) {
            realErr.println(base.err);
            System.exit(2);
        }
        Random rnd = new Random(seed);
        Map<String, Integer> outcomes = new TreeMap<>();
        int traces = 0;
        int lost = 0;
        int hangs = 0;
        int wrongStatus = 0;
        int oom = 0;
        int read = 0;
        long slowest = 0;
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            Path original = originals.get(rnd.nextInt(originals.size()));
            byte[] bytes = Files.readAllBytes(original);
            Mutator.Mutant m = Mutator.mutate(bytes, rnd);
            String ext = original.toString().endsWith(".pdf") ? ".pdf" : ".html";
            Path mutant = out.resolve("mutant-" + i + ext);
            Files.write(mutant, m.bytes());
            Path result = out.resolve("out-" + i + ".json");
            Files.deleteIfExists(result);
            Run r = runner.run(new String[] {"extract", mutant.toString(), goodName, "-o", result.toString(),
                "--timeout", Long.toString(timeout)}, timeout + 30);
            slowest = Math.max(slowest, r.millis);
            List<String> problems = new ArrayList<>();
            if (r.hung) {
                hangs++;
                problems.add("hang");
            } else {
                if (TRACE.matcher(r.err).find()) {
                    traces++;
                    problems.add("trace");
                }
                int got = Files.exists(result) ? laureatesFrom(result, goodName) : -1;
                if (got != expected) {
                    lost++;
                    problems.add("lost(" + got + ")");
                }
                boolean failed = r.err.contains("error: " + mutant + ": ");
                Matcher s = SUMMARY.matcher(r.err);
                boolean accounted = s.find() && Integer.parseInt(s.group(1)) + Integer.parseInt(s.group(2)) == 2;
                if (r.status != (failed ? 1 : 0) || !accounted) {
                    wrongStatus++;
                    problems.add("status(" + r.status + ")");
                }
                if (r.err.contains("out of memory") || r.err.contains("OutOfMemoryError")) {
                    oom++;
                }
                String outcome = failed ? reason(r.err, mutant.toString()) : "read";
                if (!failed) {
                    read++;
                }
                outcomes.merge(outcome, 1, Integer::sum);
                if (outcome.startsWith("timed out")) {
                    Files.copy(mutant, out.resolve("kept").resolve("timeout-" + i + "-" + m.how() + ext),
                            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
            if (!problems.isEmpty()) {
                Path kept = out.resolve("kept").resolve("mutant-" + i + "-" + m.how() + ext);
                Files.copy(mutant, kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                Files.writeString(out.resolve("kept").resolve("mutant-" + i + ".err"), r.err);
                realErr.println("mutant " + i + " (" + original.getFileName() + ", " + m.how() + "): "
                        + String.join(", ", problems));
            }
            Files.deleteIfExists(mutant);
            Files.deleteIfExists(result);
            if ((i + 1) % 25 == 0) {
                realErr.printf("%d/%d mutants, %.0f s: read %d, traces %d, lost %d, hangs %d, wrong status %d, oom %d, "
                        + "slowest %d ms, %s%n", i + 1, n, (System.nanoTime() - start) / 1e9, read, traces, lost, hangs,
                        wrongStatus, oom, slowest, outcomes);
            }
        }
        System.out.println("mutants: " + n + " (seed " + seed + ", " + (fork == null ? "one JVM" : "one process each")
                + ", --timeout " + timeout + ")");
        System.out.println("read: " + read + ", failed with one line: " + (n - read - hangs));
        System.out.println("stack traces: " + traces);
        System.out.println("lost batches: " + lost);
        System.out.println("hangs: " + hangs);
        System.out.println("wrong exit statuses: " + wrongStatus);
        System.out.println("out of memory (the mutant's own failure): " + oom);
        System.out.println("slowest run: " + slowest + " ms");
        System.out.println("failure reasons:");
        outcomes.forEach((k, v) -> System.out.println("  " + v + "  " + k));
        System.exit(traces + lost + hangs + wrongStatus == 0 ? 0 : 1);
    }

    /** The failure's reason without its details (what follows the first colon of the reason). */
    private static String reason(String err, String mutant) {
        int at = err.indexOf("error: " + mutant + ": ");
        String line = err.substring(at + ("error: " + mutant + ": ").length());
        line = line.lines().findFirst().orElse("");
        int colon = line.indexOf(": ");
        int paren = line.indexOf(" (");
        int cut = colon < 0 ? paren : paren < 0 ? colon : Math.min(colon, paren);
        return cut > 0 ? line.substring(0, cut) : line;
    }

    private static int laureatesFrom(Path json, String file) throws IOException {
        try {
            JsonNode root = new ObjectMapper().readTree(json.toFile());
            int n = 0;
            for (JsonNode l : root.path("laureates")) {
                for (JsonNode s : l.path("sources")) {
                    if (file.equals(s.path("file").asText())) {
                        n++;
                        break;
                    }
                }
            }
            return n;
        } catch (IOException e) {
            return -2;
        }
    }

    private record Run(int status, String err, boolean hung, long millis) {
    }

    private interface Runner {
        Run run(String[] args, long limitSeconds) throws Exception;
    }

    /** The command line's entry point in this JVM, standard error captured. */
    private static final class InProcess implements Runner {
        @Override
        public Run run(String[] args, long limitSeconds) throws Exception {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            PrintStream before = System.err;
            PrintStream capture = new PrintStream(buf, true, StandardCharsets.UTF_8);
            int[] status = {-1};
            long t0 = System.nanoTime();
            System.setErr(capture);
            Thread t = new Thread(() -> status[0] = Palmares.run(args), "campaign-run");
            t.setDaemon(true);
            try {
                t.start();
                t.join(limitSeconds * 1000);
            } finally {
                System.setErr(before);
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            if (t.isAlive()) {
                t.interrupt();
                return new Run(-1, buf.toString(StandardCharsets.UTF_8), true, ms);
            }
            return new Run(status[0], buf.toString(StandardCharsets.UTF_8), false, ms);
        }
    }

    /** One `java -jar` process per run, as a user runs it. */
    private static final class Forked implements Runner {
        private final String jar;

        Forked(String jar) {
            this.jar = jar;
        }

        @Override
        public Run run(String[] args, long limitSeconds) throws Exception {
            List<String> cmd = new ArrayList<>(List.of("java", "-XX:-UsePerfData", "-jar", jar));
            cmd.addAll(List.of(args));
            Path err = Files.createTempFile("campaign", ".err");
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .start();
            boolean done = p.waitFor(limitSeconds, TimeUnit.SECONDS);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            if (!done) {
                p.destroyForcibly().waitFor();
            }
            String text = Files.readString(err, StandardCharsets.UTF_8);
            Files.delete(err);
            return new Run(done ? p.exitValue() : -1, text, !done, ms);
        }
    }
}
