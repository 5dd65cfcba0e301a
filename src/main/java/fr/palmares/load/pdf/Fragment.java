package fr.palmares.load.pdf;

import java.util.List;

/** A horizontal piece of a row. */
final class Fragment {
    final int page;
    final Row row;
    final List<Glyph> glyphs;
    final float x0;
    final float x1;
    final float size;
    private String text;

    Fragment(int page, Row row, List<Glyph> glyphs) {
        this.page = page;
        this.row = row;
        this.glyphs = glyphs;
        float a = Float.MAX_VALUE;
        float b = -Float.MAX_VALUE;
        float s = 0;
        for (Glyph g : glyphs) {
            if (g.isInvisible() || g.softHyphen() || g.isSpace()) {
                continue;
            }
            a = Math.min(a, g.x());
            b = Math.max(b, g.end());
            s = Math.max(s, g.size());
        }
        this.x0 = a;
        this.x1 = b;
        this.size = s > 0 ? s : row.size;
    }

    float y() {
        return row.y;
    }

    float top() {
        return row.y - 0.8f * size;
    }

    float bottom() {
        return row.y + 0.25f * size;
    }

    String text() {
        if (text == null) {
            text = new Line(page, glyphs).text;
        }
        return text;
    }

    boolean visible() {
        return x1 >= x0;
    }
}
