package fr.palmares.load;

import static org.assertj.core.api.Assertions.assertThat;

import fr.palmares.model.Block;
import fr.palmares.model.BlockKind;
import fr.palmares.model.Cell;
import fr.palmares.model.SourceDocument;
import fr.palmares.model.Text;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same document made by two tools loads into equivalent models: every sample as printed and
 * converted by make-samples.sh (marked; Chromium with "•" glyph bullets, sans-serif fonts, two columns,
 * hyphenation, running headers) and by make-second-renderings.sh (markdown-it with "> " kept as text;
 * Chromium with bullets drawn as shapes, serif fonts, one column, bold first lines of items): the
 * same list items with the same text, the same table rows with the same cells.
 */
class SecondRenderingTest {

    static Stream<Arguments> renderings() {
        List<Arguments> out = new ArrayList<>();
        for (String name : PdfHtmlSampleChecks.NAMES) {
            for (String ext : new String[] {"pdf", "html"}) {
                out.add(Arguments.of(name, ext));
            }
        }
        return out.stream();
    }

    static SourceDocument load(Path file) throws Exception {
        return new DocumentLoader().load(file, file.toString());
    }

    /** The text of each list item, folded. */
    static List<String> items(SourceDocument doc) {
        return doc.blocks().stream().filter(b -> b.kind() == BlockKind.LIST_ITEM)
                .map(b -> Text.fold(b.text().replace('\n', ' '))).toList();
    }

    /** The cells of each table row, folded. */
    static List<List<String>> rows(SourceDocument doc) {
        return doc.blocks().stream().filter(b -> b.kind() == BlockKind.TABLE_ROW)
                .map(b -> b.cells().stream().map(Cell::text).map(t -> Text.fold(t.replace('\n', ' '))).toList()).toList();
    }

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("renderings")
    void bothRenderingsGiveTheSameListItemsAndRows(String name, String ext) throws Exception {
        Path first = Path.of("samples", name + "." + ext);
        Path second = Path.of("src/test/resources/renderings", name + "." + ext);
        assertThat(second).exists();
        SourceDocument a = load(first);
        SourceDocument b = load(second);
        assertThat(items(b)).as("list items of " + second + " against " + first).isEqualTo(items(a));
        assertThat(rows(b)).as("table rows of " + second + " against " + first).isEqualTo(rows(a));
        assertThat(Files.size(second)).isPositive();
    }
}
