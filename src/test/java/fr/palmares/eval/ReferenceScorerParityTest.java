package fr.palmares.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.palmares.model.Laureate;
import fr.palmares.write.DatasetReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code palmares eval} must agree with the reference scorer (a copy of shared/tools/score.py in the
 * test resources): for every gold file, datasets made from it with seeded faults (a laureate dropped,
 * another invented, a medal, a title, a category or a name changed, alternative spellings, null
 * categories) are scored by both, and every field's precision and recall must be equal.
 */
class ReferenceScorerParityTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SCORER = Path.of("src/test/resources/reference/score.py");

    @TempDir
    Path tmp;

    static Stream<Object[]> cases() throws IOException {
        List<Object[]> out = new ArrayList<>();
        for (String dir : List.of("src/test/resources/gold", "src/test/resources/corpus/gold")) {
            try (Stream<Path> s = Files.list(Path.of(dir))) {
                for (Path g : s.filter(p -> p.toString().endsWith(".gold.json")).sorted().toList()) {
                    for (int seed = 0; seed < 4; seed++) {
                        out.add(new Object[] {g, seed});
                    }
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("cases")
    void sameFiguresAsTheReference(Path goldFile, int seed) throws Exception {
        assumeTrue(python() != null, "python3 is not installed");
        Path dataset = tmp.resolve("pred.json");
        Files.writeString(dataset, faulty(JSON.readTree(goldFile.toFile()), new Random(seed)), StandardCharsets.UTF_8);
        JsonNode reference = reference(goldFile, dataset);
        List<Laureate> laureates = new DatasetReader().read(dataset);
        Evaluator.Result mine = new Evaluator().evaluate(Gold.read(goldFile), laureates);
        for (String f : Evaluator.FIELDS) {
            JsonNode r = reference.path("fields").path(f);
            FieldScore s = mine.scores().get(f);
            assertThat(s.precision()).as(f + " precision").isCloseTo(r.path("p").asDouble(), org.assertj.core.data.Offset.offset(1e-9));
            assertThat(s.recall()).as(f + " recall").isCloseTo(r.path("r").asDouble(), org.assertj.core.data.Offset.offset(1e-9));
        }
        assertThat(mine.missed()).as("missed").hasSize(reference.path("missed").asInt());
        assertThat(mine.extra()).as("extra").hasSize(reference.path("extra").asInt());
        assertThat(mine.wrong()).as("wrong").hasSize(reference.path("wrong").asInt());
    }

    /** A dataset from the gold's laureates (first or random alternatives), with seeded faults. */
    private static String faulty(JsonNode gold, Random rnd) throws IOException {
        ArrayNode out = JSON.createArrayNode();
        List<JsonNode> all = new ArrayList<>();
        gold.path("laureates").forEach(all::add);
        if (rnd.nextBoolean()) {
            gold.path("optional").forEach(all::add);
        }
        int n = 0;
        for (JsonNode g : all) {
            if (rnd.nextInt(8) == 0) {
                continue; // dropped
            }
            ObjectNode l = JSON.createObjectNode();
            l.put("id", String.format("%016x", ++n));
            l.set("edition", g.get("edition"));
            l.put("medal", rnd.nextInt(10) == 0 ? "bronze" : g.path("medal").isNull() ? null : g.path("medal").asText());
            l.put("category", pick(g.get("category"), rnd));
            String title = pick(g.get("project"), rnd);
            l.put("project", rnd.nextInt(10) == 0 ? title + " et plus" : title);
            l.putNull("description");
            l.putArray("sources").addObject().put("file", "doc");
            l.put("confidence", 0.9);
            ArrayNode cs = l.putArray("collectivites");
            for (JsonNode c : g.path("collectivites")) {
                ObjectNode o = cs.addObject();
                String name = pick(c.get("name"), rnd);
                o.put("name", rnd.nextInt(12) == 0 ? "La " + name : name);
                o.put("type", c.path("type").asText("autre"));
                o.put("region", rnd.nextInt(6) == 0 ? "99" : c.path("region").isNull() ? null : c.path("region").asText());
            }
            out.add(l);
        }
        if (rnd.nextBoolean()) {
            ObjectNode l = out.addObject();
            l.put("id", "ffffffffffffffff");
            l.put("edition", gold.path("edition").asInt());
            l.put("medal", "or");
            l.putNull("category");
            l.put("project", "Un projet que personne n'a primé");
            l.putNull("description");
            l.putArray("sources").addObject().put("file", "doc");
            l.put("confidence", 0.5);
            l.putArray("collectivites").addObject().put("name", "Ville de Nulle-Part").put("type", "commune");
        }
        ObjectNode root = JSON.createObjectNode();
        root.put("schemaVersion", 1);
        root.set("laureates", out);
        return JSON.writeValueAsString(root);
    }

    private static String pick(JsonNode v, Random rnd) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isArray()) {
            JsonNode x = v.get(rnd.nextInt(v.size()));
            return x.isNull() ? null : x.asText();
        }
        return v.asText();
    }

    private static JsonNode reference(Path gold, Path dataset) throws Exception {
        Process p = new ProcessBuilder(python(), SCORER.toString(), gold.toString(), dataset.toString(), "--json")
                .redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return JSON.readTree(text);
    }

    private static String python() {
        for (String c : List.of("/usr/bin/python3", "/usr/local/bin/python3")) {
            if (Files.isExecutable(Path.of(c))) {
                return c;
            }
        }
        String path = System.getenv("PATH");
        if (path != null) {
            for (String d : path.split(":")) {
                if (Files.isExecutable(Path.of(d, "python3"))) {
                    return Path.of(d, "python3").toString();
                }
            }
        }
        return null;
    }
}
