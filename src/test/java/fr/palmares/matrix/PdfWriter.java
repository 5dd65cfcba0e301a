package fr.palmares.matrix;

import fr.palmares.matrix.Doc.Node;
import fr.palmares.matrix.Doc.Run;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes a document as an A4 PDF with PDFBox, laid out as a word processor would: embedded Liberation
 * fonts (subset, with a ToUnicode map), wrapped paragraphs, one or two columns, tables drawn as ruled
 * grids (header repeated on each page, merged cells for row spans), list bullets as glyphs or as drawn
 * squares, a running header and a page footer.
 */
final class PdfWriter {
    private static final float W = PDRectangle.A4.getWidth();
    private static final float H = PDRectangle.A4.getHeight();
    private static final float MARGIN = 56;
    private static final float TOP = H - 64;
    private static final float BOTTOM = 54;
    private static final float GAP = 22;
    private static final float BODY = 10.5f;
    private static final float LEADING = 14;
    private static final float CELL = 9.5f;
    private static final float CELL_LEADING = 12;
    private static final float PAD = 4;

    private PDDocument pdf;
    private PDFont regular;
    private PDFont bold;
    private PDFont italic;
    private Doc doc;
    private PDPageContentStream cs;
    private int pageNo;
    private int column;
    private float columnWidth;
    private float y;
    private boolean pageHasContent;

    byte[] write(Doc d) throws IOException {
        try {
            return layOut(d);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] layOut(Doc d) throws IOException, java.security.NoSuchAlgorithmException {
        this.doc = d;
        try (PDDocument p = new PDDocument()) {
            pdf = p;
            boolean serif = d.options().serif();
            regular = font(serif ? "LiberationSerif-Regular" : "LiberationSans-Regular");
            bold = font(serif ? "LiberationSerif-Bold" : "LiberationSans-Bold");
            italic = serif ? regular : font("LiberationSans-Italic");
            int columns = d.options().columns();
            columnWidth = (W - 2 * MARGIN - (columns - 1) * GAP) / columns;
            newPage();
            for (Node n : d.nodes()) {
                node(n);
            }
            cs.close();
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle(d.title());
            info.setAuthor("Les Interconnectés");
            p.setDocumentInformation(info);
            // A fixed file identifier (PDFBox would derive one from the clock): same document, same bytes.
            byte[] id = java.security.MessageDigest.getInstance("MD5").digest(
                    (d.title() + d.nodes().size()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            COSArray ids = new COSArray();
            ids.add(new COSString(id));
            ids.add(new COSString(id));
            p.getDocument().setDocumentID(ids);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            p.save(out);
            return out.toByteArray();
        }
    }

    private PDFont font(String name) throws IOException {
        try (InputStream in = PdfWriter.class.getResourceAsStream("/fonts/" + name + ".ttf")) {
            if (in == null) {
                throw new IOException("font not found in the test resources: " + name);
            }
            return PDType0Font.load(pdf, in, true);
        }
    }

    private void node(Node n) throws IOException {
        if (n instanceof Doc.Heading h) {
            float size = switch (h.level()) {
                case 1 -> 19;
                case 2 -> 14.5f;
                case 3 -> 12.5f;
                default -> 11;
            };
            float before = h.level() <= 2 ? 12 : 8;
            ensure(before + size * 1.3f + 3 * LEADING);
            y -= pageHasContent ? before : 0;
            paragraph(List.of(Run.bold(h.text())), size, size * 1.25f, 0, 0);
            y -= 4;
        } else if (n instanceof Doc.Para p) {
            if (p.small()) {
                paragraph(p.runs(), 8.5f, 11, 0, 0);
            } else {
                paragraph(p.runs(), BODY, LEADING, 0, 0);
            }
            y -= 6;
        } else if (n instanceof Doc.ItemList l) {
            int i = 1;
            for (List<Run> item : l.items()) {
                ensure(LEADING * 2);
                String mark = l.ordered() ? (i++) + "." : null;
                float baseline = y - BODY;
                if (mark != null) {
                    text(regular, BODY, x(), baseline, mark);
                } else if (doc.options().shapeBullets()) {
                    cs.addRect(x() + 3, baseline + 2, 4, 4);
                    cs.fill();
                } else {
                    text(regular, BODY, x() + 2, baseline, "•");
                }
                paragraph(item, BODY, LEADING, 16, 16);
                y -= 3;
            }
            y -= 5;
        } else if (n instanceof Doc.Table t) {
            table(t);
        } else if (n instanceof Doc.DefList d) {
            for (Doc.Definition e : d.entries()) {
                ensure(LEADING * 3);
                paragraph(List.of(Run.bold(e.term())), BODY, LEADING, 0, 0);
                paragraph(e.description(), BODY, LEADING, 24, 24);
                y -= 6;
            }
        } else if (n instanceof Doc.PageBreak) {
            if (pageHasContent) {
                newPage();
            }
        } else if (n instanceof Doc.Rule) {
            ensure(14);
            cs.setStrokingColor(Color.GRAY);
            cs.moveTo(x(), y - 6);
            cs.lineTo(x() + columnWidth, y - 6);
            cs.stroke();
            cs.setStrokingColor(Color.BLACK);
            y -= 14;
        } else if (n instanceof Doc.Banner b) {
            ensure(30);
            y -= 8;
            cs.beginText();
            cs.setFont(bold, 13);
            cs.setCharacterSpacing(3.5f);
            cs.newLineAtOffset(x(), y - 13);
            cs.showText(check(bold, Doc.upper(b.text())));
            cs.endText();
            cs.setCharacterSpacing(0);
            y -= 24;
            pageHasContent = true;
        }
    }

    // ---- pages and columns

    private float x() {
        return MARGIN + column * (columnWidth + GAP);
    }

    private void newPage() throws IOException {
        if (cs != null) {
            cs.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        pdf.addPage(page);
        cs = new PDPageContentStream(pdf, page);
        pageNo++;
        column = 0;
        y = TOP;
        pageHasContent = false;
        cs.setNonStrokingColor(Color.DARK_GRAY);
        if (pageNo > 1) {
            text(italic, 8, MARGIN, H - 36, doc.title());
        }
        String footer = "Les Interconnectés — page " + pageNo;
        text(regular, 8, (W - width(regular, 8, footer)) / 2, 30, footer);
        cs.setNonStrokingColor(Color.BLACK);
        pageHasContent = false;
    }

    private void ensure(float height) throws IOException {
        if (y - height < BOTTOM) {
            breakColumn();
        }
    }

    /** Goes on in the next column, or on a new page after the last one. */
    private void breakColumn() throws IOException {
        if (column < doc.options().columns() - 1) {
            column++;
            y = TOP;
        } else {
            newPage();
        }
    }

    // ---- text

    /** A word of a paragraph, in its font; {@code glued} when no space separates it from the previous one. */
    private record Word(String text, PDFont font, boolean glued) {
    }

    private List<Word> words(List<Run> runs) {
        List<Word> out = new ArrayList<>();
        boolean spaceBefore = true;
        for (Run r : runs) {
            PDFont f = r.bold() ? bold : r.italic() ? italic : regular;
            String t = r.text();
            boolean first = true;
            for (String w : t.split(" ", -1)) {
                if (!w.isEmpty()) {
                    boolean glued = first && !spaceBefore && !out.isEmpty();
                    out.add(new Word(w, f, glued));
                }
                first = false;
            }
            spaceBefore = t.endsWith(" ");
            if (t.isEmpty()) {
                spaceBefore = true;
            }
        }
        return out;
    }

    /** Lays out runs from the cursor, wrapping at the column width, then moves the cursor below them. */
    private void paragraph(List<Run> runs, float size, float leading, float firstIndent, float indent)
            throws IOException {
        List<List<Word>> lines = wrap(words(runs), size, columnWidth - indent, columnWidth - firstIndent);
        boolean firstLine = true;
        for (List<Word> line : lines) {
            ensure(leading);
            drawLine(line, x() + (firstLine ? firstIndent : indent), y - size, size);
            y -= leading;
            firstLine = false;
        }
    }

    private List<List<Word>> wrap(List<Word> words, float size, float width, float firstWidth) {
        List<List<Word>> lines = new ArrayList<>();
        List<Word> cur = new ArrayList<>();
        float w = 0;
        float limit = firstWidth;
        for (Word word : words) {
            float ww = width(word.font(), size, word.text());
            float sep = cur.isEmpty() || word.glued() ? 0 : width(regular, size, " ");
            if (!cur.isEmpty() && !word.glued() && w + sep + ww > limit) {
                lines.add(cur);
                cur = new ArrayList<>();
                w = 0;
                sep = 0;
                limit = width;
            }
            cur.add(word);
            w += sep + ww;
        }
        if (!cur.isEmpty()) {
            lines.add(cur);
        }
        return lines;
    }

    private void drawLine(List<Word> line, float x, float baseline, float size) throws IOException {
        float cx = x;
        int i = 0;
        while (i < line.size()) {
            PDFont f = line.get(i).font();
            StringBuilder sb = new StringBuilder();
            if (i > 0 && !line.get(i).glued()) {
                cx += width(regular, size, " ");
            }
            sb.append(line.get(i).text());
            int j = i + 1;
            while (j < line.size() && line.get(j).font() == f) {
                sb.append(line.get(j).glued() ? "" : " ").append(line.get(j).text());
                j++;
            }
            text(f, size, cx, baseline, sb.toString());
            cx += width(f, size, sb.toString());
            i = j;
        }
        pageHasContent = true;
    }

    private void text(PDFont f, float size, float x, float baseline, String s) throws IOException {
        cs.beginText();
        cs.setFont(f, size);
        cs.newLineAtOffset(x, baseline);
        cs.showText(check(f, s));
        cs.endText();
    }

    /** The text itself: a character the font cannot draw is a defect of the layout, not something to hide. */
    private static String check(PDFont f, String s) {
        try {
            f.encode(s);
            return s;
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("font " + f.getName() + " cannot draw: " + s, e);
        }
    }

    private static float width(PDFont f, float size, String s) {
        try {
            return f.getStringWidth(s) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- tables

    private void table(Doc.Table t) throws IOException {
        int cols = t.rows().get(0).size();
        float[] natural = new float[cols];
        List<List<String>> all = new ArrayList<>();
        if (t.header() != null) {
            all.add(t.header());
        }
        t.rows().forEach(r -> all.add(r.stream().map(Doc.Cell::text).toList()));
        for (List<String> r : all) {
            for (int i = 0; i < cols; i++) {
                natural[i] = Math.max(natural[i], Math.max(40, width(bold, CELL, r.get(i)) + 2 * PAD + 1));
            }
        }
        float sum = 0;
        for (float v : natural) {
            sum += v;
        }
        // Narrow columns keep their natural width; the wide ones share what is left, as a word processor's
        // "autofit to contents" does.
        float[] widths = natural.clone();
        if (sum > columnWidth) {
            float share = columnWidth / cols;
            float narrow = 0;
            float wide = 0;
            for (float v : natural) {
                if (v <= share) {
                    narrow += v;
                } else {
                    wide += v;
                }
            }
            for (int i = 0; i < cols; i++) {
                if (natural[i] > share) {
                    widths[i] = natural[i] * (columnWidth - narrow) / wide;
                }
            }
        }
        y -= 4;
        if (t.header() != null) {
            row(t.header().stream().map(Doc.Cell::of).toList(), widths, true);
        }
        for (List<Doc.Cell> r : t.rows()) {
            float h = rowHeight(r, widths, false);
            if (y - h < BOTTOM) {
                closeTable(widths);
                breakColumn();
                if (t.header() != null) {
                    row(t.header().stream().map(Doc.Cell::of).toList(), widths, true);
                }
            }
            row(r, widths, false);
        }
        closeTable(widths);
        y -= 10;
    }

    /** The rule under the last row drawn. */
    private void closeTable(float[] widths) throws IOException {
        float total = 0;
        for (float w : widths) {
            total += w;
        }
        cs.moveTo(x(), y);
        cs.lineTo(x() + total, y);
        cs.stroke();
    }

    private float rowHeight(List<Doc.Cell> r, float[] widths, boolean header) {
        int lines = 1;
        for (int i = 0; i < r.size(); i++) {
            List<Word> words = words(List.of(header ? Run.bold(r.get(i).text()) : Run.plain(r.get(i).text())));
            lines = Math.max(lines, wrap(words, CELL, widths[i] - 2 * PAD, widths[i] - 2 * PAD).size());
        }
        return lines * CELL_LEADING + 2 * PAD;
    }

    private void row(List<Doc.Cell> r, float[] widths, boolean header) throws IOException {
        float h = rowHeight(r, widths, header);
        float cx = x();
        if (header) {
            float total = 0;
            for (float w : widths) {
                total += w;
            }
            cs.setNonStrokingColor(new Color(225, 225, 225));
            cs.addRect(cx, y - h, total, h);
            cs.fill();
            cs.setNonStrokingColor(Color.BLACK);
        }
        cs.setLineWidth(0.6f);
        for (int i = 0; i < r.size(); i++) {
            Doc.Cell c = r.get(i);
            float w = widths[i];
            cs.moveTo(cx, y);
            cs.lineTo(cx, y - h);
            cs.moveTo(cx + w, y);
            cs.lineTo(cx + w, y - h);
            if (!c.covered()) {
                cs.moveTo(cx, y);
                cs.lineTo(cx + w, y);
            }
            cs.stroke();
            if (!c.covered()) {
                List<Word> words = words(List.of(header ? Run.bold(c.text()) : Run.plain(c.text())));
                float ly = y - PAD - CELL;
                for (List<Word> line : wrap(words, CELL, w - 2 * PAD, w - 2 * PAD)) {
                    drawLine(line, cx + PAD, ly, CELL);
                    ly -= CELL_LEADING;
                }
            }
            cx += w;
        }
        y -= h;
        pageHasContent = true;
    }
}
