package fr.palmares.write;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.palmares.cli.Console;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dataset's JSON Schema (schema/dataset.schema.json) holds what the writer writes, and a dataset that
 * breaks it is refused with one line per failure naming the file, the laureate and the field; the CSV's
 * Table Schema (schema/datapackage.json) describes exactly the columns and values the writer writes.
 */
class SchemaTest {
    private static final Path DATASET = Path.of("src/test/resources/query/dataset.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private static List<String> failures(String text, boolean whole) {
        return DatasetValidator.get().check(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), "d.json", whole);
    }

    @Test
    void whatTheWriterWritesIsValidInEveryFormat() throws Exception {
        assertThat(failures(Files.readString(DATASET), true)).isEmpty();
        List<fr.palmares.model.Laureate> all = new DatasetReader().read(DATASET);
        String jsonl = new String(new DatasetWriter().write(all, Format.JSONL, false), StandardCharsets.UTF_8);
        assertThat(failures(jsonl, false)).isEmpty();
    }

    @Test
    void eachFailureIsOneLineNamingTheFileTheLaureateAndTheField() throws Exception {
        String text = Files.readString(DATASET);
        String bad = text.replaceFirst("\"edition\": 2013", "\"edition\": \"x\"")
                .replaceFirst("\"siren\": \"[0-9]{9}\"", "\"siren\": \"12\"")
                .replaceFirst("\"medal\": \"or\"", "\"medals\": \"or\"");
        List<String> f = failures(bad, true);
        assertThat(f).isNotEmpty().allMatch(l -> !l.contains("\n"));
        assertThat(f).anyMatch(l -> l.matches("d\\.json: laureate 1 \\(id [0-9a-f]{16}\\): edition: .*"));
        assertThat(f).anyMatch(l -> l.matches("d\\.json: laureate \\d+ \\(id [0-9a-f]{16}\\): collectivites\\[0\\]\\.siren: .*"));
        assertThat(f).anyMatch(l -> l.contains("medals") && l.startsWith("d.json: laureate "));
        assertThat(f).anyMatch(l -> l.contains(": medal: ") && l.contains("required"));
        assertThat(failures(text.replace("\"schemaVersion\": 1", "\"schemaVersion\": 2"), true))
                .singleElement().asString().startsWith("d.json: schemaVersion: ");
        assertThat(failures("{\"id\": \"abc\"}\n", false)).allMatch(l -> l.startsWith("d.json: laureate 1 (line 1) (id abc): "));
        assertThat(failures(text.substring(0, 3000), true)).singleElement().asString()
                .startsWith("d.json: not a palmares dataset (invalid JSON at line")
                .contains("the file ends too early").doesNotContain("Source").doesNotContain("BufferStream");
    }

    @Test
    void aQueryOrAMergeOfABadDatasetIsRefusedLineByLineWithStatusTwo() throws Exception {
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, Files.readString(DATASET).replaceFirst("\"edition\": 2013", "\"edition\": \"x\""));
        Console.Run query = Console.run("query", "--dataset", bad.toString(), "--count");
        assertThat(query.status()).isEqualTo(2);
        assertThat(query.err()).startsWith("palmares: " + bad + ": laureate 1 (id ").contains("): edition: ")
                .doesNotContain("Exception");
        assertThat(query.out()).isEmpty();
        byte[] before = Files.readAllBytes(bad);
        Console.Run merge = Console.run("extract", "--merge", "samples/2013-page-web-labels.md", "-o", bad.toString());
        assertThat(merge.status()).isEqualTo(2);
        assertThat(merge.err()).contains("): edition: ").contains("nothing was written");
        assertThat(Files.readAllBytes(bad)).isEqualTo(before);
    }

    @Test
    void theTableSchemaDescribesTheCsvTheWriterWrites() throws Exception {
        JsonNode resource = JSON.readTree(Path.of("schema/datapackage.json").toFile()).get("resources").get(0);
        JsonNode fields = resource.get("schema").get("fields");
        List<String> names = new java.util.ArrayList<>();
        fields.forEach(f -> names.add(f.get("name").asText()));
        assertThat(names).isEqualTo(DatasetWriter.CSV_COLUMNS);

        List<fr.palmares.model.Laureate> all = new DatasetReader().read(DATASET);
        String csv = new String(new DatasetWriter().write(all, Format.CSV, false), StandardCharsets.UTF_8);
        com.fasterxml.jackson.dataformat.csv.CsvMapper mapper = new com.fasterxml.jackson.dataformat.csv.CsvMapper();
        List<List<String>> rows = new java.util.ArrayList<>();
        try (com.fasterxml.jackson.databind.MappingIterator<List<String>> it = mapper
                .readerForListOf(String.class).with(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.WRAP_AS_ARRAY)
                .readValues(csv)) {
            it.forEachRemaining(rows::add);
        }
        assertThat(rows.get(0)).isEqualTo(names);
        assertThat(rows).hasSize(all.size() + 1);
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            assertThat(row).hasSameSizeAs(names);
            for (int i = 0; i < names.size(); i++) {
                JsonNode f = fields.get(i);
                String v = row.get(i);
                JsonNode c = f.path("constraints");
                String where = names.get(i) + " = '" + v + "'";
                if (v.isEmpty()) {
                    assertThat(c.path("required").asBoolean()).as(where).isFalse();
                    continue;
                }
                switch (f.get("type").asText()) {
                    case "integer" -> {
                        long n = Long.parseLong(v);
                        assertThat(n).as(where).isBetween(c.path("minimum").asLong(Long.MIN_VALUE),
                                c.path("maximum").asLong(Long.MAX_VALUE));
                    }
                    case "number" -> assertThat(Double.parseDouble(v)).as(where)
                            .isBetween(c.path("minimum").asDouble(-1e300), c.path("maximum").asDouble(1e300));
                    default -> assertThat(f.get("type").asText()).isEqualTo("string");
                }
                if (c.has("pattern")) {
                    assertThat(Pattern.compile(c.get("pattern").asText()).matcher(v).matches()).as(where).isTrue();
                }
                if (c.has("enum")) {
                    assertThat(c.get("enum").findValuesAsText("")).isEmpty();
                    List<String> allowed = new java.util.ArrayList<>();
                    c.get("enum").forEach(x -> allowed.add(x.asText()));
                    assertThat(allowed).as(where).contains(v);
                }
                if (c.path("unique").asBoolean()) {
                    assertThat(ids.add(v)).as(where).isTrue();
                }
            }
        }
        assertThat(resource.get("dialect").get("delimiter").asText()).isEqualTo(",");
    }
}
