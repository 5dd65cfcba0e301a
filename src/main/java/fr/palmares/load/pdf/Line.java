package fr.palmares.load.pdf;

import java.util.List;

/**
 * One visual line of text inside a column: its glyphs from left to right turned into text (spaces
 * where the glyphs are apart), with the per-character boldness and the geometry the paragraph
 * builder needs.
 */
public final class Line {
    private static final float SPACE_GAP = 0.15f;

    final int page;
    /** Text of the line (bullet included), one boldness flag per char. */
    final String text;
    final boolean[] bold;
    /** Left edge of the glyph each char of {@link #text} comes from. */
    final float[] charX;
    /** Left edge of the first visible glyph, right edge of the last one. */
    final float x0;
    final float x1;
    /** Baseline (the most common one: superscripts are merged into their line). */
    final float y;
    /** Dominant font size, by number of characters. */
    final float size;
    /** True when the line ends with a hyphen drawn for a soft hyphen (a hyphenation point). */
    final boolean discretionaryHyphen;
    /** Width of the first word (after the bullet): would it have fitted on the previous line? */
    final float firstWordWidth;
    /** Has superscripts or subscripts (which make the line taller). */
    final boolean hasScripts;
    /** Drawn letter by letter with wide gaps ("L A B E L  O R"), its letters joined into words here. */
    final boolean letterSpaced;
    /** Italic glyphs, one flag per char of {@link #text}. */
    final boolean[] italic;

    /** The horizontal bounds of the column (or band) the line was read in; 0 for a table cell's line. */
    final float regionLeft;
    final float regionRight;

    /** Where the text starts after the bullets opening the line (see {@link Bullets}); -1 when none. */
    final int bulletEnd;
    /** The x of the text after the bullets (the line's left edge when none). */
    final float textX;
    /** Where the line's content starts after its first bullet (a second mark, "> ", may follow it). */
    final float contentX;

    /** The same line with the bullets found at its start. */
    Line withBullet(int end, float textStart, float contentStart) {
        return new Line(this, end, textStart, contentStart);
    }

    private Line(Line o, int bulletEnd, float textX, float contentX) {
        this.page = o.page;
        this.text = o.text;
        this.bold = o.bold;
        this.italic = o.italic;
        this.charX = o.charX;
        this.x0 = o.x0;
        this.x1 = o.x1;
        this.y = o.y;
        this.size = o.size;
        this.discretionaryHyphen = o.discretionaryHyphen;
        this.firstWordWidth = o.firstWordWidth;
        this.hasScripts = o.hasScripts;
        this.letterSpaced = o.letterSpaced;
        this.regionLeft = o.regionLeft;
        this.regionRight = o.regionRight;
        this.bulletEnd = bulletEnd;
        this.textX = textX;
        this.contentX = contentX;
    }

    /** A line of a table cell, or a piece of a row, outside any column. */
    Line(int page, List<Glyph> sorted) {
        this(page, sorted, 0, 0);
    }

    /** A line of a column whose horizontal bounds are {@code left} and {@code right}. */
    Line(int page, List<Glyph> sorted, float columnLeft, float columnRight) {
        this.page = page;
        this.regionLeft = columnLeft;
        this.regionRight = columnRight;
        StringBuilder sb = new StringBuilder();
        Chars chars = new Chars(sorted.size() + 8);
        Spaces spaces = new Spaces();
        Glyph prev = null;
        boolean pendingSpace = false;
        boolean softBeforeLast = false;
        boolean softPending = false;
        float left = Float.NaN;
        float right = Float.NaN;
        Counts sizes = new Counts();
        Counts baselines = new Counts();
        for (int i = 0; i < sorted.size(); i++) {
            Glyph g = sorted.get(i);
            if (g.softHyphen() || g.isInvisible()) {
                softPending = softPending || g.softHyphen();
                continue;
            }
            if (g.isSpace()) {
                Glyph next = nextVisible(sorted, i + 1);
                if (next != null && next.x() < g.x() + 0.4f * g.width()) {
                    // A zero-advance space: what some producers (Chromium) draw for a soft hyphen.
                    softPending = true;
                } else {
                    pendingSpace = true;
                }
                continue;
            }
            if (prev != null) {
                float gap = g.x() - prev.end();
                float ref = Math.min(prev.size(), g.size());
                if (pendingSpace || gap > SPACE_GAP * ref) {
                    if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
                        spaces.add(sb.length(), pendingSpace, gap / ref);
                        sb.append(' ');
                        chars.add(prev.bold() && g.bold(), prev.italic() && g.italic(), prev.end());
                    }
                }
            }
            softBeforeLast = softPending;
            softPending = false;
            pendingSpace = false;
            sb.append(g.text());
            for (int k = 0; k < g.text().length(); k++) {
                chars.add(g.bold(), g.italic(), g.x());
            }
            if (Float.isNaN(left)) {
                left = g.x();
            }
            right = Math.max(Float.isNaN(right) ? g.end() : right, g.end());
            sizes.add(round(g.size()), g.text().length());
            baselines.add(round(g.y()), g.text().length());
            prev = g;
        }
        float[] gaps = spaces.gaps();
        boolean spaced = isLetterSpaced(sb.toString(), gaps);
        if (spaced) {
            // Keep the spaces that part words: a space drawn, or a gap much wider than between letters.
            float letterGap = median(gaps);
            for (int k = spaces.n - 1; k >= 0; k--) {
                if (!spaces.drawn[k] && spaces.gap[k] < 1.8f * letterGap) {
                    int at = spaces.at[k];
                    sb.deleteCharAt(at);
                    chars.remove(at);
                }
            }
        }
        this.letterSpaced = spaced;
        this.text = sb.toString();
        this.bold = java.util.Arrays.copyOf(chars.bold, chars.n);
        this.italic = java.util.Arrays.copyOf(chars.italic, chars.n);
        this.charX = java.util.Arrays.copyOf(chars.x, chars.n);
        this.x0 = Float.isNaN(left) ? 0 : left;
        this.x1 = Float.isNaN(right) ? 0 : right;
        this.size = sizes.mode(10f);
        this.y = baselines.mode(sorted.isEmpty() ? 0 : sorted.get(0).y());
        char last = text.isEmpty() ? ' ' : text.charAt(text.length() - 1);
        this.discretionaryHyphen = softBeforeLast && PdfText.isHyphen(last);
        this.firstWordWidth = wordWidth(sorted, 0);
        boolean scripts = false;
        for (Glyph g : sorted) {
            if (!g.isSpace() && !g.isInvisible() && g.size() < 0.85f * size && Math.abs(g.y() - y) > 0.1f * size) {
                scripts = true;
                break;
            }
        }
        this.hasScripts = scripts;
        this.bulletEnd = -1;
        this.textX = x0;
        this.contentX = x0;
    }

    /** Per character of a line being built: bold, italic, and the left edge of its glyph. */
    private static final class Chars {
        boolean[] bold;
        boolean[] italic;
        float[] x;
        int n;

        Chars(int capacity) {
            bold = new boolean[capacity];
            italic = new boolean[capacity];
            x = new float[capacity];
        }

        void add(boolean b, boolean i, float at) {
            if (n == x.length) {
                int c = Math.max(8, n * 2);
                bold = java.util.Arrays.copyOf(bold, c);
                italic = java.util.Arrays.copyOf(italic, c);
                x = java.util.Arrays.copyOf(x, c);
            }
            bold[n] = b;
            italic[n] = i;
            x[n] = at;
            n++;
        }

        void remove(int at) {
            System.arraycopy(bold, at + 1, bold, at, n - at - 1);
            System.arraycopy(italic, at + 1, italic, at, n - at - 1);
            System.arraycopy(x, at + 1, x, at, n - at - 1);
            n--;
        }
    }

    /** The spaces put between glyphs: where, whether drawn, and the gap in ems. */
    private static final class Spaces {
        int[] at = new int[8];
        boolean[] drawn = new boolean[8];
        float[] gap = new float[8];
        int n;

        void add(int where, boolean isDrawn, float ems) {
            if (n == at.length) {
                at = java.util.Arrays.copyOf(at, n * 2);
                drawn = java.util.Arrays.copyOf(drawn, n * 2);
                gap = java.util.Arrays.copyOf(gap, n * 2);
            }
            at[n] = where;
            drawn[n] = isDrawn;
            gap[n] = ems;
            n++;
        }

        float[] gaps() {
            return java.util.Arrays.copyOf(gap, n);
        }
    }

    /** Characters counted per value (a size, a baseline): a line has few distinct ones. */
    private static final class Counts {
        float[] key = new float[4];
        int[] count = new int[4];
        int n;

        void add(float k, int c) {
            for (int i = 0; i < n; i++) {
                if (Float.compare(key[i], k) == 0) { // as the keys of a map of Floats compare
                    count[i] += c;
                    return;
                }
            }
            if (n == key.length) {
                key = java.util.Arrays.copyOf(key, n * 2);
                count = java.util.Arrays.copyOf(count, n * 2);
            }
            key[n] = k;
            count[n] = c;
            n++;
        }

        /** The value with the most characters, the greatest of those on a tie; {@code dflt} when none. */
        float mode(float dflt) {
            float best = dflt;
            int most = -1;
            for (int i = 0; i < n; i++) {
                if (count[i] > most || (count[i] == most && key[i] > best)) {
                    best = key[i];
                    most = count[i];
                }
            }
            return best;
        }
    }

    /**
     * Letters set apart one by one: four letters at least, most "words" one character long, and the
     * gaps between them regular (not a table of single letters).
     */
    static boolean isLetterSpaced(String text, float[] gaps) {
        // the words of text.strip().split(" "), counted without making them: empty ones between two
        // spaces count, those at the end do not (as split drops them)
        String t = text.strip();
        int tokens = 0;
        int single = 0;
        int letters = 0;
        int emptyRun = 0;
        int start = 0;
        for (int i = 0; i <= t.length(); i++) {
            if (i < t.length() && t.charAt(i) != ' ') {
                continue;
            }
            int len = i - start;
            if (len == 0 && t.length() > 0) {
                emptyRun++;
            } else {
                tokens += emptyRun + 1;
                emptyRun = 0;
                if (len == 1) {
                    single++;
                }
                if (len > 0 && Character.isLetter(t.charAt(start))) {
                    letters++;
                }
            }
            start = i + 1;
        }
        if (tokens < 4) {
            return false;
        }
        return single >= 0.75f * tokens && letters >= 0.75f * tokens && median(gaps) < 2.5f;
    }

    private static float median(float[] v) {
        if (v.length == 0) {
            return 0;
        }
        float[] s = v.clone();
        java.util.Arrays.sort(s); // the order of Float.compare, as a sorted list of Floats
        return s[s.length / 2];
    }

    private static Glyph nextVisible(List<Glyph> glyphs, int from) {
        for (int i = from; i < glyphs.size(); i++) {
            Glyph g = glyphs.get(i);
            if (!g.isInvisible() && !g.softHyphen()) {
                return g;
            }
        }
        return null;
    }

    /** Width of the word starting at the visible glyph index {@code from} of the line. */
    float wordWidth(List<Glyph> glyphs, int from) {
        Glyph first = null;
        Glyph last = null;
        int seen = 0;
        for (int i = 0; i < glyphs.size(); i++) {
            Glyph g = glyphs.get(i);
            if (g.isInvisible() || g.softHyphen()) {
                continue;
            }
            if (seen++ < from) {
                continue;
            }
            if (g.isSpace()) {
                Glyph next = nextVisible(glyphs, i + 1);
                if (next != null && next.x() < g.x() + 0.4f * g.width()) {
                    continue; // zero-advance space: a soft hyphen
                }
                if (first != null) {
                    break;
                }
                continue;
            }
            if (last != null && g.x() - last.end() > SPACE_GAP * g.size()) {
                break;
            }
            if (first == null) {
                first = g;
            }
            last = g;
        }
        return first == null ? 0 : last.end() - first.x();
    }

    private static float round(float v) {
        return Math.round(v * 4f) / 4f;
    }

    /** Top of the line box (ascent of 0.8 em). */
    float top() {
        return y - 0.8f * size;
    }

    /** The text after the bullet (if any). */
    String body() {
        return bulletEnd < 0 ? text : text.substring(bulletEnd);
    }

    boolean bodyBold(int i) {
        return bold[(bulletEnd < 0 ? 0 : bulletEnd) + i];
    }

    boolean allBold() {
        String b = body();
        boolean any = false;
        for (int i = 0; i < b.length(); i++) {
            if (b.charAt(i) == ' ') {
                continue;
            }
            if (!bodyBold(i)) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** All the visible text of the line (its bullet aside) is italic. */
    boolean allItalic() {
        int start = bulletEnd < 0 ? 0 : bulletEnd;
        boolean any = false;
        for (int i = start; i < text.length(); i++) {
            if (text.charAt(i) == ' ') {
                continue;
            }
            if (!italic[i]) {
                return false;
            }
            any = true;
        }
        return any;
    }

    boolean anyBold() {
        String b = body();
        for (int i = 0; i < b.length(); i++) {
            if (b.charAt(i) != ' ' && bodyBold(i)) {
                return true;
            }
        }
        return false;
    }

    boolean firstCharBold() {
        String b = body();
        for (int i = 0; i < b.length(); i++) {
            if (b.charAt(i) != ' ') {
                return bodyBold(i);
            }
        }
        return false;
    }

    boolean isBlank() {
        return text.isBlank();
    }

    @Override
    public String toString() {
        return "p" + page + " y=" + y + " x=" + x0 + ".." + x1 + " s=" + size + " [" + text + "]";
    }
}
