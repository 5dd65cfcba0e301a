package fr.palmares.load.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A page keeps the glyphs of its dominant writing direction; rotated stamps and margin notes go. */
class WritingDirectionTest {

    @ParameterizedTest
    @CsvSource({"0, 0", "90, 1", "180, 2", "270, 3", "45, 0"})
    void quarters(float dir, int quarter) {
        assertThat(GlyphCollector.quarter(dir)).isEqualTo(quarter);
    }

    @Test
    void theDominantDirectionWinsOnEachPage() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            // Page 1: two horizontal lines and a short stamp written upwards in the margin.
            PDPage one = new PDPage(PDRectangle.A4);
            doc.addPage(one);
            try (PDPageContentStream cs = new PDPageContentStream(doc, one)) {
                show(cs, font, Matrix.getTranslateInstance(72, 700), "Label d'or : Ville de Brest");
                show(cs, font, Matrix.getTranslateInstance(72, 680), "Label d'argent : Ville de Vannes");
                show(cs, font, rotated(90, 560, 300), "BROUILLON");
            }
            // Page 2: a page set sideways, its lines written upwards, with one horizontal page number.
            PDPage two = new PDPage(PDRectangle.A4);
            doc.addPage(two);
            try (PDPageContentStream cs = new PDPageContentStream(doc, two)) {
                show(cs, font, rotated(90, 100, 72), "Label de bronze : Ville de Quimper");
                show(cs, font, rotated(90, 120, 72), "Catégorie Mobilité");
                show(cs, font, Matrix.getTranslateInstance(290, 30), "2");
            }
            List<GlyphCollector.PageGlyphs> pages = new GlyphCollector().collect(doc);
            assertThat(text(pages.get(0))).contains("Ville de Brest", "Ville de Vannes").doesNotContain("BROUILLON");
            assertThat(text(pages.get(1))).contains("Ville de Quimper", "Mobilit").doesNotContain("2");
            assertThat(pages.get(1).width()).as("read sideways").isGreaterThan(pages.get(1).height());
        }
    }

    /**
     * A diacritic drawn on its own over a letter is merged into it, whether it comes after the letter or
     * before it, mid-line or as the page's last glyph (the one PDFBox may still merge into when it ends).
     */
    @Test
    void aDiacriticDrawnApartJoinsItsLetter() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            float s = font.getStringWidth("S") / 1000 * 12;
            float e = font.getStringWidth("e") / 1000 * 12;
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                show(cs, font, Matrix.getTranslateInstance(72, 700), "Se");
                show(cs, font, Matrix.getTranslateInstance(72 + s + 1, 700), "\u00B4"); // after its letter
                show(cs, font, Matrix.getTranslateInstance(72 + s + e, 700), "lestat");
                show(cs, font, Matrix.getTranslateInstance(72 + 1, 680), "\u00B4"); // before its letter
                show(cs, font, Matrix.getTranslateInstance(72, 680), "etat");
                show(cs, font, Matrix.getTranslateInstance(72, 660), "Arle");
                show(cs, font, Matrix.getTranslateInstance(72 + font.getStringWidth("Arl") / 1000 * 12 + 1, 660),
                        "\u00B4"); // the page's last glyph
            }
            String text = text(new GlyphCollector().collect(doc).get(0));
            assertThat(text).contains("Sélestat", "état", "Arlé").doesNotContain("\u00B4");
        }
    }

    private static Matrix rotated(double degrees, float x, float y) {
        return Matrix.getRotateInstance(Math.toRadians(degrees), x, y);
    }

    private static void show(PDPageContentStream cs, PDType1Font font, Matrix at, String text) throws Exception {
        cs.beginText();
        cs.setFont(font, 12);
        cs.setTextMatrix(at);
        cs.showText(text);
        cs.endText();
    }

    private static String text(GlyphCollector.PageGlyphs page) {
        return page.fragments().stream().map(f -> f.glyphs.stream().map(Glyph::text).collect(Collectors.joining()))
                .collect(Collectors.joining("\n"));
    }
}
