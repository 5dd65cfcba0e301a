package fr.palmares.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end: exit statuses, standard output versus standard error, files written. */
class CommandLineTest {
    @RegisterExtension
    final Console console = new Console();
    private final ByteArrayOutputStream out = console.stdout();
    private final ByteArrayOutputStream err = console.stderr();

    @TempDir
    Path tmp;

    private int run(String... args) {
        return Palmares.run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aTextWithAFewInvalidBytesGivesAllItsLaureatesAndOneWarning() throws Exception {
        String text = Files.readString(Path.of("samples/2024-communique-de-presse.md"));
        // Stray Latin-1 bytes ("é" as E9) at the end of the first sentences of prose that end a line.
        java.io.ByteArrayOutputStream damaged = new java.io.ByteArrayOutputStream();
        int n = 0;
        for (String line : text.split("\n", -1)) {
            damaged.writeBytes(line.getBytes(StandardCharsets.UTF_8));
            if (n < 5 && line.endsWith(".") && !line.startsWith("-") && !line.startsWith("*")) {
                damaged.write(0xE9);
                n++;
            }
            damaged.write('\n');
        }
        Path file = tmp.resolve("communique.md");
        Files.write(file, damaged.toByteArray());
        int status = run("extract", file.toString(), "-o", tmp.resolve("out.json").toString());
        assertThat(status).isZero();
        assertThat(new ObjectMapper().readTree(tmp.resolve("out.json").toFile()).get("laureates")).hasSize(21);
        assertThat(err()).containsOnlyOnce("invalid UTF-8").contains(n + " invalid UTF-8 byte(s) replaced by U+FFFD on lines ");
        assertThat(n).isGreaterThanOrEqualTo(3);
    }

    @Test
    void extractWritesTheDatasetToStandardOutputAndLogsToStandardError() throws Exception {
        int status = run("extract", "samples/2024-communique-de-presse.md");
        assertThat(status).isZero();
        JsonNode root = new ObjectMapper().readTree(out());
        assertThat(root.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(root.get("laureates")).hasSize(21);
        JsonNode first = root.get("laureates").get(0);
        assertThat(first.get("edition").asInt()).isEqualTo(2024);
        assertThat(first.get("medal").asText()).isEqualTo("or");
        assertThat(first.get("sources").get(0).get("file").asText()).isEqualTo("samples/2024-communique-de-presse.md");
        assertThat(first.get("sources").get(0).get("line").asInt()).isPositive();
        assertThat(first.get("sources").get(0).get("sha256").asText()).hasSize(64);
        assertThat(err()).contains("1 document(s) read, 21 laureate(s)");
        assertThat(out()).doesNotContain("document(s) read");
    }

    @Test
    void outputFileIsWrittenAtomicallyAndTheFormatFollowsItsExtension() throws Exception {
        Path csv = tmp.resolve("out/dataset.csv");
        Files.createDirectories(csv.getParent());
        assertThat(run("extract", "samples/2013-page-web-labels.md", "-o", csv.toString())).isZero();
        assertThat(out()).isEmpty();
        String text = Files.readString(csv);
        assertThat(text).startsWith("id,edition,medal,category,project,collectivites,");
        assertThat(text.lines().count()).isEqualTo(27);
        try (Stream<Path> s = Files.list(csv.getParent())) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("dataset.csv");
        }
        if (Files.getFileStore(csv).supportsFileAttributeView("posix")) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(csv)))
                    .isEqualTo("rw-r--r--");
        }
    }

    @Test
    void jsonLinesHasOneLaureatePerLine() throws Exception {
        assertThat(run("extract", "--format", "jsonl", "samples/2013-page-web-labels.md")).isZero();
        String[] lines = out().split("\n");
        assertThat(lines).hasSize(26);
        for (String l : lines) {
            assertThat(new ObjectMapper().readTree(l).get("project").asText()).isNotBlank();
        }
    }

    @Test
    void sameInputsGiveTheSameBytes() throws Exception {
        Path a = tmp.resolve("a.json");
        Path b = tmp.resolve("b.json");
        assertThat(run("extract", "samples", "-o", a.toString())).isIn(0, 1);
        assertThat(run("extract", "samples", "-o", b.toString())).isIn(0, 1);
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
    }

    @Test
    void anUnreadableInputIsNamedInOneLineAndTheOthersAreStillExtracted() throws Exception {
        Path bad = tmp.resolve("broken.pdf");
        Files.write(bad, "%PDF-1.7\nthis is not a pdf".getBytes(StandardCharsets.US_ASCII));
        Path missing = tmp.resolve("nowhere.md");
        int status = run("extract", "samples/2013-page-web-labels.md", bad.toString(), missing.toString());
        assertThat(status).isEqualTo(1);
        assertThat(new ObjectMapper().readTree(out()).get("laureates")).hasSize(26);
        assertThat(err()).contains("error: " + bad + ": ").contains("error: " + missing + ": no such file or folder");
        assertThat(err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void editionAndTypeCanBeForced() throws Exception {
        assertThat(run("extract", "--edition", "2012", "--type", "page", "samples/2013-page-web-labels.md")).isZero();
        JsonNode l = new ObjectMapper().readTree(out()).get("laureates");
        assertThat(l.get(0).get("edition").asInt()).isEqualTo(2012);
        assertThat(l.get(0).get("sources").get(0).get("type").asText()).isEqualTo("page");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run("extract")).isEqualTo(2);
        assertThat(run("extract", "--type", "brochure", "samples")).isEqualTo(2);
        assertThat(err()).contains("unknown document type 'brochure'");
        assertThat(run("extract", "--format", "xml", "samples")).isEqualTo(2);
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(out()).isEmpty();
    }

    @Test
    void helpIsPrintedOnStandardOutput() {
        assertThat(run("--help")).isZero();
        assertThat(out()).contains("extract").contains("eval");
        out.reset();
        assertThat(run("extract", "--help")).isZero();
        assertThat(out()).contains("--output").contains("--merge").contains("--edition").contains("--type");
    }

    @Test
    void evalPassesOnTheSamplesAndFailsWhenTheBarIsMissed() throws Exception {
        assertThat(run("eval", "--gold", "src/test/resources/gold", "samples")).isZero();
        assertThat(out()).contains("OK: every field at F1 >= 1.0");
        Path gold = tmp.resolve("gold");
        Files.createDirectories(gold);
        Files.writeString(gold.resolve("x.gold.json"), Files.readString(
                Path.of("src/test/resources/gold/2013-page-web-labels.gold.json")).replace("\"DIVA\"", "\"DIVAS\""));
        out.reset();
        assertThat(run("eval", "--gold", gold.toString(), "samples")).isEqualTo(1);
        // as the reference scorer pairs them: a title sharing no word with the gold's is no pair
        assertThat(out()).contains("FAIL").contains("missed:").contains("DIVAS").contains("extra:").contains("| DIVA\n");
    }

    @Test
    void dashIsStandardOutputAndAnEmptyOrMissingFolderIsAUsageErrorBeforeAnythingIsWritten() throws Exception {
        assertThat(run("extract", "samples/2013-page-web-labels.md", "-o", "-")).isZero();
        assertThat(new ObjectMapper().readTree(out()).get("laureates")).hasSize(26);
        assertThat(Files.exists(Path.of("-"))).isFalse();
        out.reset();
        err.reset();
        try (Stream<Path> before = Files.list(tmp)) {
            assertThat(before).isEmpty();
        }
        assertThat(run("extract", "samples/2013-page-web-labels.md", "-o", "")).isEqualTo(2);
        assertThat(err()).contains("palmares: -o needs a file name (or - for standard output)");
        Path nowhere = tmp.resolve("no/such/dir/x.json");
        assertThat(run("extract", "samples/2013-page-web-labels.md", "-o", nowhere.toString())).isEqualTo(2);
        assertThat(err()).contains("cannot write " + nowhere + ": no such folder " + nowhere.getParent());
        Path file = tmp.resolve("a-file");
        Files.writeString(file, "x");
        assertThat(run("extract", "samples/2013-page-web-labels.md", "-o", file.resolve("x.json").toString())).isEqualTo(2);
        assertThat(err()).doesNotContain(".tmp").doesNotContain("document(s) read");
        assertThat(out()).isEmpty();
        try (Stream<Path> after = Files.list(tmp)) {
            assertThat(after.map(p -> p.getFileName().toString())).containsExactly("a-file");
        }
    }

    @Test
    void aFileNameWithControlCharactersStaysOnOneLine() throws Exception {
        Path bad = tmp.resolve("bad\nname\u001b[31m.pdf");
        Files.write(bad, "%PDF-1.7\nnot a pdf".getBytes(StandardCharsets.US_ASCII));
        Path missing = tmp.resolve("gone\rhere.md");
        assertThat(run("extract", "samples/2013-page-web-labels.md", bad.toString(), missing.toString())).isEqualTo(1);
        String[] lines = err().split("\n");
        assertThat(err()).doesNotContain("\u001b").doesNotContain("\r");
        assertThat(lines).anyMatch(l -> l.startsWith("error: ") && l.contains("bad\\nname\\x1b[31m.pdf: "));
        assertThat(lines).anyMatch(l -> l.equals("error: " + tmp + "/gone\\rhere.md: no such file or folder"));
        assertThat(lines[lines.length - 1]).startsWith("palmares: 1 document(s) read, 26 laureate(s), ").endsWith("2 failure(s)");
    }

    @Test
    void theSummaryCountsEveryWarningPrintedOnceEach() throws Exception {
        assertThat(run("extract", "samples/2013-page-web-labels.md", "samples/2022-article-presse.md",
                "samples/2024-communique-de-presse.md", "samples/2023-annuaire-labels.md")).isZero();
        List<String> warnings = err().lines().filter(l -> l.startsWith("warning: ")).toList();
        assertThat(warnings).doesNotHaveDuplicates().anyMatch(l -> l.startsWith("warning: unresolved collectivité"));
        assertThat(err().strip()).endsWith(warnings.size() + " warning(s), 0 failure(s)");
    }

    @Test
    void mistypedOptionsAndCommandsGetSuggestions() {
        assertThat(run("extrct", "samples")).isEqualTo(2);
        assertThat(err()).contains("palmares: unknown command 'extrct'").contains("Did you mean: palmares extract?");
        err.reset();
        assertThat(run("query", "--regoin", "Bretagne")).isEqualTo(2);
        assertThat(err()).contains("palmares: unknown option '--regoin'").contains("Did you mean: --region?")
                .contains("Try 'palmares query --help'");
        err.reset();
        assertThat(run("extract", "--fromat", "csv", "samples")).isEqualTo(2);
        assertThat(err()).contains("Did you mean: --format?");
        assertThat(out()).isEmpty();
    }

    @Test
    void excelOnExtractAndContradictoryOptionsRefused() throws Exception {
        Path csv = tmp.resolve("x.csv");
        assertThat(run("extract", "samples/2013-page-web-labels.md", "--excel", "-o", csv.toString())).isZero();
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(bytes[0] & 0xFF).isEqualTo(0xEF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("id;edition;medal;");
        assertThat(run("extract", "samples/2013-page-web-labels.md", "--excel", "--format", "json")).isEqualTo(2);
        assertThat(err()).contains("--excel writes CSV: it cannot be combined with --format json");
        assertThat(run("extract", "samples/2013-page-web-labels.md", "--excel", "-o", tmp.resolve("y.json").toString()))
                .isEqualTo(2);
        assertThat(run("extract", "--merge", "samples/2013-page-web-labels.md", "-o", tmp.resolve("m.db").toString()))
                .isEqualTo(2);
        assertThat(err()).contains("--merge works on a JSON or JSON Lines dataset, not sqlite");
        assertThat(Files.exists(tmp.resolve("y.json"))).isFalse();
    }

    @Test
    void sqliteIsNeverWrittenToATerminal() {
        assertThat(Palmares.run(Terminals.fixed(true, true, 80, false), "extract", "samples/2013-page-web-labels.md",
                "--format", "sqlite")).isEqualTo(2);
        assertThat(err()).contains("is binary: write it to a file with -o FILE");
        assertThat(out()).isEmpty();
    }

    @Test
    void everyHelpHasExamples() {
        for (String cmd : new String[] {"extract", "query", "report", "eval", "completion"}) {
            out.reset();
            assertThat(run(cmd, "--help")).isZero();
            assertThat(out()).as(cmd).contains("Examples:").contains("palmares " + cmd);
        }
        out.reset();
        assertThat(run("--help")).isZero();
        assertThat(out()).contains("Examples:").contains("completion");
    }
}
