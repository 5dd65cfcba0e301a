package fr.palmares.load.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the tables of a page among its fragments (pieces of rows split at gaps wider than 1.5 em).
 *
 * <ul>
 * <li>A table is a run of visual rows (baselines), close to each other (3 em at most apart), that
 * starts with a row of two fragments or more; every fragment of its rows starts at one of the
 * table's column positions (within 3 points) and ends before the next column starts. A new column
 * position may only come from a row of two fragments or more.</li>
 * <li>A new column position must also suit the rows of the run above it: their fragments end before
 * it, or split there (a gap of half an em before a glyph at it).</li>
 * <li>It needs 3 rows of two fragments or more, and 2 columns at least, each with 2 fragments at
 * least. Text columns are no table: with 2 columns, the left one must not look like a column of text
 * (most of its lines filling it); with 3 or more, the same holds only when the columns are of one
 * width (a table's columns are as wide as their contents); the rows with a cell in every column
 * must not read on from one cell to the next; and the columns must not go on above or below the
 * run as lines at their own heights (two text columns whose baselines happen to meet).</li>
 * <li>A row of one fragment at the end of the run stays in it only when it is close to the row above
 * (the wrapped line of a cell), not when it is a paragraph after the table.</li>
 * <li>Table rows: the visual rows are grouped by their vertical gaps when the rows of the table are
 * spaced out (padding, cells centred vertically as Chromium draws them): a gap wider than the line
 * pitch of the cells starts a row. In a table without spacing, a visual row with a cell in the first
 * column and another cell starts a row; the others continue it (wrapped cells).</li>
 * <li>The glyphs of a visual row are given to the columns by their x (two cells closer than 1.5 em
 * are thus still apart), each cell's lines are joined with a space.</li>
 * </ul>
 */
final class TableDetector {
    private static final float ALIGN = 3f;

    /** A table: its fragments, and its rows, each a list of cells, each cell a list of lines. */
    record Table(List<Fragment> fragments, float top, float bottom, List<List<List<Line>>> rows) {
    }

    private TableDetector() {
    }

    static List<Table> detect(int page, List<Fragment> frags) {
        Map<Row, List<Fragment>> byRow = new LinkedHashMap<>();
        for (Fragment f : frags) {
            byRow.computeIfAbsent(f.row, k -> new ArrayList<>()).add(f);
        }
        List<Row> rows = new ArrayList<>(byRow.keySet());
        rows.sort(Comparator.comparingDouble(r -> r.y));
        for (List<Fragment> l : byRow.values()) {
            l.sort(Comparator.comparingDouble(f -> f.x0));
        }
        List<Table> out = new ArrayList<>();
        int i = 0;
        while (i < rows.size()) {
            if (byRow.get(rows.get(i)).size() < 2 || !eligible(byRow.get(rows.get(i)))) {
                i++;
                continue;
            }
            int end = run(rows, byRow, i);
            Table t = end > i ? table(page, rows, i, end, byRow) : null;
            if (t != null) {
                if (Boolean.getBoolean("palmares.debug")) {
                    for (Row r : rows.subList(i, end + 1)) {
                        StringBuilder sb = new StringBuilder();
                        for (Fragment f : byRow.get(r)) {
                            sb.append(String.format(" [%.1f..%.1f %s]", f.x0, f.x1, f.text()));
                        }
                        System.err.printf("table p%d y=%.1f%s%n", page, r.y, sb);
                    }
                }
                out.add(t);
                i = end + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    /** The last row of the run of aligned rows starting at {@code start}. */
    private static int run(List<Row> rows, Map<Row, List<Fragment>> byRow, int start) {
        List<Float> cols = new ArrayList<>();
        for (Fragment f : byRow.get(rows.get(start))) {
            cols.add(f.x0);
        }
        int last = start;
        for (int j = start + 1; j < rows.size(); j++) {
            List<Fragment> rf = byRow.get(rows.get(j));
            float size = rows.get(j).size;
            if (rows.get(j).y - rows.get(last).y > 3f * size) {
                break;
            }
            if (!eligible(rf)) {
                break;
            }
            boolean multi = rf.size() >= 2;
            List<Float> added = new ArrayList<>();
            boolean ok = true;
            for (Fragment f : rf) {
                if (column(cols, f.x0) < 0) {
                    if (!multi) {
                        ok = false;
                        break;
                    }
                    added.add(f.x0);
                }
            }
            if (!ok) {
                break;
            }
            List<Float> next = new ArrayList<>(cols);
            next.addAll(added);
            next.sort(null);
            if (!fits(rf, next)) {
                break;
            }
            // A new column: the rows above must end before it too (or be split at it).
            boolean above = true;
            for (int k = start; k <= last && !added.isEmpty(); k++) {
                above &= fits(byRow.get(rows.get(k)), next);
            }
            if (!above) {
                break;
            }
            cols = next;
            last = j;
        }
        return last;
    }

    /** Not a row of a table: a bullet and its text, a line of a table of contents (dot leaders). */
    private static boolean eligible(List<Fragment> rf) {
        for (Fragment f : rf) {
            String t = f.text().strip();
            if (t.isEmpty() || PdfText.isBullet(t.substring(0, 1)) || PdfText.isDashBullet(t)
                    || (t.indexOf('.') >= 0 || t.indexOf('…') >= 0) && LEADERS.matcher(t).find()) {
                return false;
            }
        }
        return true;
    }

    private static final java.util.regex.Pattern LEADERS = java.util.regex.Pattern.compile("\\.{4,}|…{2,}|(\\. ){3,}");

    /**
     * Rows whose cells read on from one to the next (a cell ending with a letter, the next one
     * starting with a lower-case letter) in 30% of the rows with a cell in every column or more: text
     * columns, not a table. Rows with an empty column are left out: there a table's cells are wrapped
     * ("Communauté urbaine" / "d'Alençon"), and text columns have few of them.
     */
    private static boolean flowing(List<Row> rows, Map<Row, List<Fragment>> byRow, List<Float> cols) {
        int full = 0;
        int flow = 0;
        for (Row r : rows) {
            String[] cells = cellTexts(byRow.get(r), cols);
            boolean all = true;
            for (String c : cells) {
                all &= !c.isEmpty();
            }
            if (!all) {
                continue;
            }
            full++;
            for (int k = 1; k < cells.length; k++) {
                String a = cells[k - 1];
                String b = cells[k];
                if (Character.isLetter(a.charAt(a.length() - 1)) && Character.isLowerCase(b.charAt(0))) {
                    flow++;
                    break;
                }
            }
        }
        return flow > 0.3f * full;
    }

    /** The text of a visual row in each column, its glyphs given to the columns by their x; stripped. */
    private static String[] cellTexts(List<Fragment> rf, List<Float> cols) {
        int n = cols.size();
        StringBuilder[] sb = new StringBuilder[n];
        for (int k = 0; k < n; k++) {
            sb[k] = new StringBuilder();
        }
        for (Fragment f : rf) {
            for (Glyph g : f.glyphs) {
                sb[columnOf(cols, g.x())].append(g.text());
            }
        }
        String[] out = new String[n];
        for (int k = 0; k < n; k++) {
            out[k] = sb[k].toString().strip();
        }
        return out;
    }

    /** The column a glyph at {@code x} falls in: the last one starting before it (within the tolerance). */
    private static int columnOf(List<Float> cols, float x) {
        for (int c = cols.size() - 1; c >= 0; c--) {
            if (x >= cols.get(c) - ALIGN) {
                return c;
            }
        }
        return 0;
    }

    private static int column(List<Float> cols, float x) {
        for (int k = 0; k < cols.size(); k++) {
            if (Math.abs(cols.get(k) - x) <= ALIGN) {
                return k;
            }
        }
        return -1;
    }

    /** Every fragment of the row ends before the column after the one it starts in. */
    private static boolean fits(List<Fragment> rf, List<Float> cols) {
        for (Fragment f : rf) {
            for (float c : cols) {
                if (c > f.x0 + ALIGN && f.x1 > c - 0.3f * f.size && !splitsAt(f, c)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * A fragment over two columns that is two cells closer than 1.5 em: a glyph starts at the column,
     * and those before it end half an em before it at least.
     */
    private static boolean splitsAt(Fragment f, float c) {
        boolean starts = false;
        for (Glyph g : f.glyphs) {
            if (g.isSpace() || g.isInvisible() || g.softHyphen()) {
                continue;
            }
            if (Math.abs(g.x() - c) <= ALIGN) {
                starts = true;
            } else if (g.x() < c - ALIGN && g.end() > c - 0.5f * g.size()) {
                return false;
            }
        }
        return starts;
    }

    private static Table table(int page, List<Row> all, int from, int to, Map<Row, List<Fragment>> byRow) {
        List<Row> rows = new ArrayList<>(all.subList(from, to + 1));
        // Columns: the x positions where fragments start.
        List<float[]> clusters = new ArrayList<>(); // x, count
        for (Row r : rows) {
            for (Fragment f : byRow.get(r)) {
                float[] c = null;
                for (float[] k : clusters) {
                    if (Math.abs(k[0] - f.x0) <= ALIGN) {
                        c = k;
                        break;
                    }
                }
                if (c == null) {
                    clusters.add(new float[] {f.x0, 1});
                } else {
                    c[1]++;
                }
            }
        }
        clusters.sort(Comparator.comparingDouble(c -> c[0]));
        // Cells closer than 1.5 em to the cell before them are inside a fragment.
        for (float[] c : clusters) {
            for (Row r : rows) {
                for (Fragment f : byRow.get(r)) {
                    if (f.x0 < c[0] - ALIGN && f.x1 > c[0] && splitsAt(f, c[0])) {
                        c[1]++;
                    }
                }
            }
        }
        // Drop the last rows of one fragment that are not close to the row above (a paragraph after).
        while (rows.size() > 1) {
            Row last = rows.get(rows.size() - 1);
            Row before = rows.get(rows.size() - 2);
            if (byRow.get(last).size() >= 2 || last.y - before.y <= 1.6f * last.size) {
                break;
            }
            rows.remove(rows.size() - 1);
        }
        int multi = 0;
        for (Row r : rows) {
            if (byRow.get(r).size() >= 2) {
                multi++;
            }
        }
        // Rows of text beside rows of text are not at the same heights: most rows of a table have two
        // cells or more (a table of two columns is more often text columns: half of them at least).
        if (multi < 3 || clusters.size() < 2 || multi < (clusters.size() == 2 ? 0.5f : 0.4f) * rows.size()) {
            return null;
        }
        List<Float> cols = new ArrayList<>();
        for (float[] c : clusters) {
            if (c[1] < 2) {
                return null;
            }
            cols.add(c[0]);
        }
        if ((cols.size() == 2 || equalWidths(rows, byRow, cols)) && textColumn(rows, byRow, cols)
                || flowing(rows, byRow, cols) || goesOn(all, from, byRow, cols, -1)
                || goesOn(all, from + rows.size() - 1, byRow, cols, 1)) {
            return null;
        }
        List<Fragment> frags = new ArrayList<>();
        float top = Float.MAX_VALUE;
        float bottom = -Float.MAX_VALUE;
        for (Row r : rows) {
            for (Fragment f : byRow.get(r)) {
                frags.add(f);
                top = Math.min(top, f.top());
                bottom = Math.max(bottom, f.bottom());
            }
        }
        return new Table(frags, top, bottom, group(page, rows, byRow, cols));
    }

    /**
     * Columns of one width (within 12%), each measured from its start to the furthest end of its lines:
     * a page set in three text columns or more, where a table's columns are as wide as their contents.
     */
    static boolean equalWidths(List<Row> rows, Map<Row, List<Fragment>> byRow, List<Float> cols) {
        int n = cols.size();
        float[] ends = new float[n];
        java.util.Arrays.fill(ends, -Float.MAX_VALUE);
        for (Row r : rows) {
            for (Fragment f : byRow.get(r)) {
                for (Glyph g : f.glyphs) {
                    if (g.isSpace() || g.isInvisible()) {
                        continue;
                    }
                    int k = 0;
                    for (int c = n - 1; c >= 0; c--) {
                        if (g.x() >= cols.get(c) - ALIGN) {
                            k = c;
                            break;
                        }
                    }
                    ends[k] = Math.max(ends[k], g.end());
                }
            }
        }
        float min = Float.MAX_VALUE;
        float max = 0;
        for (int k = 0; k < n; k++) {
            float w = ends[k] - cols.get(k);
            min = Math.min(min, w);
            max = Math.max(max, w);
        }
        return min >= 0.88f * max;
    }

    /**
     * The columns go on past the table's first row (direction -1) or its last (1) as text columns whose
     * lines are at their own heights: among the rows next to it, up to a line across a column start
     * or a gap of 3 em, two rows or more with one fragment only, at the start of a column after the
     * first, and one or more with one fragment only, at the start of the first column. The rows
     * where the baselines of two text columns happen to meet are not a table.
     */
    private static boolean goesOn(List<Row> all, int edge, Map<Row, List<Fragment>> byRow, List<Float> cols, int dir) {
        int first = 0;
        int later = 0;
        Row prev = all.get(edge);
        for (int j = edge + dir, seen = 0; j >= 0 && j < all.size() && seen < 8; j += dir, seen++) {
            Row r = all.get(j);
            if (Math.abs(r.y - prev.y) > 3f * Math.max(r.size, prev.size)) {
                break;
            }
            List<Fragment> rf = byRow.get(r);
            boolean across = false;
            for (Fragment f : rf) {
                for (float c : cols) {
                    across |= f.x0 < c - ALIGN && f.x1 > c + ALIGN;
                }
            }
            if (across) {
                break;
            }
            if (rf.size() == 1) {
                int k = column(cols, rf.get(0).x0);
                if (k == 0) {
                    first++;
                } else if (k > 0) {
                    later++;
                }
            }
            prev = r;
        }
        return first >= 1 && later >= 2;
    }

    /** A first column mostly filled by its lines: a column of text, not of a table. */
    private static boolean textColumn(List<Row> rows, Map<Row, List<Fragment>> byRow, List<Float> cols) {
        float width = cols.get(1) - cols.get(0);
        int n = 0;
        int full = 0;
        for (Row r : rows) {
            for (Fragment f : byRow.get(r)) {
                if (Math.abs(f.x0 - cols.get(0)) <= ALIGN) {
                    n++;
                    if (f.x1 - f.x0 > 0.7f * width) {
                        full++;
                    }
                }
            }
        }
        return full * 2 >= n;
    }

    /** The rows of the table: cells of the visual rows grouped. */
    private static List<List<List<Line>>> group(int page, List<Row> rows, Map<Row, List<Fragment>> byRow,
            List<Float> cols) {
        int n = cols.size();
        // The cells of each visual row.
        List<Line[]> cells = new ArrayList<>();
        float size = 0;
        for (Row r : rows) {
            List<List<Glyph>> per = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                per.add(new ArrayList<>());
            }
            for (Fragment f : byRow.get(r)) {
                for (Glyph g : f.glyphs) {
                    int k = 0;
                    for (int c = n - 1; c >= 0; c--) {
                        if (g.x() >= cols.get(c) - ALIGN) {
                            k = c;
                            break;
                        }
                    }
                    per.get(k).add(g);
                }
            }
            Line[] ls = new Line[n];
            for (int k = 0; k < n; k++) {
                if (!per.get(k).isEmpty()) {
                    per.get(k).sort(Comparator.comparingDouble(Glyph::x));
                    Line l = new Line(page, per.get(k));
                    if (!l.isBlank()) {
                        ls[k] = l;
                    }
                }
            }
            cells.add(ls);
            size = Math.max(size, r.size);
        }
        // Line pitch inside cells: the smallest distance between lines of one column.
        float pitch = Float.MAX_VALUE;
        for (int k = 0; k < n; k++) {
            float prevY = Float.NaN;
            for (int i = 0; i < rows.size(); i++) {
                if (cells.get(i)[k] == null) {
                    continue;
                }
                float y = rows.get(i).y;
                if (!Float.isNaN(prevY) && y - prevY >= 0.9f * size) {
                    pitch = Math.min(pitch, y - prevY);
                }
                prevY = y;
            }
        }
        if (pitch == Float.MAX_VALUE || pitch > 1.6f * size) {
            pitch = 1.2f * size;
        }
        float wide = pitch + 0.25f * size;
        int big = 0;
        int multi = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (i > 0 && rows.get(i).y - rows.get(i - 1).y > wide) {
                big++;
            }
            if (count(cells.get(i)) >= 2) {
                multi++;
            }
        }
        boolean spaced = big >= 2 && 2 * (big + 1) >= multi;
        List<List<List<Line>>> out = new ArrayList<>();
        List<List<Line>> cur = null;
        for (int i = 0; i < rows.size(); i++) {
            Line[] ls = cells.get(i);
            boolean start;
            if (cur == null) {
                start = true;
            } else if (rows.get(i).y - rows.get(i - 1).y > wide) {
                start = true;
            } else {
                start = !spaced && ls[0] != null && count(ls) >= 2;
            }
            if (start) {
                cur = new ArrayList<>();
                for (int k = 0; k < n; k++) {
                    cur.add(new ArrayList<>());
                }
                out.add(cur);
            }
            for (int k = 0; k < n; k++) {
                if (ls[k] != null) {
                    cur.get(k).add(ls[k]);
                }
            }
        }
        return out;
    }

    private static int count(Line[] ls) {
        int c = 0;
        for (Line l : ls) {
            if (l != null) {
                c++;
            }
        }
        return c;
    }

    /** The fragments of the tables, to leave out of the text. */
    static Map<Fragment, Table> owners(List<Table> tables) {
        Map<Fragment, Table> m = new IdentityHashMap<>();
        for (Table t : tables) {
            for (Fragment f : t.fragments()) {
                m.put(f, t);
            }
        }
        return m;
    }
}
