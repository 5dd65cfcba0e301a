package fr.palmares.load.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The first step of the layout: the glyphs of a page into rows (glyphs on one baseline, superscripts
 * and subscripts merged into the row they stand beside), and the rows into fragments (pieces of a row
 * apart by more than 1.5 em: the two halves of a row across two columns, a header's left and right).
 */
final class Rows {
    private Rows() {
    }

    static List<Row> rows(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        // Stable: glyphs of a row keep their drawing order where they share an x.
        sorted.sort(Comparator.comparingDouble(Glyph::y));
        List<Row> rows = new ArrayList<>();
        Row cur = null;
        for (Glyph g : sorted) {
            float tol = Math.max(1f, 0.2f * g.size());
            if (cur == null || g.y() - cur.y > tol) {
                cur = new Row(g.y());
                rows.add(cur);
            }
            cur.glyphs.add(g);
        }
        for (Row r : rows) {
            r.glyphs.sort(Comparator.comparingDouble(Glyph::x));
            r.size = rowSize(r);
        }
        return mergeScripts(rows);
    }

    private static float rowSize(Row r) {
        Map<Float, Integer> counts = new HashMap<>();
        for (Glyph g : r.glyphs) {
            if (!g.isSpace() && !g.isInvisible()) {
                counts.merge(g.size(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(r.glyphs.isEmpty() ? 10f : r.glyphs.get(0).size());
    }

    /** Merges the rows of superscripts and subscripts into the row they stand beside. */
    private static List<Row> mergeScripts(List<Row> rows) {
        List<Row> out = new ArrayList<>(rows);
        for (int i = 0; i < out.size(); i++) {
            Row small = out.get(i);
            Row target = null;
            for (int d = -1; d <= 1 && target == null; d += 2) {
                int j = i + d;
                if (j < 0 || j >= out.size()) {
                    continue;
                }
                Row big = out.get(j);
                if (small.size > 0.85f * big.size || Math.abs(small.y - big.y) > 0.6f * big.size) {
                    continue;
                }
                if (adjacent(small, big)) {
                    target = big;
                }
            }
            if (target != null) {
                target.glyphs.addAll(small.glyphs);
                target.glyphs.sort(Comparator.comparingDouble(Glyph::x));
                out.remove(i);
                i--;
            }
        }
        return out;
    }

    private static boolean adjacent(Row small, Row big) {
        float a = small.minX();
        float b = small.maxX();
        for (Glyph g : big.glyphs) {
            if (Math.abs(g.end() - a) < 0.5f * big.size || Math.abs(b - g.x()) < 0.5f * big.size) {
                return true;
            }
        }
        return false;
    }

    static List<Fragment> fragments(int page, List<Row> rows) {
        List<Fragment> out = new ArrayList<>();
        for (Row r : rows) {
            List<Glyph> cur = new ArrayList<>();
            Glyph lastVisible = null;
            for (Glyph g : r.glyphs) {
                boolean visible = !g.isSpace() && !g.isInvisible() && !g.softHyphen();
                if (visible && lastVisible != null && g.x() - lastVisible.end() > 1.5f * Math.max(g.size(), lastVisible.size())) {
                    out.add(new Fragment(page, r, cur));
                    cur = new ArrayList<>();
                }
                cur.add(g);
                if (visible) {
                    lastVisible = g;
                }
            }
            if (!cur.isEmpty()) {
                out.add(new Fragment(page, r, cur));
            }
        }
        return out;
    }
}
