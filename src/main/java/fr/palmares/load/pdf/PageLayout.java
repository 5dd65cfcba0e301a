package fr.palmares.load.pdf;

import fr.palmares.load.pdf.GlyphCollector.PageGlyphs;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the glyphs of the pages into columns of lines in reading order.
 *
 * <ol>
 * <li>Rows: glyphs on the same baseline (superscripts and subscripts are merged into the row they
 * stand beside).</li>
 * <li>Fragments: pieces of a row separated by a gap wider than 1.5 em (the two halves of a row that
 * crosses two columns, a header's left and right parts).</li>
 * <li>Running headers and footers are dropped ({@link RunningFurniture}).</li>
 * <li>Tables ({@link TableDetector}) are taken out of the page before the columns are looked for; the
 * text above, between and below them is read band by band, each table being one region.</li>
 * <li>Columns, per page: a gutter is the widest vertical strip, in the middle 60% of the text, where
 * fewer fragments lie than anywhere else, with at least 3 rows of text on each side that start at
 * one x and fill a third of their column on average (so that a table of contents with its page
 * numbers, or a table, is not taken for columns). Rows that cross the gutter (titles spanning the
 * columns) cut the page into bands, and so do heading rows of the left column with nothing beside
 * them in the right one that look like spanning titles (see {@link #isSpanner}); in each band the
 * left column is read, then the right one. Each column is searched again for a gutter (three
 * columns).</li>
 * <li>The text block: when most pages have two columns, a page whose text is all in the left column
 * (the last page) keeps the left column's width; in a one-column document, a page of short lines
 * (a table of contents) gets the usual right margin of the document.</li>
 * </ol>
 *
 * <p>Set the system property {@code palmares.debug=true} to print the gutters found.
 */
public final class PageLayout {
    /** PDF's largest page side (200 inches): no region is wider. */
    private static final float MAX_PAGE_POINTS = 14_400f;

    /** A column (or full-width band) of one page: its lines top to bottom, and its horizontal bounds. */
    public record Region(int page, float left, float right, List<Line> lines, List<List<List<Line>>> table) {
        Region(int page, float left, float right, List<Line> lines) {
            this(page, left, right, lines, null);
        }

        /** A table (see {@link TableDetector}): its rows, each a list of cells, each cell its lines. */
        public boolean isTable() {
            return table != null;
        }
    }

    private record Gutter(float g0, float g1) {
    }

    private final float bodySize;
    /** The gutter of most two-column pages of the document (null when none), and the right edge of their left column. */
    private final Gutter docGutter;
    private final float docLeftColumnRight;

    private PageLayout(float bodySize) {
        this(bodySize, null, 0);
    }

    private PageLayout(float bodySize, Gutter docGutter, float docLeftColumnRight) {
        this.bodySize = bodySize;
        this.docGutter = docGutter;
        this.docLeftColumnRight = docLeftColumnRight;
    }

    /**
     * Lays out every page: the columns of all pages, in reading order. The list is emptied, and each
     * page's fragments (and so its glyphs) are let go as soon as its lines are made: what the whole
     * document needs (running furniture, body size, the usual gutter and right edge) is learnt first.
     */
    public static List<Region> layout(List<PageGlyphs> input) {
        List<PageGlyphs> pages = new ArrayList<>(input);
        input.clear();
        List<List<Fragment>> perPage = new ArrayList<>();
        for (PageGlyphs p : pages) {
            perPage.add(p.fragments());
        }
        Set<Fragment> furniture = RunningFurniture.detect(pages, perPage);
        int[] numbers = new int[pages.size()];
        float[] widths = new float[pages.size()];
        for (int i = 0; i < pages.size(); i++) {
            numbers[i] = pages.get(i).number();
            widths[i] = pages.get(i).width();
        }
        pages = null;
        float body = bodySize(perPage, furniture);
        PageLayout layout = new PageLayout(body);
        // The text block of the document, for the pages that do not show it: in a two-column document,
        // a last page with text in the left column only; in a one-column document, a page of short
        // lines (a table of contents, a cover).
        List<List<Fragment>> keptPerPage = new ArrayList<>();
        List<List<TableDetector.Table>> tablesPerPage = new ArrayList<>();
        List<Float> rights = new ArrayList<>();
        List<Gutter> gutters = new ArrayList<>();
        List<Float> leftColumnRights = new ArrayList<>();
        int textPages = 0;
        for (int i = 0; i < numbers.length; i++) {
            List<Fragment> kept = new ArrayList<>();
            for (Fragment f : perPage.get(i)) {
                if (!furniture.contains(f) && f.visible()) {
                    kept.add(f);
                }
            }
            perPage.set(i, null);
            // Tables are not text columns: they are left out of the column analysis.
            List<TableDetector.Table> tables = TableDetector.detect(numbers[i], kept);
            tablesPerPage.add(tables);
            if (!tables.isEmpty()) {
                Map<Fragment, TableDetector.Table> owners = TableDetector.owners(tables);
                kept.removeIf(owners::containsKey);
            }
            keptPerPage.add(kept);
            if (kept.size() < 5) {
                continue;
            }
            textPages++;
            float l = layout.edge(kept, true, 0);
            float r = layout.edge(kept, false, 0);
            rights.add(r);
            Gutter g = layout.findGutter(kept, l, r);
            if (g != null) {
                gutters.add(g);
                List<Fragment> left = new ArrayList<>();
                for (Fragment f : kept) {
                    if (f.x1 <= g.g0 + 0.5f) {
                        left.add(f);
                    }
                }
                leftColumnRights.add(layout.edge(left, false, g.g0));
            }
        }
        if (!gutters.isEmpty() && gutters.size() * 3 >= textPages) {
            gutters.sort(Comparator.comparingDouble(Gutter::g0));
            leftColumnRights.sort(null);
            layout = new PageLayout(body, gutters.get(gutters.size() / 2), leftColumnRights.get(leftColumnRights.size() / 2));
        }
        rights.sort(null);
        float docRight = rights.isEmpty() || layout.docGutter != null ? 0 : rights.get(rights.size() / 2);
        List<Region> out = new ArrayList<>();
        for (int i = 0; i < numbers.length; i++) {
            List<Fragment> kept = keptPerPage.set(i, null);
            List<TableDetector.Table> tables = tablesPerPage.set(i, null);
            if (kept.isEmpty() && tables.isEmpty()) {
                continue;
            }
            float l = layout.edge(kept, true, 0);
            float r = layout.edge(kept, false, 0);
            if (docRight > r && docRight < widths[i] && r - l < 0.75f * (docRight - l)) {
                r = docRight;
            }
            List<Region> regions = new ArrayList<>();
            int page = numbers[i];
            if (tables.isEmpty()) {
                regions.addAll(layout.read(page, kept, l, r, 0));
            } else {
                // The text between the tables is read band by band.
                List<Fragment> rest = new ArrayList<>(kept);
                for (TableDetector.Table t : tables) {
                    float firstY = Float.MAX_VALUE;
                    for (Fragment f : t.fragments()) {
                        firstY = Math.min(firstY, f.y());
                    }
                    List<Fragment> above = new ArrayList<>();
                    for (Fragment f : rest) {
                        if (f.y() < firstY) {
                            above.add(f);
                        }
                    }
                    rest.removeAll(above);
                    if (!above.isEmpty()) {
                        regions.addAll(layout.read(page, above, l, r, 0));
                    }
                    regions.add(tableRegion(page, t));
                }
                if (!rest.isEmpty()) {
                    regions.addAll(layout.read(page, rest, l, r, 0));
                }
            }
            out.addAll(regions);
        }
        return out;
    }

    private static Region tableRegion(int page, TableDetector.Table t) {
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        for (Fragment f : t.fragments()) {
            left = Math.min(left, f.x0);
            right = Math.max(right, f.x1);
        }
        List<Line> lines = new ArrayList<>();
        for (List<List<Line>> row : t.rows()) {
            for (List<Line> cell : row) {
                lines.addAll(cell);
            }
        }
        lines.sort(Comparator.comparingDouble((Line ln) -> ln.y).thenComparingDouble(ln -> ln.x0));
        return new Region(page, left, right, lines, t.rows());
    }

    /** The most common font size of the text (by characters), headers and footers excluded. */
    static float bodySize(List<List<Fragment>> perPage, Set<Fragment> furniture) {
        Map<Float, Integer> counts = new HashMap<>();
        for (List<Fragment> page : perPage) {
            for (Fragment f : page) {
                if (furniture.contains(f)) {
                    continue;
                }
                for (Glyph g : f.glyphs) {
                    if (!g.isSpace() && !g.isInvisible()) {
                        counts.merge(Math.round(g.size() * 2f) / 2f, 1, Integer::sum);
                    }
                }
            }
        }
        return counts.entrySet().stream().max(Map.Entry.<Float, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(10f);
    }

    // ---------------------------------------------------------------------------------------------
    // Columns

    private List<Region> read(int page, List<Fragment> frags, float left, float right, int depth) {
        Gutter gutter = depth < 2 ? findGutter(frags, left, right) : null;
        if (gutter == null) {
            if (depth == 0 && docGutter != null) {
                boolean allLeft = true;
                for (Fragment f : frags) {
                    allLeft &= f.x1 <= docGutter.g0 + 0.5f;
                }
                if (allLeft) {
                    right = Math.max(right, docLeftColumnRight);
                }
            }
            return List.of(new Region(page, left, right, lines(page, frags, left, right)));
        }
        if (Boolean.getBoolean("palmares.debug")) {
            System.err.printf("page %d depth %d gutter %.1f..%.1f in %.1f..%.1f%n", page, depth, gutter.g0, gutter.g1, left, right);
        }
        List<Fragment> leftFrags = new ArrayList<>();
        List<Fragment> rightFrags = new ArrayList<>();
        Map<Row, List<Fragment>> byRow = new LinkedHashMap<>();
        for (Fragment f : frags) {
            byRow.computeIfAbsent(f.row, k -> new ArrayList<>()).add(f);
            if (f.x1 <= gutter.g0 + 0.5f) {
                leftFrags.add(f);
            } else if (f.x0 >= gutter.g1 - 0.5f) {
                rightFrags.add(f);
            }
        }
        float leftEdge = edge(leftFrags, true, left);
        float leftRight = edge(leftFrags, false, gutter.g0);
        float rightLeft = edge(rightFrags, true, gutter.g1);
        float rightRight = edge(rightFrags, false, right);

        List<Row> rows = new ArrayList<>(byRow.keySet());
        rows.sort(Comparator.comparingDouble(r -> r.y));
        List<Region> out = new ArrayList<>();
        List<Fragment> bandLeft = new ArrayList<>();
        List<Fragment> bandRight = new ArrayList<>();
        List<Fragment> full = new ArrayList<>();
        // The next row crossing the gutter below each row: a spanning title ends the band.
        float[] nextCross = new float[rows.size()];
        float limit = Float.MAX_VALUE;
        for (int i = rows.size() - 1; i >= 0; i--) {
            nextCross[i] = limit;
            if (crosses(byRow.get(rows.get(i)), gutter)) {
                limit = rows.get(i).y;
            }
        }
        float prevLeftY = -Float.MAX_VALUE;
        Row lastFull = null;
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            List<Fragment> rf = byRow.get(row);
            boolean crossing = crosses(rf, gutter);
            boolean anyRight = false;
            boolean anyLeft = false;
            for (Fragment f : rf) {
                if (f.x0 >= gutter.g1 - 0.5f) {
                    anyRight = true;
                } else {
                    anyLeft = true;
                }
            }
            boolean spanner = false;
            if (!crossing && !anyRight) {
                float size = maxSize(rf);
                if (lastFull != null && lastFull == previous(rows, i) && Math.abs(size - lastFull.size) <= 0.5f
                        && row.y - lastFull.y < 1.6f * size && emptyBeside(rf, rightFrags)) {
                    spanner = true; // the next line of a title spanning the columns
                } else {
                    spanner = isSpanner(rf, leftFrags, rightFrags, leftEdge, nextCross[i], prevLeftY);
                }
            }
            if (anyLeft) {
                prevLeftY = row.y;
            }
            if (crossing || spanner) {
                lastFull = row;
            }
            if (crossing || spanner) {
                flushBand(page, bandLeft, bandRight, leftEdge, leftRight, rightLeft, rightRight, depth, out);
                full.addAll(rf);
            } else {
                if (!full.isEmpty()) {
                    out.add(new Region(page, left, right, lines(page, full, left, right)));
                    full.clear();
                }
                for (Fragment f : rf) {
                    if (f.x0 >= gutter.g1 - 0.5f) {
                        bandRight.add(f);
                    } else {
                        bandLeft.add(f);
                    }
                }
            }
        }
        if (!full.isEmpty()) {
            out.add(new Region(page, left, right, lines(page, full, left, right)));
        }
        flushBand(page, bandLeft, bandRight, leftEdge, leftRight, rightLeft, rightRight, depth, out);
        return out;
    }

    private void flushBand(int page, List<Fragment> bandLeft, List<Fragment> bandRight, float leftEdge,
            float leftRight, float rightLeft, float rightRight, int depth, List<Region> out) {
        if (!bandLeft.isEmpty()) {
            out.addAll(read(page, new ArrayList<>(bandLeft), leftEdge, leftRight, depth + 1));
        }
        if (!bandRight.isEmpty()) {
            out.addAll(read(page, new ArrayList<>(bandRight), rightLeft, rightRight, depth + 1));
        }
        bandLeft.clear();
        bandRight.clear();
    }

    /** The left or right edge of a column: that of its body-size text (headings may stick out). */
    private float edge(List<Fragment> frags, boolean leftSide, float dflt) {
        if (frags.isEmpty()) {
            return dflt;
        }
        float v = leftSide ? Float.MAX_VALUE : -Float.MAX_VALUE;
        boolean any = false;
        for (Fragment f : frags) {
            if (f.size <= 1.05f * bodySize) {
                v = leftSide ? Math.min(v, f.x0) : Math.max(v, f.x1);
                any = true;
            }
        }
        if (!any) {
            for (Fragment f : frags) {
                v = leftSide ? Math.min(v, f.x0) : Math.max(v, f.x1);
            }
        }
        return v;
    }

    /**
     * A left-column row that is in fact a title spanning the columns: a heading (bigger than the body
     * text) flush with the left column, well below the line above it in the left column (not the next
     * line of a heading), with the other column empty beside it, and either text in the other column
     * below it or nothing below it in its own column (before the next row that crosses the gutter).
     * The line after such a title (or after a row crossing the gutter), of the same size, at the
     * title's line pitch and with nothing beside it, is the title's next line.
     */
    private static boolean crosses(List<Fragment> row, Gutter gutter) {
        for (Fragment f : row) {
            if (f.x1 > gutter.g0 + 0.5f && f.x0 < gutter.g1 - 0.5f) {
                return true;
            }
        }
        return false;
    }

    private boolean isSpanner(List<Fragment> row, List<Fragment> leftFrags, List<Fragment> rightFrags, float leftEdge,
            float nextCross, float prevLeftY) {
        float size = maxSize(row);
        float x0 = Float.MAX_VALUE;
        float y = row.get(0).y();
        for (Fragment f : row) {
            x0 = Math.min(x0, f.x0);
        }
        if (size < 1.1f * bodySize || x0 > leftEdge + 1f) {
            return false;
        }
        // Not the second line of a heading: a title spanning the columns has its margin above it.
        if (y - prevLeftY < 1.5f * size) {
            return false;
        }
        if (!emptyBeside(row, rightFrags)) {
            return false;
        }
        // The other column goes on below it (the columns start again under the title), or nothing
        // follows it in its own column (a title at the bottom of the page).
        for (Fragment f : rightFrags) {
            if (f.y() > y && f.y() < nextCross) {
                return true;
            }
        }
        for (Fragment f : leftFrags) {
            if (f.y() > y + 1.6f * size && f.y() < nextCross) {
                return false;
            }
        }
        return true;
    }

    private static boolean emptyBeside(List<Fragment> row, List<Fragment> rightFrags) {
        float top = Float.MAX_VALUE;
        float bottom = -Float.MAX_VALUE;
        float size = maxSize(row);
        for (Fragment f : row) {
            top = Math.min(top, f.top());
            bottom = Math.max(bottom, f.bottom());
        }
        float margin = 0.3f * size;
        for (Fragment f : rightFrags) {
            if (f.bottom() > top - margin && f.top() < bottom + margin) {
                return false;
            }
        }
        return true;
    }

    private static float maxSize(List<Fragment> row) {
        float size = 0;
        for (Fragment f : row) {
            size = Math.max(size, f.size);
        }
        return size;
    }

    private static Row previous(List<Row> rows, int i) {
        return i > 0 ? rows.get(i - 1) : null;
    }

    /** The widest strip of least coverage in the middle of the region, if it separates two columns. */
    private Gutter findGutter(List<Fragment> frags, float left, float right) {
        float width = right - left;
        if (!(width >= 120f && width <= MAX_PAGE_POINTS)) {
            return null; // too narrow for two columns, or no page (a damaged file's coordinates)
        }
        Set<Row> rows = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Fragment f : frags) {
            rows.add(f.row);
        }
        int n = rows.size();
        if (n < 6) {
            return null;
        }
        int bins = (int) Math.ceil(width) + 1;
        int[] cov = new int[bins];
        for (Fragment f : frags) {
            int a = Math.max(0, (int) Math.floor(f.x0 - left));
            int b = Math.min(bins, (int) Math.ceil(f.x1 - left));
            for (int i = a; i < b; i++) {
                cov[i]++;
            }
        }
        int zoneA = (int) (0.2f * width);
        int zoneB = (int) (0.8f * width);
        int min = Integer.MAX_VALUE;
        for (int i = zoneA; i < zoneB; i++) {
            min = Math.min(min, cov[i]);
        }
        int bestA = -1;
        int bestB = -1;
        for (int i = zoneA; i < zoneB; i++) {
            if (cov[i] != min) {
                continue;
            }
            int a = i;
            while (a > 0 && cov[a - 1] == min) {
                a--;
            }
            int b = i;
            while (b < bins && cov[b] == min) {
                b++;
            }
            if (b - a > bestB - bestA) {
                bestA = a;
                bestB = b;
            }
            i = b;
        }
        if (bestA < 0) {
            return null;
        }
        float g0 = left + bestA;
        float g1 = left + bestB;
        float minWidth = Math.max(4f, 0.4f * bodySize);
        if (g1 - g0 < minWidth) {
            return null;
        }
        // Both sides must look like columns of text.
        Map<Row, Float> leftWidth = new IdentityHashMap<>();
        Map<Row, Float> rightWidth = new IdentityHashMap<>();
        Map<Row, Float> leftStart = new IdentityHashMap<>();
        Map<Row, Float> rightStart = new IdentityHashMap<>();
        int crossing = 0;
        Set<Row> crossRows = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Fragment f : frags) {
            if (f.x1 <= g0 + 0.5f) {
                leftWidth.merge(f.row, f.x1 - f.x0, Float::sum);
                leftStart.merge(f.row, f.x0, Math::min);
            } else if (f.x0 >= g1 - 0.5f) {
                rightWidth.merge(f.row, f.x1 - f.x0, Float::sum);
                rightStart.merge(f.row, f.x0, Math::min);
            } else if (crossRows.add(f.row)) {
                crossing++;
            }
        }
        if (leftWidth.size() < 3 || rightWidth.size() < 3 || crossing > 0.4f * n) {
            return null;
        }
        if (!columnLike(leftWidth, leftStart, g0 - left) || !columnLike(rightWidth, rightStart, right - g1)) {
            return null;
        }
        return new Gutter(g0, g1);
    }

    /** Rows of a column: filled on average to a third of its width, and mostly starting at one x. */
    private static boolean columnLike(Map<Row, Float> widths, Map<Row, Float> starts, float colWidth) {
        if (colWidth < 40f) {
            return false;
        }
        double mean = widths.values().stream().mapToDouble(Float::doubleValue).average().orElse(0);
        if (mean < 0.33 * colWidth) {
            return false;
        }
        Map<Integer, Integer> counts = new HashMap<>();
        for (float s : starts.values()) {
            counts.merge(Math.round(s / 2f), 1, Integer::sum);
        }
        int best = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            int c = e.getValue() + counts.getOrDefault(e.getKey() - 1, 0) + counts.getOrDefault(e.getKey() + 1, 0);
            best = Math.max(best, c);
        }
        return best >= 0.3f * starts.size();
    }

    /** The lines of a column (between left and right): the fragments of each row put back together. */
    private static List<Line> lines(int page, List<Fragment> frags, float left, float right) {
        Map<Row, List<Fragment>> byRow = new LinkedHashMap<>();
        for (Fragment f : frags) {
            byRow.computeIfAbsent(f.row, k -> new ArrayList<>()).add(f);
        }
        List<Row> rows = new ArrayList<>(byRow.keySet());
        rows.sort(Comparator.comparingDouble(r -> r.y));
        List<Line> out = new ArrayList<>();
        for (Row r : rows) {
            List<Fragment> fs = byRow.get(r);
            fs.sort(Comparator.comparingDouble(f -> f.x0));
            List<Glyph> glyphs = new ArrayList<>();
            for (Fragment f : fs) {
                glyphs.addAll(f.glyphs);
            }
            Line line = new Line(page, glyphs, left, right);
            if (!line.isBlank()) {
                out.add(line);
            }
        }
        return out;
    }
}
