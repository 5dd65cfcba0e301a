package fr.palmares.model;

/**
 * How a line looks on the page, as its loader saw it. Style is evidence for the core, never a verdict.
 *
 * @param sizeRank     0 for the body text size, 1, 2, 3... for ever larger sizes, -1 for smaller text
 * @param bold         all (or nearly all) of the line is bold
 * @param italic       all (or nearly all) of the line is italic
 * @param indent       how far the line starts from its column's left edge: points in a PDF, leading
 *                     spaces in plain text, nesting depth in HTML and Markdown
 * @param marker       the list marker that opened the line, as found ("•", "-", "1.", "a)", "→", ">",
 *                     "✓", or "shape" for one drawn as a vector or an image), null when none
 * @param letterSpaced the line was drawn letter by letter with wide gaps ("L A B E L  O R") and joined
 */
public record Style(int sizeRank, boolean bold, boolean italic, int indent, String marker, boolean letterSpaced) {
    public static final Style PLAIN = new Style(0, false, false, 0, null, false);

    public Style withMarker(String m) {
        return new Style(sizeRank, bold, italic, indent, m, letterSpaced);
    }

    public Style withSizeRank(int rank) {
        return new Style(rank, bold, italic, indent, marker, letterSpaced);
    }
}
