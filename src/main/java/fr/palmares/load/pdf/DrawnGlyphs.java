package fr.palmares.load.pdf;

import java.util.HashMap;
import java.util.Map;

/**
 * The glyphs drawn so far on a page, for the test of PDFBox's text stripper that drops a glyph drawn
 * again over itself (fake bold): the same text within a third of its width, in x and in y. PDFBox keeps
 * them in a tree of boxed floats per text, and that test was a tenth of the CPU of reading a PDF; here a
 * flat list per text, and per column of {@value #COLUMN} points a list in the order of y, searched from
 * the glyph's own line. The same answers, ranges compared as
 * the tree compares its keys ({@link Float#compare}: [from, to)), and the same exception where the tree
 * throws one (a negative tolerance).
 */
final class DrawnGlyphs {
    private static final float COLUMN = 8f;

    /** Columns with an index in [0, NEAR) (x up to 2,048 points) are kept in an array, the others in a map. */
    private static final int NEAR = 256;

    /**
     * Past this x (in points) a range is looked for in the list of all glyphs, not by column: column
     * numbers stay far from the ends of a long (a damaged matrix puts glyphs at 1e30).
     */
    private static final float FAR_X = 1e12f;

    private static final class Positions {
        final Floats all = new Floats();
        Column[] near;
        Map<Long, Column> far;

        Column column(long c) {
            if (c >= 0 && c < NEAR) {
                return near == null ? null : near[(int) c];
            }
            return far == null ? null : far.get(c);
        }

        Column columnToAdd(long c) {
            if (c >= 0 && c < NEAR) {
                if (near == null) {
                    near = new Column[NEAR];
                }
                Column f = near[(int) c];
                if (f == null) {
                    f = new Column();
                    near[(int) c] = f;
                }
                return f;
            }
            if (far == null) {
                far = new HashMap<>();
            }
            return far.computeIfAbsent(c, k -> new Column());
        }
    }

    /** x, y pairs. */
    private static final class Floats {
        float[] xy = new float[8];
        int n;

        void add(float x, float y) {
            if (n + 2 > xy.length) {
                xy = java.util.Arrays.copyOf(xy, xy.length * 2);
            }
            xy[n++] = x;
            xy[n++] = y;
        }
    }

    /**
     * The glyphs of one text in one column, in the order of their y ({@link Float#compare}, the tree's
     * order): a glyph is looked for among those of its own line only, not along the whole column.
     */
    private static final class Column {
        float[] x = new float[4];
        float[] y = new float[4];
        int n;

        void add(float px, float py) {
            if (n == x.length) {
                x = java.util.Arrays.copyOf(x, n * 2);
                y = java.util.Arrays.copyOf(y, n * 2);
            }
            int i = n;
            if (n > 0 && Float.compare(y[n - 1], py) > 0) { // glyphs mostly come down the page: else, its place
                i = first(py, false);
                System.arraycopy(x, i, x, i + 1, n - i);
                System.arraycopy(y, i, y, i + 1, n - i);
            }
            x[i] = px;
            y[i] = py;
            n++;
        }

        /** The first index whose y compares above {@code v} ({@code orAt}: at or above it). */
        private int first(float v, boolean orAt) {
            int lo = 0;
            int hi = n;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                int c = Float.compare(y[mid], v);
                if (c > 0 || orAt && c == 0) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return lo;
        }

        /** Whether a glyph lies in [from, to) x [yFrom, yTo), as the tree compares. */
        boolean any(float from, float to, float yFrom, float yTo) {
            for (int i = first(yFrom, true); i < n && Float.compare(y[i], yTo) < 0; i++) {
                if (Float.compare(x[i], from) >= 0 && Float.compare(x[i], to) < 0) {
                    return true;
                }
            }
            return false;
        }
    }

    private final Map<String, Positions> byText = new HashMap<>();

    /** A new page: nothing drawn yet. */
    void clear() {
        byText.clear();
    }

    /**
     * What PDFBox's stripper decides for a glyph with duplicate suppression on: false when the same text
     * was already drawn within the tolerance (the glyph is dropped), else true, and the glyph is kept
     * for the next ones.
     */
    boolean keep(String text, float x, float y, float width) {
        Positions p = byText.computeIfAbsent(text, t -> new Positions());
        float tolerance = width / text.length() / 3.0f;
        if (overlaps(p, x, y, tolerance)) {
            return false;
        }
        p.all.add(x, y);
        if (Float.isFinite(x)) {
            p.columnToAdd((long) Math.floor(x / COLUMN)).add(x, y);
        }
        return true;
    }

    private static boolean overlaps(Positions p, float x, float y, float tolerance) {
        float from = x - tolerance;
        float to = x + tolerance;
        if (Float.compare(from, to) > 0) {
            throw new IllegalArgumentException("fromKey > toKey"); // as TreeMap.subMap
        }
        float yFrom = y - tolerance;
        float yTo = y + tolerance;
        if (Math.abs(from) <= FAR_X && Math.abs(to) <= FAR_X && to - from <= 16 * COLUMN) {
            // only finite x lie in a finite range, and each is in its column. A negative tolerance leaves
            // here an empty [from, to) (rounded to one point at most), so the tree's exception, raised only
            // for a glyph in range, cannot arise
            for (long c = (long) Math.floor(from / COLUMN), last = (long) Math.floor(to / COLUMN); c <= last; c++) {
                Column f = p.column(c);
                if (f != null && f.any(from, to, yFrom, yTo)) {
                    return true;
                }
            }
            return false;
        }
        return any(p.all, from, to, yFrom, yTo);
    }

    private static boolean any(Floats f, float from, float to, float yFrom, float yTo) {
        for (int i = 0; i < f.n; i += 2) {
            float x = f.xy[i];
            if (Float.compare(x, from) >= 0 && Float.compare(x, to) < 0) {
                if (Float.compare(yFrom, yTo) > 0) {
                    throw new IllegalArgumentException("fromKey > toKey"); // as TreeSet.subSet
                }
                float y = f.xy[i + 1];
                if (Float.compare(y, yFrom) >= 0 && Float.compare(y, yTo) < 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
