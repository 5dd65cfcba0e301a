package fr.palmares.articles;

import static org.assertj.core.api.Assertions.assertThat;

import fr.palmares.eval.Evaluator;
import fr.palmares.eval.Gold;
import fr.palmares.matrix.PipelineRun;
import fr.palmares.matrix.Scores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 11: every article of src/test/resources/articles, extracted by the command line, gives its gold
 * at F1 = 1.0 on every field but region; a negative gives no laureate at all. A table of the F1 of every
 * field for every article is printed at the end.
 *
 * <p>The articles listed in {@code NOT_YET} are scored but their assertion is skipped, with the reason.
 */
class ArticleExtractionTest {
    /**
     * Articles whose forms the prose reader does not read yet (issue 11, left open), each with what is
     * missing. They are still extracted and scored in the table printed at the end; the assertion is skipped.
     */
    private static final Map<String, String> NOT_YET = Map.of();
    private static final Path WORK = Path.of("target/article-extraction");
    private static final Map<String, String> LINES = new TreeMap<>();
    private static final int WIDTH = 58;

    static List<Path> golds() {
        return Articles.golds();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("golds")
    void extractsTheGold(Path goldFile) throws Exception {
        Gold gold = Articles.gold(goldFile);
        Path doc = Articles.DIR.resolve(gold.document());
        Files.createDirectories(WORK);
        PipelineRun.Result run = PipelineRun.extract(doc, WORK);
        Evaluator.Result r = Scores.score(gold, run.laureates());
        synchronized (LINES) {
            LINES.put(gold.document(), Scores.line(gold.document(), WIDTH, r, run.laureates().size()));
        }
        assertThat(run.status()).as("exit status of extract " + doc + "\n" + run.log()).isZero();
        Assumptions.assumeFalse(NOT_YET.containsKey(gold.document()), () -> "not read yet: " + NOT_YET.get(gold.document()));
        if (gold.laureates().isEmpty()) {
            assertThat(run.laureates()).as("a negative gives no laureate: " + doc + "\n" + Scores.differences(r))
                    .isEmpty();
        }
        assertThat(Scores.failing(r)).as("fields under F1 = 1.0 for " + doc + "\n" + Scores.differences(r) + "\n"
                + run.log()).isEmpty();
    }

    @AfterAll
    static void printScores() {
        if (LINES.isEmpty()) {
            return;
        }
        StringBuilder sb = new StringBuilder("\nArticles: F1 per field\n").append(Scores.header(WIDTH)).append('\n');
        LINES.values().forEach(l -> sb.append(l).append('\n'));
        System.out.println(sb);
    }
}
