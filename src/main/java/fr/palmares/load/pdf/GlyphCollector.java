package fr.palmares.load.pdf;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects the glyphs of every page with PDFBox's text stripper (which already merges diacritics and
 * drops the duplicate glyphs of fake bold), without its own line building: the layout is ours.
 */
public final class GlyphCollector extends PDFTextStripper {

    /**
     * One page as soon as it is read: its size in points, its glyphs already cut into rows and
     * fragments ({@link Rows}), the number of glyphs that are not spaces, and whether it draws images.
     * PDFBox's objects for the page (its text positions) are released before the next page is read.
     */
    public record PageGlyphs(int number, float width, float height, List<Fragment> fragments, int visibleGlyphs,
            boolean hasImages) {
    }

    private final List<PageGlyphs> pages = new ArrayList<>();
    /** One instance of each glyph text of the document (most are one letter drawn thousands of times). */
    private final Map<String, String> texts = new HashMap<>();
    /** The normalized text of each glyph text PDFBox gives (the same few are drawn over and over). */
    private final Map<String, String> normalized = new HashMap<>();
    private final Map<PDFont, Boolean> boldFonts = new IdentityHashMap<>();
    private final Map<PDFont, Boolean> italicFonts = new IdentityHashMap<>();
    private PDPage currentPage;
    /** The marks of the current page, read in the same pass as its glyphs. */
    private ShapeCollector shapes;
    /** PDFBox's suppression of duplicate overlapping glyphs, done faster (same glyphs dropped). */
    private final DrawnGlyphs drawn = new DrawnGlyphs();
    /** The current page's glyphs that PDFBox can no longer merge a diacritic into, read as they became so. */
    private final List<Drawn> finals = new ArrayList<>();

    private final boolean pdfboxSuppression;

    public GlyphCollector() {
        this(false);
    }

    /** With {@code pdfboxSuppression}, PDFBox's own (slower) suppression of duplicates: for a test that compares. */
    GlyphCollector(boolean pdfboxSuppression) {
        super();
        this.pdfboxSuppression = pdfboxSuppression;
        setSortByPosition(false);
        // done by processTextPosition below, as PDFBox does it
        setSuppressDuplicateOverlappingText(pdfboxSuppression);
        setShouldSeparateByBeads(false);
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        if (pdfboxSuppression || drawn.keep(text.getUnicode(), text.getX(), text.getY(), text.getWidth())) {
            List<List<TextPosition>> articles = getCharactersByArticle();
            List<TextPosition> list = articles.size() == 1 ? articles.get(0) : null;
            int before = list == null ? -1 : list.size();
            super.processTextPosition(text);
            // PDFBox merges a diacritic into the last glyph of the list only: once another is added after
            // it, a glyph is final, and read now, while it is still in the cache
            if (list != null && list.size() == before + 1 && before > 0) {
                finals.add(Drawn.of(list.get(before - 1)));
            }
        }
    }

    /** What the page writer reads of one glyph PDFBox keeps. */
    private record Drawn(float dir, String unicode, float x, float y, float width, float yScale, float height,
            PDFont font, float pageWidth, float pageHeight) {
        static Drawn of(TextPosition tp) {
            return new Drawn(tp.getDir(), tp.getUnicode(), tp.getXDirAdj(), tp.getYDirAdj(), tp.getWidthDirAdj(),
                    tp.getYScale(), tp.getHeightDir(), tp.getFont(), tp.getPageWidth(), tp.getPageHeight());
        }
    }

    /**
     * The page's glyphs as PDFBox keeps them, in its order: those read as they became final and the last
     * one, or, should the lists not be the one list read so far, all of them now.
     */
    private List<Drawn> drawnGlyphs() {
        List<List<TextPosition>> articles = getCharactersByArticle();
        if (articles.size() == 1 && finals.size() == Math.max(0, articles.get(0).size() - 1)) {
            List<Drawn> all = new ArrayList<>(finals);
            if (!articles.get(0).isEmpty()) {
                all.add(Drawn.of(articles.get(0).get(articles.get(0).size() - 1)));
            }
            return all;
        }
        List<Drawn> all = new ArrayList<>();
        for (List<TextPosition> article : articles) {
            for (TextPosition tp : article) {
                all.add(Drawn.of(tp));
            }
        }
        return all;
    }

    /** Reads all the pages of the document (a list the caller owns: {@link PdfBlocks#read} empties it). */
    public List<PageGlyphs> collect(PDDocument document) throws IOException {
        pages.clear();
        texts.clear();
        normalized.clear();
        writeText(document, Writer.nullWriter());
        List<PageGlyphs> out = new ArrayList<>(pages);
        pages.clear();
        texts.clear();
        normalized.clear();
        return out;
    }

    @Override
    protected void processOperator(org.apache.pdfbox.contentstream.operator.Operator operator,
            List<org.apache.pdfbox.cos.COSBase> operands) throws IOException {
        fr.palmares.load.Limits.checkInterrupted();
        if (shapes != null) {
            shapes.feed(operator, operands);
        }
        super.processOperator(operator, operands);
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        fr.palmares.load.Limits.checkInterrupted();
        currentPage = page;
        shapes = new ShapeCollector(page, this::getGraphicsState, this::getResources);
        drawn.clear();
        finals.clear();
        super.startPage(page);
    }

    @Override
    protected void writePage() {
        List<Drawn> all = drawnGlyphs();
        finals.clear();
        // Keep the dominant writing direction (rotated stamps and margin notes are dropped). PDFBox gives
        // one of 0, 90, 180 or 270; on a tie the first of these wins.
        int[] byDir = new int[4];
        for (Drawn d : all) {
            byDir[quarter(d.dir())]++;
        }
        int best = 0; // also for a page without text
        for (int q = 1; q < 4; q++) {
            if (byDir[q] > byDir[best]) {
                best = q;
            }
        }
        float dir = 90f * best;

        float w = 0;
        float h = 0;
        if (!all.isEmpty()) {
            Drawn first = all.get(0);
            boolean rotated = dir == 90f || dir == 270f;
            w = rotated ? first.pageHeight() : first.pageWidth();
            h = rotated ? first.pageWidth() : first.pageHeight();
        } else if (currentPage != null) {
            PDRectangle box = currentPage.getCropBox();
            w = box.getWidth();
            h = box.getHeight();
        }
        List<Glyph> glyphs = new ArrayList<>(all.size());
        PDFont font = null; // the font of the glyph before: most glyphs are in their neighbour's font
        boolean bold = false;
        boolean italic = false;
        for (Drawn tp : all) {
            if (tp.dir() != dir || offPage(tp.x(), tp.y(), tp.width(), w, h)) {
                continue;
            }
            String raw = tp.unicode();
            boolean soft = raw != null && raw.indexOf('\u00AD') >= 0 && raw.strip().replace("\u00AD", "").isEmpty();
            String text = normalized.computeIfAbsent(raw, r -> texts.computeIfAbsent(PdfText.normalizeGlyph(r), t -> t));
            if (text.isEmpty() && !soft) {
                continue;
            }
            // The effective size on the page (font size x text matrix x CTM): getFontSizeInPt() ignores
            // the CTM, which Chromium and others use to scale their text.
            float size = Math.abs(tp.yScale());
            if (!(size > 0.5f) || size > 500f) {
                size = tp.height() > 0 ? tp.height() / 0.7f : 10f;
            }
            float width = tp.width();
            if (!(width >= 0f)) {
                width = 0f;
            }
            if (tp.font() != font || font == null) {
                font = tp.font();
                bold = isBold(font);
                italic = isItalic(font);
            }
            glyphs.add(new Glyph(text, soft, tp.x(), tp.y(), width, size, bold, italic));
        }
        if (currentPage != null && dir == 0f) {
            glyphs.addAll(bullets(shapes == null ? List.of() : shapes.shapes(), glyphs));
        }
        int visible = 0;
        for (Glyph g : glyphs) {
            if (!g.isSpace() && !g.isInvisible()) {
                visible++;
            }
        }
        int number = getCurrentPageNo();
        pages.add(new PageGlyphs(number, w, h, Rows.fragments(number, Rows.rows(glyphs)), visible,
                currentPage != null && hasImages(currentPage.getResources(), 0)));
    }

    /** The index of a writing direction among 0, 90, 180 and 270 (anything else counts as 0, as PDFBox reads it). */
    static int quarter(float dir) {
        return dir == 90f ? 1 : dir == 180f ? 2 : dir == 270f ? 3 : 0;
    }

    /**
     * A glyph no one sees: at a position that is no number (a damaged text matrix), or more than a page's
     * size away from the page. Dropped, so that the layout never measures a page by it.
     */
    static boolean offPage(float x, float y, float width, float w, float h) {
        if (!Float.isFinite(x) || !Float.isFinite(y) || !Float.isFinite(width)) {
            return true;
        }
        if (!(w > 0) || !(h > 0)) {
            return false;
        }
        return x < -w || x > 2 * w || y < -h || y > 2 * h || width > 2 * w;
    }

    /**
     * The shapes that stand where a bullet stands: on a line of text (their middle between the top and
     * the baseline of a glyph), just left of its first glyph (within 2.5 em), with no glyph over them.
     * Each becomes a {@link PdfText#SHAPE} glyph on that line.
     */
    static List<Glyph> bullets(List<ShapeCollector.Shape> shapes, List<Glyph> glyphs) {
        List<Glyph> out = new ArrayList<>();
        for (ShapeCollector.Shape s : shapes) {
            Glyph next = null;
            boolean covered = false;
            for (Glyph g : glyphs) {
                if (g.isSpace() || g.isInvisible()) {
                    continue;
                }
                boolean sameLine = s.cy() >= g.top() - 0.1f * g.size() && s.cy() <= g.y() + 0.05f * g.size();
                if (!sameLine) {
                    continue;
                }
                if (g.end() > s.x0() + 0.5f && g.x() < s.x1() - 0.5f) {
                    covered = true;
                    break;
                }
                float gap = g.x() - s.x1();
                if (gap >= 0 && gap <= 2.5f * g.size() && (next == null || g.x() < next.x())) {
                    next = g;
                }
            }
            if (covered || next == null || s.bottom() - s.top() > 0.9f * next.size()) {
                continue;
            }
            // Nothing on the line left of the shape: it opens the line.
            boolean opens = true;
            for (Glyph g : glyphs) {
                if (!g.isSpace() && !g.isInvisible() && Math.abs(g.y() - next.y()) < 0.2f * next.size() && g.end() <= s.x0()
                        && s.x0() - g.end() < 1.5f * next.size()) {
                    opens = false;
                    break;
                }
            }
            if (opens) {
                out.add(new Glyph(String.valueOf(PdfText.SHAPE), false, s.x0(), next.y(), s.x1() - s.x0(), next.size(),
                        false, false));
            }
        }
        return out;
    }

    private boolean isItalic(PDFont font) {
        if (font == null) {
            return false;
        }
        return italicFonts.computeIfAbsent(font, GlyphCollector::isItalicFont);
    }

    /** Italic by the font's name (Italic, Oblique) or its descriptor (italic flag, italic angle). */
    static boolean isItalicFont(PDFont font) {
        try {
            String n = font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
            if (n.contains("italic") || n.contains("oblique")) {
                return true;
            }
            PDFontDescriptor fd = font.getFontDescriptor();
            return fd != null && (fd.isItalic() || Math.abs(fd.getItalicAngle()) > 1f);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private boolean isBold(PDFont font) {
        if (font == null) {
            return false;
        }
        return boldFonts.computeIfAbsent(font, GlyphCollector::isBoldFont);
    }

    /** Bold by the font's name (Bold, Black, Heavy, Semibold, Demi) or its descriptor (weight, force bold). */
    static boolean isBoldFont(PDFont font) {
        try {
            if (isBoldName(font.getName())) {
                return true;
            }
            PDFontDescriptor fd = font.getFontDescriptor();
            if (fd != null) {
                return fd.getFontWeight() >= 600 || fd.isForceBold() || isBoldName(fd.getFontName())
                        || isBoldName(fd.getFontFamily());
            }
        } catch (RuntimeException e) {
            return false;
        }
        return false;
    }

    static boolean isBoldName(String name) {
        if (name == null) {
            return false;
        }
        String n = name.toLowerCase(Locale.ROOT);
        int plus = n.indexOf('+');
        if (plus == 6) {
            n = n.substring(7);
        }
        return n.contains("bold") || n.contains("black") || n.contains("heavy") || n.contains("semibold")
                || n.contains("demi") || n.endsWith("-bd") || n.contains(",bd");
    }

    private static boolean hasImages(PDResources resources, int depth) {
        if (resources == null || depth > 3) {
            return false;
        }
        try {
            for (COSName name : resources.getXObjectNames()) {
                PDXObject x = resources.getXObject(name);
                if (x instanceof PDImageXObject) {
                    return true;
                }
                if (x instanceof PDFormXObject form && hasImages(form.getResources(), depth + 1)) {
                    return true;
                }
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
        return false;
    }
}
