package fr.palmares.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import fr.palmares.matrix.PipelineRun;
import fr.palmares.model.Collectivite;
import fr.palmares.model.Laureate;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Copies of sample web pages with a few damaged bytes (src/test/resources/fuzz/html-damage): a script's
 * or the title's end tag broken (the element then holds the rest of the page), invalid UTF-8 in the
 * text, the end of the page cut off. Each still gives the laureates of its sample, field by field, and
 * says what it repaired.
 */
class DamagedHtmlTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "2024-communique-de-presse.script-end-tag-damaged.html, 2024-communique-de-presse.html, "
                + "a damaged end tag left <script> open over the rest of the page: closed at it",
        "2022-article-presse.title-end-tag-damaged.html, 2022-article-presse.html, "
                + "a damaged end tag left <title> open over the rest of the page: closed at it",
        "2024-communique-de-presse.invalid-utf8.html, 2024-communique-de-presse.html, invalid UTF-8 byte(s) replaced",
        "2024-communique-de-presse.truncated.html, 2024-communique-de-presse.html, ''"})
    void givesTheLaureatesOfItsSample(String damaged, String sample, String warning) throws Exception {
        PipelineRun.Result expected = PipelineRun.extract(Path.of("samples", sample), dir);
        PipelineRun.Result got = PipelineRun.extract(Path.of("src/test/resources/fuzz/html-damage", damaged), dir);
        assertThat(got.status()).as(got.log()).isZero();
        assertThat(expected.laureates()).isNotEmpty();
        assertThat(fields(got.laureates())).isEqualTo(fields(expected.laureates()));
        assertThat(got.log()).contains(warning).doesNotContain("\tat ");
    }

    private static List<String> fields(List<Laureate> laureates) {
        return laureates.stream().map(l -> l.edition() + " | " + l.medal() + " | " + l.category() + " | " + l.project()
                + " | " + l.collectivites().stream().map(Collectivite::name).toList()).toList();
    }
}
