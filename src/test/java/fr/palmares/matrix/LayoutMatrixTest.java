package fr.palmares.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import fr.palmares.eval.Evaluator;
import fr.palmares.eval.Gold;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The layout matrix (issue 9): every layout of {@link Layouts#ALL}, in Markdown, plain text, HTML and
 * PDF, extracted by the command line, gives exactly the gold laureates: F1 = 1.0 on every field but
 * region. The documents and their gold are left in target/layout-matrix; a table of the F1 of every
 * field for every document is printed at the end.
 *
 * <p>Renderings of {@link #NOT_YET} must still fail (the list stays true). Run alone: {@code mvn -q -B test
 * -Dtest=LayoutMatrixTest}
 */
class LayoutMatrixTest {
    /**
     * Renderings not yet read right (issue 9), each checked to still fail so that this list stays true:
     * a rendering that comes right must leave it. Every rendering is read right today: a new layout that is
     * not goes here until it is.
     */
    static final Set<String> NOT_YET = Set.of();

    static final Path DIR = Path.of("target/layout-matrix");
    private static final Map<String, String> LINES = new TreeMap<>();
    private static final int WIDTH = 52;

    static Stream<Arguments> renderings() {
        List<Arguments> out = new ArrayList<>();
        for (Layout l : Layouts.ALL) {
            for (Format f : Format.values()) {
                out.add(Arguments.of(l.id(), f));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("renderings")
    void extractsExactlyTheGoldLaureates(String id, Format format) throws Exception {
        Layout layout = Layouts.ALL.stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
        Path doc = MatrixFiles.write(DIR, layout, format);
        PipelineRun.Result run = PipelineRun.extract(doc, DIR);
        Evaluator.Result r = Scores.score(Gold.read(MatrixFiles.gold(DIR, layout)), run.laureates());
        synchronized (LINES) {
            LINES.put(doc.getFileName().toString(), Scores.line(doc.getFileName().toString(), WIDTH, r,
                    run.laureates().size()));
        }
        assertThat(run.status()).as("exit status of extract " + doc + "\n" + run.log()).isZero();
        if (NOT_YET.contains(doc.getFileName().toString())) {
            assertThat(Scores.failing(r)).as(doc + " is now read right: take it off NOT_YET").isNotEmpty();
            return;
        }
        assertThat(Scores.failing(r)).as("fields under F1 = 1.0 for " + doc + "\n" + Scores.differences(r) + "\n"
                + run.log()).isEmpty();
    }

    @AfterAll
    static void printScores() {
        if (LINES.isEmpty()) {
            return;
        }
        StringBuilder sb = new StringBuilder("\nLayout matrix: F1 per field (documents in " + DIR + ")\n");
        sb.append(Scores.header(WIDTH)).append('\n');
        LINES.values().forEach(l -> sb.append(l).append('\n'));
        System.out.println(sb);
    }
}
