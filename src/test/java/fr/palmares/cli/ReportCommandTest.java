package fr.palmares.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.palmares.report.HtmlReport;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code palmares report} end to end: the page written, its data, exit statuses and one-line errors. */
class ReportCommandTest {
    private static final String SAMPLE = "samples/2024-communique-de-presse.md";

    @TempDir
    static Path shared;

    @TempDir
    Path tmp;

    private static Path dataset;
    @RegisterExtension
    final Console console = new Console();
    private final ByteArrayOutputStream out = console.stdout();
    private final ByteArrayOutputStream err = console.stderr();

    @BeforeAll
    static void extract() {
        dataset = Console.extracted(shared.resolve("dataset.json"), SAMPLE);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static JsonNode data(Path page) throws Exception {
        return new ObjectMapper().readTree(HtmlReport.unpack(Files.readString(page)));
    }

    @Test
    void writesOnePageOfTheDatasetAndSaysSoOnStandardError() throws Exception {
        Path page = tmp.resolve("report.html");
        assertThat(Palmares.run("report", "--dataset", dataset.toString(), "-o", page.toString())).isZero();
        assertThat(out.size()).isZero();
        assertThat(err()).matches("palmares: report of 21 laureate\\(s\\), \\d+ to check -> "
                + java.util.regex.Pattern.quote(page.toString()) + "\n");
        String html = Files.readString(page);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<title>Territoire Innovant — " + dataset + "</title>");
        JsonNode data = data(page);
        assertThat(data.get("laureates")).hasSize(21);
        assertThat(data.get("regions")).hasSize(18);
        assertThat(data.has("documents")).as("documents not given, not checked").isFalse();
        assertThat(data.get("laureates").get(0).get("ev").get(0).get("spans").size()).isPositive();
        try (var files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("report.html");
        }
    }

    @Test
    void theSameDatasetGivesTheSameBytes() throws Exception {
        Path a = tmp.resolve("a.html");
        Path b = tmp.resolve("b.html");
        assertThat(Palmares.run("report", "--dataset", dataset.toString(), "-o", a.toString())).isZero();
        assertThat(Palmares.run("report", "--dataset", dataset.toString(), "-o", b.toString())).isZero();
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
    }

    @Test
    void theDocumentsGivenAreCheckedAndOneThatCannotBeReadMakesStatusOne() throws Exception {
        Path page = tmp.resolve("report.html");
        Path broken = tmp.resolve("broken.pdf");
        Files.writeString(broken, "%PDF-1.7\nnot really a PDF\n");
        int status = Palmares.run("report", "--dataset", dataset.toString(), SAMPLE, broken.toString(), "-o",
                page.toString());
        assertThat(status).isEqualTo(1);
        assertThat(err()).contains("1 of 2 document(s) to check").doesNotContain("Exception");
        JsonNode docs = data(page).get("documents");
        assertThat(docs).hasSize(2);
        JsonNode files = data(page).get("files");
        assertThat(files.get(docs.get(0).get("f").asInt()).asText()).isEqualTo(SAMPLE);
        assertThat(docs.get(0).get("laureates").asInt()).isEqualTo(21);
        assertThat(docs.get(1).get("failure").asText()).isNotBlank();
    }

    @Test
    void withoutADatasetTheDocumentsAreExtractedAndReported() throws Exception {
        assertThat(Palmares.run("report", SAMPLE, "-o", "-")).isZero();
        String html = out.toString(StandardCharsets.UTF_8);
        JsonNode data = new ObjectMapper().readTree(HtmlReport.unpack(html));
        assertThat(data.get("laureates")).hasSize(21);
        assertThat(data.get("name").asText()).isEqualTo("documents " + SAMPLE);
        assertThat(data.get("documents").get(0).get("laureates").asInt()).isEqualTo(21);
    }

    @Test
    void aDatasetCanComeFromStandardInput() throws Exception {
        java.io.InputStream old = System.in;
        System.setIn(new java.io.ByteArrayInputStream(Files.readAllBytes(dataset)));
        try {
            Path page = tmp.resolve("report.html");
            assertThat(Palmares.run(Terminals.fixed(false, false, 80, false), "report", "--dataset", "-", "-o",
                    page.toString())).isZero();
            assertThat(data(page).get("laureates")).hasSize(21);
            assertThat(data(page).get("name").asText()).isEqualTo("standard input");
        } finally {
            System.setIn(old);
        }
    }

    @Test
    void badInputIsOneLineAndNothingIsWritten() throws Exception {
        Path page = tmp.resolve("report.html");
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, "{\"schemaVersion\": 1, \"laureates\": [{\"id\": \"x\"}]}");
        assertThat(Palmares.run("report", "--dataset", bad.toString(), "-o", page.toString())).isEqualTo(2);
        assertThat(err()).startsWith("palmares: " + bad).doesNotContain("Exception", "\tat ");
        assertThat(page).doesNotExist();

        err.reset();
        assertThat(Palmares.run("report", "--dataset", tmp.resolve("none.json").toString(), "-o", page.toString()))
                .isEqualTo(2);
        assertThat(err()).isEqualTo("palmares: " + tmp.resolve("none.json") + ": no such dataset file\n");

        err.reset();
        assertThat(Palmares.run("report", "--dataset", dataset.toString(), "-o", tmp.resolve("no/such/r.html").toString()))
                .isEqualTo(2);
        assertThat(err()).isEqualTo("palmares: cannot write " + tmp.resolve("no/such/r.html") + ": no such folder "
                + tmp.resolve("no/such") + "\n");
        assertThat(page).doesNotExist();
    }
}
