package fr.palmares.load.pdf;

import java.util.ArrayList;
import java.util.List;

/** The glyphs of a page on one baseline (superscripts and subscripts merged in), left to right. */
final class Row {
    final float y;
    final List<Glyph> glyphs = new ArrayList<>();
    float size;

    Row(float y) {
        this.y = y;
    }

    float minX() {
        float m = Float.MAX_VALUE;
        for (Glyph g : glyphs) {
            m = Math.min(m, g.x());
        }
        return m;
    }

    float maxX() {
        float m = -Float.MAX_VALUE;
        for (Glyph g : glyphs) {
            m = Math.max(m, g.end());
        }
        return m;
    }
}
