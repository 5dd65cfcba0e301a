package fr.palmares.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import fr.palmares.lexicon.Lexicon;
import fr.palmares.model.Block;
import fr.palmares.model.BlockKind;
import fr.palmares.model.Line;
import fr.palmares.model.SourceDocument;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LegendTest {
    /** Lines of a document separated by "//"; then a symbol and the medal it should give ("-" for none). */
    @ParameterizedTest(name = "{0} -> {1}={2}")
    @CsvSource(delimiter = '|', value = {
        "🟡 label d'or · ⚪ label d'argent · 🟤 label de bronze|⚪|ARGENT",
        "Légende : ★★★ label d'or, ★★ label d'argent, ★ label de bronze.|★★|ARGENT",
        "Légende : ★★★ label d'or, ★★ label d'argent, ★ label de bronze.|★|BRONZE",
        "Or = ●●● ; Argent = ●● ; Bronze = ●|●●●|OR",
        "🔶 : or//🔷 : argent|🔷|ARGENT",
        // a bullet before every medal is no legend
        "● Or — Ville de Rennes//● Argent — Département de la Manche//● Bronze — Ville de Brest|●|-",
        // one medal only: no legend
        "⭐ label d'or|⭐|-",
    })
    void learnsTheSymbolsOfALegend(String lines, String symbol, String medal) {
        List<Block> blocks = new ArrayList<>();
        int n = 1;
        for (String l : lines.split("//")) {
            blocks.add(new Block(BlockKind.PARAGRAPH, 0, List.of(Line.of(l, 0, n)), List.of(), 0, 0, 0, fr.palmares.model.Role.BODY, 0, n++));
        }
        Legend legend = Legend.learn(new SourceDocument("t.md", "0", "markdown", blocks), Lexicon.get());
        assertThat(legend.of(symbol).map(Enum::name).orElse("-")).isEqualTo(medal);
    }

    /** The shortcut that skips a line without a symbol character never skips one the expression would find. */
    @org.junit.jupiter.api.Test
    void aLineSkippedHoldsNoSymbol() {
        for (int c = 0; c <= 0xFFFF; c++) {
            String one = String.valueOf((char) c);
            if (Legend.SYMBOL.matcher(one).find()) {
                assertThat(Legend.mayHoldSymbol(one)).as("U+%04X", c).isTrue();
            }
        }
        for (String s : List.of("🥇 Or", "🟡 label d'or", "★★ : argent", "Or = ●●●", "x ^ y", "\u2B50\uFE0F")) {
            assertThat(Legend.mayHoldSymbol(s)).as(s).isTrue();
        }
        assertThat(Legend.mayHoldSymbol("Label d'or : Ville de Brest (29), « Brest numérique » — 2019.")).isFalse();
    }
}
