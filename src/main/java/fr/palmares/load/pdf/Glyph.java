package fr.palmares.load.pdf;

/**
 * One character drawn on a page, in the page's reading coordinates (origin top left, y downwards,
 * {@code y} being the baseline).
 *
 * @param text the normalized character(s); " " for any kind of space; "" for invisible ones
 * @param softHyphen true for a U+00AD soft hyphen (invisible unless at a line end)
 * @param x left edge
 * @param y baseline
 * @param width advance width
 * @param size font size in points
 * @param bold drawn with a bold font
 * @param italic drawn with an italic or oblique font
 */
public record Glyph(String text, boolean softHyphen, float x, float y, float width, float size, boolean bold,
        boolean italic) {

    public float end() {
        return x + width;
    }

    /** Top of the glyph box (an approximation: ascent of 0.8 em). */
    public float top() {
        return y - size * 0.8f;
    }

    public boolean isSpace() {
        return " ".equals(text);
    }

    public boolean isInvisible() {
        return text.isEmpty();
    }

    /** A mark drawn as a vector shape or an image where a bullet stands ({@link PdfText#SHAPE}). */
    public boolean isShape() {
        return text.length() == 1 && text.charAt(0) == PdfText.SHAPE;
    }
}
