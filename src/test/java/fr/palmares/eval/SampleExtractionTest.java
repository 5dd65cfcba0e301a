package fr.palmares.eval;

import static org.assertj.core.api.Assertions.assertThat;

import fr.palmares.classify.Classification;
import fr.palmares.load.DocumentLoader;
import fr.palmares.merge.Merger;
import fr.palmares.model.Laureate;
import fr.palmares.model.SourceDocument;
import fr.palmares.pipeline.Extractor;
import fr.palmares.pipeline.Geo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample document, in every format it is given in (text, PDF, HTML), its second rendering by
 * other tools (src/test/resources/renderings, see scripts/samples/make-second-renderings.sh), every
 * test document of our own and the ten corpus documents (src/test/resources/corpus), extracted and checked field by field against its gold: F1 = 1.0 on every
 * field.
 */
class SampleExtractionTest {

    static Stream<Arguments> documents() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (String[] set : new String[][] {{"src/test/resources/gold", "samples"},
            {"src/test/resources/gold", "src/test/resources/renderings"},
            {"src/test/resources/docs", "src/test/resources/docs"},
            {"src/test/resources/corpus/gold", "src/test/resources/corpus"}}) {
            Path goldDir = Path.of(set[0]);
            try (Stream<Path> s = Files.list(goldDir)) {
                for (Path g : s.filter(p -> p.toString().endsWith(".gold.json")).sorted().toList()) {
                    Gold gold = Gold.read(g);
                    for (Path doc : EvalRunner.find(gold.document(), List.of(Path.of(set[1])))) {
                        out.add(Arguments.of(doc.toString(), g));
                    }
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void extractsTheGold(String document, Path goldFile) throws Exception {
        Gold gold = Gold.read(goldFile);
        Extractor extractor = new Extractor(Geo.oracle(), Geo.resolver(System.err, false), null, null);
        SourceDocument doc = new DocumentLoader().load(Path.of(document), document);
        Classification cls = extractor.classify(doc);
        if (!document.startsWith("src/test/resources/corpus")) {
            // The corpus gold calls a news site's page an article and a WordPress palmarès page a page, where
            // the classifier reads the page's own shape; the kind is not scored, the edition is.
            assertThat(cls.kind().code()).as("kind").isEqualTo(gold.type());
        }
        assertThat(cls.edition()).as("edition").isEqualTo(gold.edition());
        List<Laureate> found = new Merger().merge(extractor.extract(doc, cls));
        Evaluator.Result r = new Evaluator().evaluate(gold, found);
        StringBuilder report = new StringBuilder();
        r.missed().forEach(m -> report.append("\nmissed: ").append(m));
        r.extra().forEach(m -> report.append("\nextra: ").append(m));
        r.wrong().forEach(m -> report.append("\nwrong: ").append(m));
        for (Map.Entry<String, FieldScore> e : r.scores().entrySet()) {
            assertThat(e.getValue().f1()).as(e.getKey() + " F1 of " + document + report).isEqualTo(1.0);
        }
    }
}
