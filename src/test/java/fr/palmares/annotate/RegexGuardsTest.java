package fr.palmares.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The cheap tests run before an expression is searched say "no" only where the expression finds nothing:
 * for each line, the guard's answer and the expression's search agree whenever the guard says no.
 */
class RegexGuardsTest {

    @ParameterizedTest
    @ValueSource(strings = {"Sommaire ....... 12", "Lauréats … 7", "Index ___ 104", "Page\t3", "Page\t3 \n",
            "Or .... 2\u2028", "Or .... 2\u0085", "Ville de Rennes", "Ville de Rennes (35)", "2024", "", "   ",
            "Label d'or . . . 9", "Chapitre 1 ... suite", "…12…", "Page 12 \r\n", "x\t12 a"})
    void noPageReferenceWhereTheLineEndsWithNoDigit(String line) {
        if (!LineReader.endsWithDigit(line)) {
            assertThat(LineReader.PAGE_REF.matcher(line).find()).as(line).isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Or\tVille de Rennes", "Or    Ville de Rennes", "Or | Ville", "Or  Ville", "Or|Ville",
            "Or \u00a0 | \u00a0Ville", "Ville de Rennes", "", "\t", "a   ", "a \n| b"})
    void noGapWhereThereIsNoTabBarOrRunOfSpaces(String line) {
        if (!Anchors.mayHoldGap(line)) {
            assertThat(Anchors.GAP.matcher(line).find()).as(line).isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sommaire ....... 12", "Rennes", "Or 3"})
    void theGuardsLetThroughWhatTheExpressionsFind(String line) {
        if (LineReader.PAGE_REF.matcher(line).find()) {
            assertThat(LineReader.endsWithDigit(line)).isTrue();
        }
        if (Anchors.GAP.matcher(line).find()) {
            assertThat(Anchors.mayHoldGap(line)).isTrue();
        }
    }
}
