package fr.palmares.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** `palmares query` on a dataset extracted from the samples: every filter, formats, groups, errors. */
class QueryCommandTest {
    @TempDir
    static Path dir;
    static Path dataset;

    @RegisterExtension
    final Console console = new Console();
    private final ByteArrayOutputStream out = console.stdout();
    private final ByteArrayOutputStream err = console.stderr();

    @BeforeAll
    static void extract() {
        dataset = Console.extracted(dir.resolve("dataset.json"), "samples/2013-page-web-labels.md",
                "samples/2024-communique-de-presse.md", "samples/2022-article-presse.md", "samples/2023-annuaire-labels.md");
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

    /** One laureate per collectivité: name, département, région. */
    private static Path placesDataset(String... rows) throws Exception {
        StringBuilder sb = new StringBuilder("{\"schemaVersion\": 1, \"laureates\": [");
        for (int i = 0; i < rows.length; i++) {
            String[] f = rows[i].split("\\|");
            String dep = f[2].equals("-") ? "null" : "\"" + f[2] + "\"";
            sb.append(i == 0 ? "" : ",").append("{\"id\": \"").append(String.format("%016x", i)).append("\", \"edition\": 2012, \"medal\": \"or\", ")
                    .append("\"category\": null, \"project\": \"P").append(i).append("\", \"collectivites\": [{\"name\": \"")
                    .append(f[0]).append("\", \"type\": \"").append(f[1]).append("\", \"siren\": null, \"departement\": ")
                    .append(dep).append(", \"region\": \"").append(f[3]).append("\", \"regionName\": null, \"match\": null}], ")
                    .append("\"description\": null, \"sources\": [{\"file\": \"f\", \"sha256\": \"" + "0".repeat(64) + "\", \"type\": \"page\", ")
                    .append("\"line\": 1}], \"confidence\": 0.9}");
        }
        Path p = dir.resolve("places-" + rows.length + ".json");
        Files.writeString(p, sb.append("]}").toString());
        return p;
    }

    private List<String> names(Path data, String... filters) throws Exception {
        out.reset();
        List<String> args = new ArrayList<>(List.of("query", "--dataset", data.toString(), "--format", "json"));
        args.addAll(List.of(filters));
        assertThat(Palmares.run(args.toArray(String[]::new))).as(err.toString()).isZero();
        JsonNode l = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8)).get("laureates");
        return l.findValuesAsText("name").stream().sorted().toList();
    }

    @Test
    void aFormerRegionIsItsDepartementsOnly() throws Exception {
        Path data = placesDataset("Ville d'Amiens|commune|80|32", "Ville de Lille|commune|59|32",
                "Ville de Dunkerque|commune|59|32", "Syndicat mixte des transports de l'Oise|syndicat|60|32",
                "Région Picardie|region|-|32", "Région Hauts-de-France|region|-|32",
                "Région Nord-Pas-de-Calais-Picardie|region|-|32", "Ville de Clermont-Ferrand|commune|63|84",
                "Grand Lyon|epci|69|84", "Région Rhône-Alpes|region|-|84", "Région Auvergne-Rhône-Alpes|region|-|84",
                "Ville de Mulhouse|commune|68|44", "Ville de Nancy|commune|54|44",
                "Collectivité européenne d'Alsace|departement|-|44", "Région Basse-Normandie|region|-|28",
                "Ville de Rennes|commune|35|53", "Région Bretagne|region|-|53");
        assertThat(names(data, "--region", "Picardie")).containsExactly("Région Picardie",
                "Syndicat mixte des transports de l'Oise", "Ville d'Amiens");
        assertThat(names(data, "--region", "région picardie")).isEqualTo(names(data, "--region", "Picardie"));
        assertThat(names(data, "--region", "Nord-Pas-de-Calais")).containsExactly("Ville de Dunkerque", "Ville de Lille");
        assertThat(names(data, "--region", "Hauts-de-France")).hasSize(7);
        assertThat(names(data, "--region", "32")).hasSize(7);
        assertThat(names(data, "--region", "Lorraine")).containsExactly("Ville de Nancy");
        assertThat(names(data, "--region", "Alsace")).containsExactly("Collectivité européenne d'Alsace",
                "Ville de Mulhouse");
        assertThat(names(data, "--region", "Rhône-Alpes")).containsExactly("Grand Lyon", "Région Rhône-Alpes");
        assertThat(names(data, "--region", "Auvergne")).containsExactly("Ville de Clermont-Ferrand");
        assertThat(names(data, "--region", "Basse-Normandie")).containsExactly("Région Basse-Normandie");
        assertThat(names(data, "--region", "Picardie,Lorraine")).hasSize(4);
        // a historic name that is a current région's is the current région
        assertThat(names(data, "--region", "Bretagne")).containsExactly("Région Bretagne", "Ville de Rennes");
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

    private String run(String... args) {
        out.reset();
        err.reset();
        List<String> a = new ArrayList<>(List.of("query", "--dataset", dataset.toString()));
        a.addAll(List.of(args));
        assertThat(Palmares.run(a.toArray(String[]::new))).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aDatasetFromStandardInputJsonOrJsonLines() throws Exception {
        java.io.InputStream oldIn = System.in;
        try {
            for (String fmt : new String[] {"json", "jsonl"}) {
                String text = run("--format", fmt);
                System.setIn(new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
                out.reset();
                assertThat(Palmares.run("query", "--dataset", "-", "--year", "2013", "--count")).isZero();
                assertThat(out.toString(StandardCharsets.UTF_8).strip()).isEqualTo("26");
            }
            System.setIn(new java.io.ByteArrayInputStream(new byte[0]));
            assertThat(Palmares.run("query", "--dataset", "-", "--count")).isEqualTo(2);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("standard input: empty file, not a palmares dataset");
        } finally {
            System.setIn(oldIn);
        }
    }

    @Test
    void fieldsSortAndLimit() throws Exception {
        String csv = run("--year", "2023", "--fields", "edition,medal,project", "--sort", "medal,project", "--limit", "3",
                "--format", "csv");
        String[] lines = csv.split("\n");
        assertThat(lines[0]).isEqualTo("edition,medal,project");
        assertThat(lines).hasSize(4);
        assertThat(lines[1]).startsWith("2023,or,");
        String table = run("--fields", "edition,project", "--sort", "-edition,project", "--limit", "2", "--format", "table");
        assertThat(table.split("\n")[0]).isEqualTo("edition  project");
        assertThat(table.split("\n")[2]).startsWith("2024 ");
        JsonNode last = new ObjectMapper().readTree(run("--sort", "edition:desc", "--limit", "1", "--format", "json"))
                .get("laureates");
        assertThat(last).hasSize(1);
        assertThat(last.get(0).get("edition").asInt()).isEqualTo(2024);
        JsonNode confident = new ObjectMapper().readTree(run("--sort", "confidence", "--format", "json")).get("laureates");
        assertThat(confident.get(0).get("confidence").asDouble())
                .isLessThanOrEqualTo(confident.get(confident.size() - 1).get("confidence").asDouble());
    }

    @Test
    void groupKeysAreFoldedLikeFiltersAndShownInTheirBestCasedForm() throws Exception {
        // The yearbook prints its categories in capitals: one laureate gets the mixed-case form.
        JsonNode groups = new ObjectMapper().readTree(run("--group-by", "category", "--format", "json"));
        JsonNode biggest = groups.get(0).get("category").isNull() ? groups.get(1) : groups.get(0);
        String upper = biggest.get("category").asText();
        int size = biggest.get("count").asInt();
        assertThat(upper).isEqualTo(upper.toUpperCase(java.util.Locale.ROOT));
        assertThat(size).isGreaterThan(1);
        String mixedCase = upper.charAt(0) + upper.substring(1).toLowerCase(java.util.Locale.ROOT);
        String field = "\"category\": \"" + upper + "\"";
        String text = Files.readString(dataset);
        int first = text.indexOf(field);
        Path mixed = dir.resolve("mixed.json");
        Files.writeString(mixed, text.substring(0, first) + "\"category\": \"" + mixedCase + "\""
                + text.substring(first + field.length()));
        out.reset();
        assertThat(Palmares.run("query", "--dataset", mixed.toString(), "--group-by", "category", "--format", "csv"))
                .isZero();
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).contains("\n" + mixedCase + "," + size + "\n").doesNotContain(upper);
    }

    @Test
    void groupsHaveOneColumnPerKeyAndYearsAsNumbers() throws Exception {
        String csv = run("--group-by", "year,medal", "--format", "csv");
        assertThat(csv).startsWith("year,medal,count\n2013,argent,10\n");
        JsonNode rows = new ObjectMapper().readTree(run("--group-by", "medal,year", "--format", "json"));
        for (JsonNode r : rows) {
            assertThat(r.get("year").isInt()).isTrue();
            assertThat(r.fieldNames()).toIterable().containsExactly("medal", "year", "count");
        }
        String jsonl = run("--group-by", "year", "--sort", "year", "--format", "jsonl");
        assertThat(jsonl).startsWith("{\"year\":2013,\"count\":26}\n{\"year\":2022,");
        assertThat(run("--group-by", "year", "--sort", "count", "--limit", "1", "--format", "csv"))
                .isEqualTo("year,count\n2022,7\n");
    }

    @Test
    void contradictoryOptionsAreRefusedInOneLine() {
        String[][] bad = {{"--excel", "--format", "json"}, {"--group-by", "year", "--count"}, {"--count", "--limit", "3"},
            {"--fields", "project", "--format", "json"}, {"--fields", "project", "--group-by", "year"},
            {"--width", "80", "--format", "csv"}, {"--group-by", "year", "--format", "sqlite", "-o", "x.db"},
            {"--limit", "0"}, {"--sort", "colour"}, {"--fields", "colour"}, {"--group-by", "year,year"}};
        for (String[] b : bad) {
            out.reset();
            err.reset();
            List<String> a = new ArrayList<>(List.of("query", "--dataset", dataset.toString()));
            a.addAll(List.of(b));
            assertThat(Palmares.run(a.toArray(String[]::new))).as(String.join(" ", b)).isEqualTo(2);
            assertThat(err.toString(StandardCharsets.UTF_8).lines().count()).as(err.toString()).isEqualTo(1);
            assertThat(out.size()).isZero();
        }
        assertThat(Files.exists(Path.of("x.db"))).isFalse();
    }
}
