package fr.palmares.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `palmares query` on a dataset extracted from the samples: every filter, formats, groups, errors. */
class QueryCommandTest {
    @TempDir
    static Path dir;
    static Path dataset;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldOut;
    private PrintStream oldErr;

    @BeforeAll
    static void extract() {
        dataset = dir.resolve("dataset.json");
        PrintStream o = System.out;
        PrintStream e = System.err;
        try {
            System.setOut(new PrintStream(new ByteArrayOutputStream()));
            System.setErr(new PrintStream(new ByteArrayOutputStream()));
            assertThat(Palmares.run("extract", "samples/2013-page-web-labels.md", "samples/2024-communique-de-presse.md",
                    "samples/2022-article-presse.md", "samples/2023-annuaire-labels.md", "-o", dataset.toString())).isZero();
        } finally {
            System.setOut(o);
            System.setErr(e);
        }
    }

    @BeforeEach
    void capture() {
        oldOut = System.out;
        oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(oldOut);
        System.setErr(oldErr);
    }

    private JsonNode query(String... filters) throws Exception {
        out.reset();
        List<String> args = new ArrayList<>(List.of("query", "--dataset", dataset.toString(), "--format", "json"));
        args.addAll(List.of(filters));
        assertThat(Palmares.run(args.toArray(String[]::new))).as(err.toString()).isZero();
        return new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8)).get("laureates");
    }

    private int count(String... filters) throws Exception {
        out.reset();
        List<String> args = new ArrayList<>(List.of("query", "--dataset", dataset.toString(), "--count"));
        args.addAll(List.of(filters));
        assertThat(Palmares.run(args.toArray(String[]::new))).as(err.toString()).isZero();
        return Integer.parseInt(out.toString(StandardCharsets.UTF_8).strip());
    }

    @Test
    void regionByNameCodeOrHistoricName() throws Exception {
        int byName = count("--region", "Auvergne-Rhône-Alpes", "--year", "2013");
        assertThat(byName).isEqualTo(3);
        assertThat(count("--region", "84", "--year", "2013")).isEqualTo(byName);
        assertThat(count("--region", "rhone-alpes", "--year", "2013")).isEqualTo(byName);
        JsonNode l = query("--region", "Rhône-Alpes", "--year", "2013");
        assertThat(l.findValuesAsText("name")).contains("Région Rhône-Alpes", "Grand Lyon", "Valence Agglo");
    }

    @Test
    void goldInBretagneSince2015() throws Exception {
        JsonNode l = query("--region", "bretagne", "--medal", "gold", "--year", "2015..");
        assertThat(l).hasSize(5);
        for (JsonNode x : l) {
            assertThat(x.get("medal").asText()).isEqualTo("or");
            assertThat(x.get("edition").asInt()).isGreaterThanOrEqualTo(2015);
        }
    }

    @Test
    void yearsListsAndRanges() throws Exception {
        assertThat(count("--year", "2013")).isEqualTo(26);
        assertThat(count("--year", "2013,2024")).isEqualTo(47);
        assertThat(count("--year", "2013", "--year", "2024")).isEqualTo(47);
        assertThat(count("--year", "2014..2023")).isEqualTo(32);
        assertThat(count("--year", "..2013")).isEqualTo(26);
    }

    @Test
    void medalCategoryCollectiviteTypeTextDepartement() throws Exception {
        assertThat(count("--medal", "silver", "--year", "2024")).isEqualTo(6);
        assertThat(count("--medal", "none")).isEqualTo(2);
        assertThat(count("--category", "inclusion numerique")).isEqualTo(5);
        assertThat(query("--collectivite", "megalis").findValuesAsText("project")).hasSize(2);
        assertThat(count("--type", "region")).isEqualTo(3);
        assertThat(query("--text", "plantabilite").get(0).get("project").asText()).isEqualTo("Calque de plantabilité");
        assertThat(query("--departement", "Finistère").findValuesAsText("project")).contains("Yroise", "Brest Créative");
        assertThat(count("--departement", "29")).isEqualTo(count("--departement", "finistere"));
    }

    @Test
    void groupByCountsLargestFirst() throws Exception {
        out.reset();
        assertThat(Palmares.run("query", "--dataset", dataset.toString(), "--group-by", "year", "--format", "json")).isZero();
        JsonNode g = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(g.get(0).get("year").isInt()).isTrue();
        assertThat(g.get(0).get("year").asInt()).isEqualTo(2013);
        assertThat(g.get(0).get("count").asInt()).isEqualTo(26);
        out.reset();
        assertThat(Palmares.run("query", "--dataset", dataset.toString(), "--group-by", "year,medal", "--format", "table")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("year  medal   count\n").contains("2013  argent  10\n");
    }

    @Test
    void tableFitsTheWidthAndShortensLongCells() {
        out.reset();
        assertThat(Palmares.run("query", "--dataset", dataset.toString(), "--year", "2023", "--format", "table",
                "--width", "80")).isZero();
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines[0]).startsWith("edition  medal");
        for (String l : lines) {
            assertThat(l.length()).isLessThanOrEqualTo(80);
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("…");
    }

    @Test
    void csvForSpreadsheetsIsProtectedAgainstFormulas() throws Exception {
        Path evil = dir.resolve("evil.json");
        Files.writeString(evil, Files.readString(dataset).replace("\"project\": \"DIVA\"", "\"project\": \"=HYPERLINK(1)\""));
        out.reset();
        assertThat(Palmares.run("query", "--dataset", evil.toString(), "--year", "2013", "--medal", "or", "--format",
                "csv")).isZero();
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).contains("'=HYPERLINK(1)").doesNotContain(",=HYPERLINK");
        out.reset();
        assertThat(Palmares.run("query", "--dataset", evil.toString(), "--year", "2013", "--excel")).isZero();
        byte[] bytes = out.toByteArray();
        assertThat(bytes[0] & 0xFF).isEqualTo(0xEF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("id;edition;medal;");
    }

    @Test
    void jsonlOneLaureatePerLine() {
        out.reset();
        assertThat(Palmares.run("query", "--dataset", dataset.toString(), "--year", "2022", "--format", "jsonl")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).split("\n")).hasSize(7);
    }

    @Test
    void errorsAreOneLineWithSuggestionsAndExitTwo() throws Exception {
        assertThat(Palmares.run("query", "--dataset", dataset.toString(), "--region", "Bretange")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown region 'Bretange' (did you mean Bretagne?)");
        assertThat(Palmares.run("query", "--dataset", dataset.toString(), "--departement", "Finistre")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("did you mean Finistère?");
        assertThat(Palmares.run("query", "--dataset", dataset.toString(), "--year", "2020..2015")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("bad year range '2020..2015'");
        assertThat(Palmares.run("query", "--dataset", dataset.toString(), "--medal", "platine")).isEqualTo(2);
        assertThat(Palmares.run("query", "--dataset", dir.resolve("missing.json").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("missing.json: no such dataset file");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"schemaVersion\": 1, \"laureates\": [ {\"id\": ");
        assertThat(Palmares.run("query", "--dataset", bad.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("bad.json: not a palmares dataset");
        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void theBundledDatasetAnswersWithoutSetUp() throws Exception {
        // The bundled dataset is built into target/classes during `mvn package`; in a test run before that
        // phase the query says so clearly instead.
        int status = Palmares.run("query", "--region", "Bretagne", "--count");
        if (QueryCommand.class.getResource(QueryCommand.BUNDLED) == null) {
            assertThat(status).isEqualTo(2);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("no bundled dataset");
        } else {
            assertThat(status).isZero();
            assertThat(Integer.parseInt(out.toString(StandardCharsets.UTF_8).strip())).isPositive();
        }
    }
}
