package fr.palmares.load;

import static org.assertj.core.api.Assertions.assertThat;

import fr.palmares.model.Block;
import fr.palmares.model.BlockKind;
import fr.palmares.model.Line;
import fr.palmares.model.Role;
import fr.palmares.model.SourceDocument;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

/** PDFs drawn with PDFBox into the document model: line styles, drawn bullets, letter spacing, contents pages. */
class PdfModelTest {
    private static final float H = PDRectangle.A4.getHeight();

    static SourceDocument load(byte[] pdf) throws Exception {
        return new PdfLoader().load(null, pdf, "test.pdf");
    }

    private static void text(PDPageContentStream cs, PDFont font, float size, float x, float top, String s) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, H - top);
        cs.showText(s);
        cs.endText();
    }

    /** A filled disc of diameter d whose centre is at (cx, top) from the top of the page, as Chromium draws CSS bullets. */
    private static void disc(PDPageContentStream cs, float cx, float top, float d) throws IOException {
        float r = d / 2;
        float k = 0.5523f * r;
        float cy = H - top;
        cs.moveTo(cx + r, cy);
        cs.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        cs.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        cs.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        cs.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        cs.closePath();
        cs.fill();
    }

    @Test
    void bulletsDrawnAsShapesLetterSpacingAndStylesOfLines() throws Exception {
        byte[] pdf;
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                // "L A B E L  O R": each letter drawn on its own, 6 pt apart, 14 pt between the words.
                float x = 60;
                for (char c : "LABEL".toCharArray()) {
                    text(cs, PdfFixtures.BOLD, 14, x, 80, String.valueOf(c));
                    x += PdfFixtures.width(PdfFixtures.BOLD, 14, String.valueOf(c)) + 6;
                }
                x += 14;
                for (char c : "OR".toCharArray()) {
                    text(cs, PdfFixtures.BOLD, 14, x, 80, String.valueOf(c));
                    x += PdfFixtures.width(PdfFixtures.BOLD, 14, String.valueOf(c)) + 6;
                }
                text(cs, PdfFixtures.REGULAR, 10, 60, 120, "Les lauréats de la catégorie inclusion numérique sont les suivants :");
                String[] items = {"Métropole de Lyon pour le projet Inclusif", "Ville de Brest pour Brest en commun",
                    "Rennes Métropole pour RUDI"};
                float top = 140;
                for (String item : items) {
                    disc(cs, 66, top - 3.5f, 4f);
                    text(cs, PdfFixtures.REGULAR, 10, 75, top, item);
                    top += 18;
                }
            }
            pdf = PdfFixtures.save(doc);
        }
        List<Block> blocks = load(pdf).blocks();
        assertThat(blocks).extracting(Block::text).containsExactly("LABEL OR",
                "Les lauréats de la catégorie inclusion numérique sont les suivants :",
                "Métropole de Lyon pour le projet Inclusif", "Ville de Brest pour Brest en commun", "Rennes Métropole pour RUDI");
        Line banner = blocks.get(0).lines().get(0);
        assertThat(banner.style().letterSpaced()).isTrue();
        assertThat(banner.style().bold()).isTrue();
        assertThat(banner.style().sizeRank()).isPositive();
        assertThat(blocks.get(1).lines().get(0).style().sizeRank()).isZero();
        assertThat(blocks.subList(2, 5)).extracting(Block::kind).containsOnly(BlockKind.LIST_ITEM);
        assertThat(blocks.subList(2, 5)).extracting(b -> b.lines().get(0).style().marker()).containsOnly("shape");
    }

    /**
     * Bullets drawn in the ways other tools draw them, read in the same pass as the text: a small image
     * (an XObject), a stroked ring under a scaled and moved matrix, a square inside a form XObject; a
     * large image and a rectangle as wide as the page are no bullets.
     */
    @Test
    void bulletsDrawnAsImagesRingsAndFormsUnderAnyMatrix() throws Exception {
        byte[] pdf;
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            java.awt.image.BufferedImage dot = new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB);
            var image = org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory.createFromImage(doc, dot);
            var form = new org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject(doc);
            form.setResources(new org.apache.pdfbox.pdmodel.PDResources());
            form.setBBox(new PDRectangle(0, 0, 10, 10));
            try (var fs = new org.apache.pdfbox.pdmodel.PDFormContentStream(form)) {
                fs.addRect(2, 2, 4, 4);
                fs.fill();
            }
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(image, 20, H - 60, 300, 40); // a banner, not a bullet
                cs.addRect(0, H - 100, PDRectangle.A4.getWidth(), 2);
                cs.fill();
                text(cs, PdfFixtures.REGULAR, 10, 60, 120, "Les lauréats de la catégorie inclusion numérique sont les suivants :");
                float top = 140;
                cs.drawImage(image, 64, H - top + 0.5f, 4, 4);
                text(cs, PdfFixtures.REGULAR, 10, 75, top, "Métropole de Lyon pour le projet Inclusif");
                top += 18;
                cs.saveGraphicsState();
                cs.transform(org.apache.pdfbox.util.Matrix.getTranslateInstance(66, H - top + 3.5f));
                cs.transform(org.apache.pdfbox.util.Matrix.getScaleInstance(2, 2));
                cs.moveTo(1, 0);
                cs.curveTo(1, 0.55f, 0.55f, 1, 0, 1);
                cs.curveTo(-0.55f, 1, -1, 0.55f, -1, 0);
                cs.curveTo(-1, -0.55f, -0.55f, -1, 0, -1);
                cs.curveTo(0.55f, -1, 1, -0.55f, 1, 0);
                cs.closeAndStroke();
                cs.restoreGraphicsState();
                text(cs, PdfFixtures.REGULAR, 10, 75, top, "Ville de Brest pour Brest en commun");
                top += 18;
                cs.saveGraphicsState();
                cs.transform(org.apache.pdfbox.util.Matrix.getTranslateInstance(62, H - top - 1));
                cs.drawForm(form);
                cs.restoreGraphicsState();
                text(cs, PdfFixtures.REGULAR, 10, 75, top, "Rennes Métropole pour RUDI");
            }
            pdf = PdfFixtures.save(doc);
        }
        List<Block> blocks = load(pdf).blocks();
        assertThat(blocks).extracting(Block::text).containsExactly(
                "Les lauréats de la catégorie inclusion numérique sont les suivants :",
                "Métropole de Lyon pour le projet Inclusif", "Ville de Brest pour Brest en commun", "Rennes Métropole pour RUDI");
        assertThat(blocks.get(0).lines().get(0).style().marker()).isNull();
        assertThat(blocks.subList(1, 4)).extracting(b -> b.lines().get(0).style().marker()).containsOnly("shape");
    }

    @Test
    void aContentsPageIsMarkedAsSuch() throws Exception {
        PdfFixtures.Page contents = new PdfFixtures.Page().text(PdfFixtures.BOLD, 16, 60, 60, "Sommaire");
        String[] entries = {"Édito et jury", "Métropole de Lyon — Inclusif", "Ville de Brest — Brest en commun",
            "Rennes Métropole — RUDI", "Ville de Lorient — Le numérique pour tous"};
        float top = 100;
        int page = 3;
        for (String e : entries) {
            contents.text(PdfFixtures.REGULAR, 10, 60, top, e);
            contents.text(PdfFixtures.REGULAR, 10, 520, top, String.valueOf(page++));
            top += 20;
        }
        PdfFixtures.Page body = new PdfFixtures.Page().text(PdfFixtures.BOLD, 16, 60, 60, "Métropole de Lyon");
        body.paragraph(PdfFixtures.REGULAR, 10, 60, 90, 470, 13, "Le projet Inclusif rend les services numériques de la "
                + "métropole accessibles à tous les habitants, avec des ateliers dans chaque commune et un jeu de cartes.");
        List<Block> blocks = load(PdfFixtures.pdf(List.of(contents, body))).blocks();
        List<Block> toc = blocks.stream().filter(b -> b.role() == Role.TOC).toList();
        assertThat(toc).extracting(b -> b.text().replace('\t', ' ')).containsExactly("Édito et jury 3", "Métropole de Lyon — Inclusif 4",
                "Ville de Brest — Brest en commun 5", "Rennes Métropole — RUDI 6", "Ville de Lorient — Le numérique pour tous 7");
        assertThat(blocks.stream().filter(b -> b.page() == 2)).extracting(Block::role).containsOnly(Role.BODY);
    }
}
