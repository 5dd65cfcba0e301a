package fr.palmares.load.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A PDF line's text, dominant size and baseline, and letter-spaced words, from its glyphs. */
class PdfLineTest {
    private static Glyph g(String text, float x, float y, float size) {
        return new Glyph(text, false, x, y, 0.5f * size, size, false, false);
    }

    @Test
    void sizeAndBaselineAreTheMostCommonTheGreatestOnATie() {
        // one character at 10 pt on baseline 100, one at 12 pt on 103: a tie, the greater wins
        Line tie = new Line(1, List.of(g("A", 10, 100, 10), g("b", 15, 103, 12)));
        assertThat(tie.size).isEqualTo(12f);
        assertThat(tie.y).isEqualTo(103f);
        // most characters at 10 pt on 100, a superscript at 6 pt above it
        Line most = new Line(1, List.of(g("L", 10, 100, 10), g("e", 15, 100, 10), g("1", 20, 96, 6),
                g("r", 23, 100, 10)));
        assertThat(most.size).isEqualTo(10f);
        assertThat(most.y).isEqualTo(100f);
        assertThat(most.hasScripts).isTrue();
        // sizes are counted in quarter points: 9.9 and 10.1 are both 10
        Line rounded = new Line(1, List.of(g("a", 10, 100, 9.9f), g("b", 15, 100, 10.1f), g("c", 20, 100, 14)));
        assertThat(rounded.size).isEqualTo(10f);
    }

    @Test
    void lettersSetApartAreJoinedIntoTheirWords() {
        List<Glyph> glyphs = new ArrayList<>();
        float x = 10;
        for (String word : List.of("LABEL", "OR")) {
            for (char c : word.toCharArray()) {
                glyphs.add(g(String.valueOf(c), x, 100, 10));
                x += 5 + 3; // a 5-point letter, then a 3-point gap
            }
            x += 12; // a wider gap between the words
        }
        Line spaced = new Line(1, glyphs);
        assertThat(spaced.letterSpaced).isTrue();
        assertThat(spaced.text).isEqualTo("LABEL OR");
        assertThat(spaced.charX).hasSize(spaced.text.length());
        assertThat(spaced.charX[6]).as("the O after the space kept").isEqualTo(glyphs.get(5).x());
        Line plain = new Line(1, List.of(g("O", 10, 100, 10), g("r", 15, 100, 10)));
        assertThat(plain.letterSpaced).isFalse();
        assertThat(plain.text).isEqualTo("Or");
    }
}
