package fr.palmares.load;

import static org.assertj.core.api.Assertions.assertThat;

import fr.palmares.load.pdf.Dehyphenator;
import fr.palmares.load.pdf.PdfText;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The character and word rules of the PDF loader, on their own. */
class PdfTextRulesTest {

    @Test
    void glyphNormalization() {
        assertThat(PdfText.normalizeGlyph("\uFB01")).isEqualTo("fi");
        assertThat(PdfText.normalizeGlyph("\uFB02")).isEqualTo("fl");
        assertThat(PdfText.normalizeGlyph("\uFB03")).isEqualTo("ffi");
        assertThat(PdfText.normalizeGlyph("\u00A0")).isEqualTo(" ");
        assertThat(PdfText.normalizeGlyph("\u202F")).isEqualTo(" ");
        assertThat(PdfText.normalizeGlyph("\u2009")).isEqualTo(" ");
        assertThat(PdfText.normalizeGlyph("\u00AD")).isEmpty();
        assertThat(PdfText.normalizeGlyph("\u200B")).isEmpty();
        assertThat(PdfText.normalizeGlyph("e\u0301")).isEqualTo("é");
        // Typography that the parsers rely on is kept.
        assertThat(PdfText.normalizeGlyph("«")).isEqualTo("«");
        assertThat(PdfText.normalizeGlyph("’")).isEqualTo("’");
    }

    @Test
    void bullets() {
        for (String b : List.of("•", "◦", "▪", "►", "✓", "\uF0B7")) {
            assertThat(PdfText.isBullet(b)).as(b).isTrue();
        }
        assertThat(PdfText.isBullet("a")).isFalse();
        assertThat(PdfText.isDashBullet("–")).isTrue();
        assertThat(PdfText.isDashBullet("-")).isTrue();
        assertThat(PdfText.isNumberedBullet("1.")).isTrue();
        assertThat(PdfText.isNumberedBullet("12)")).isTrue();
        assertThat(PdfText.isNumberedBullet("2024.")).isFalse();
    }

    private static final Dehyphenator PLAIN = new Dehyphenator(List.of(
            "La dématérialisation des démarches est engagée.",
            "Un projet de co-construction avec les habitants.",
            "Le centre-bourg est rénové."), false);

    @Test
    void layoutHyphenationIsUndone() {
        assertThat(PLAIN.keepHyphen("la dé", "matérialisation des", '-', false)).isFalse();
        assertThat(PLAIN.keepHyphen("une organi", "sation", '-', false)).isFalse();
    }

    @Test
    void softHyphensAreAlwaysUndone() {
        assertThat(PLAIN.keepHyphen("Aix", "Marseille", '\u2010', true)).isFalse();
    }

    @Test
    void realHyphensStay() {
        // A capital or a digit after the line end.
        assertThat(PLAIN.keepHyphen("Métropole d'Aix", "Marseille-Provence", '-', false)).isTrue();
        assertThat(PLAIN.keepHyphen("Collec", "Data – Automatiser", '-', false)).isTrue();
        assertThat(PLAIN.keepHyphen("saison 2023", "2024", '-', false)).isTrue();
        // The document writes the compound elsewhere.
        assertThat(PLAIN.keepHyphen("de co", "construction", '-', false)).isTrue();
        assertThat(PLAIN.keepHyphen("le centre", "bourg", '-', false)).isTrue();
        // Known first or second elements, and halves too short for a hyphenation.
        assertThat(PLAIN.keepHyphen("en visio", "conférence", '-', false)).isTrue();
        assertThat(PLAIN.keepHyphen("le vice", "président", '-', false)).isTrue();
        assertThat(PLAIN.keepHyphen("peut", "être", '-', false)).isTrue();
        assertThat(PLAIN.keepHyphen("l'e", "administration", '-', false)).isTrue();
        assertThat(PLAIN.keepHyphen("peut", "on", '-', false)).isTrue();
    }

    @Test
    void capitalsJoinedWhenTheDocumentSaysSo() {
        Dehyphenator d = new Dehyphenator(List.of("MODERNISATION DU SERVICE PUBLIC"), false);
        assertThat(d.keepHyphen("MODERNI", "SATION", '-', false)).isFalse();
        assertThat(d.keepHyphen("AIX", "MARSEILLE", '-', false)).isTrue();
    }

    @Test
    void documentsThatMarkTheirHyphenationKeepPlainHyphens() {
        Dehyphenator d = new Dehyphenator(List.of(), true);
        assertThat(d.keepHyphen("centres", "bourgs", '-', false)).isTrue();
        assertThat(d.keepHyphen("dé", "matérialisation", '\u2010', false)).isFalse();
    }
}
