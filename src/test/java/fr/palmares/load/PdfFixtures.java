package fr.palmares.load;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Small PDFs made with PDFBox for the tests: a text layout is drawn line by line at given positions,
 * so that each test knows exactly what the page looks like.
 */
final class PdfFixtures {
    static final PDFont REGULAR = new PDType1Font(FontName.HELVETICA);
    static final PDFont BOLD = new PDType1Font(FontName.HELVETICA_BOLD);
    static final float A4_W = PDRectangle.A4.getWidth();
    static final float A4_H = PDRectangle.A4.getHeight();

    private PdfFixtures() {
    }

    /** One line of text: font, size, x and the baseline y measured from the top of the page. */
    record Text(PDFont font, float size, float x, float top, String text) {
    }

    /** A page: its lines of text. */
    static final class Page {
        final List<Text> texts = new ArrayList<>();

        Page text(PDFont font, float size, float x, float top, String text) {
            texts.add(new Text(font, size, x, top, text));
            return this;
        }

        /**
         * Lays out a paragraph from {@code top}, wrapping its words greedily at {@code width} as a
         * layout engine does; returns the baseline below its last line.
         */
        float paragraph(PDFont font, float size, float x, float top, float width, float pitch, String text) {
            for (String line : wrap(font, size, width, text)) {
                text(font, size, x, top, line);
                top += pitch;
            }
            return top;
        }
    }

    static List<String> wrap(PDFont font, float size, float width, String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = cur.length() == 0 ? word : cur + " " + word;
            if (cur.length() > 0 && width(font, size, candidate) > width) {
                lines.add(cur.toString());
                cur = new StringBuilder(word);
            } else {
                cur = new StringBuilder(candidate);
            }
        }
        if (cur.length() > 0) {
            lines.add(cur.toString());
        }
        return lines;
    }

    static float width(PDFont font, float size, String s) {
        try {
            return font.getStringWidth(s) / 1000f * size;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A document of A4 pages, saved to bytes. */
    static byte[] pdf(List<Page> pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (Page p : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    for (Text t : p.texts) {
                        cs.beginText();
                        cs.setFont(t.font(), t.size());
                        cs.newLineAtOffset(t.x(), A4_H - t.top());
                        cs.showText(t.text());
                        cs.endText();
                    }
                }
            }
            return save(doc);
        }
    }

    static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    /** A page that is only a picture of text, as a scanner makes it. */
    static byte[] scanned() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            BufferedImage img = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 200, 100);
            g.setColor(Color.BLACK);
            g.drawString("Label Territoire Innovant", 10, 50);
            g.dispose();
            PDImageXObject x = LosslessFactory.createFromImage(doc, img);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(x, 50, 500, 400, 200);
            }
            return save(doc);
        }
    }

    /** A one-page document protected with the given passwords (AES 128). */
    static byte[] encrypted(String owner, String user) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(BOLD, 16);
                cs.newLineAtOffset(50, 780);
                cs.showText("Les lauréats 2024");
                cs.endText();
                cs.beginText();
                cs.setFont(REGULAR, 10);
                cs.newLineAtOffset(50, 750);
                cs.showText("Le label est décerné à la Métropole de Lyon.");
                cs.endText();
            }
            AccessPermission perms = new AccessPermission();
            perms.setCanExtractContent(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy(owner, user, perms);
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            return save(doc);
        }
    }
}
