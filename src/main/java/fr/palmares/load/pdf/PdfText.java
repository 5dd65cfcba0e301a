package fr.palmares.load.pdf;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Character-level normalization of PDF text, and the small character classes the layout needs. */
public final class PdfText {
    /** The text of a bullet drawn as a vector shape or an image (a private-use character, never in a PDF's text). */
    public static final char SHAPE = '\uE000';
    /** Glyphs that start a list item when they open a line (Word's Symbol/Wingdings bullets included). */
    private static final String BULLETS = "\uE000>•◦▪▫■□●○◆◇►▸▶▹➢➤➔→✓✔✗☐☑❖∙⁃·\uF0B7\uF0A7\uF0A8\uF076\uF0D8\uF0FC\uF0E0\uF06E\uF06C";
    /** Dashes that start a list item only on a visually new line (they also occur in wrapped text). */
    private static final String DASH_BULLETS = "-–—";
    private static final Pattern NUMBERED = Pattern.compile("\\d{1,2}[.)]");

    private PdfText() {
    }

    /**
     * Normalizes the text of one glyph: ligatures expanded, every kind of space to " ", invisible
     * characters (zero-width, soft hyphen, BOM, controls) to "", the rest NFC.
     */
    public static String normalizeGlyph(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\uFB00' -> sb.append("ff");
                case '\uFB01' -> sb.append("fi");
                case '\uFB02' -> sb.append("fl");
                case '\uFB03' -> sb.append("ffi");
                case '\uFB04' -> sb.append("ffl");
                case '\uFB05', '\uFB06' -> sb.append("st");
                case '\u00A0', '\u202F', '\u2007', '\u2009', '\u200A', '\u2002', '\u2003', '\u2004', '\u2005',
                        '\u2006', '\u2008', '\u205F', '\u3000', '\t' -> sb.append(' ');
                case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\uFFFD' -> {
                }
                default -> {
                    if (c < ' ' || (c >= '\u007F' && c < '\u00A0')) {
                        break;
                    }
                    sb.append(c);
                }
            }
        }
        String out = sb.toString();
        if (out.isBlank()) {
            return out.isEmpty() ? "" : " ";
        }
        return Normalizer.isNormalized(out, Normalizer.Form.NFC) ? out : Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /** A glyph that is a bullet whatever follows it. */
    public static boolean isBullet(String token) {
        return token.length() == 1 && BULLETS.indexOf(token.charAt(0)) >= 0;
    }

    /** A dash that is a bullet only when it opens a visually new line. */
    public static boolean isDashBullet(String token) {
        return token.length() == 1 && DASH_BULLETS.indexOf(token.charAt(0)) >= 0;
    }

    /** A list number such as "1." or "12)". */
    /** The size (or other key) with the largest count, {@code none} when there is none. */
    static float mostCommon(java.util.Map<Float, Integer> counts, float none) {
        float best = none;
        int most = -1;
        for (java.util.Map.Entry<Float, Integer> e : counts.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }

    public static boolean isNumberedBullet(String token) {
        return NUMBERED.matcher(token).matches();
    }

    /** A hyphen that may end a line broken inside a word: '-' U+002D or '‐' U+2010. */
    public static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010';
    }

    /** Letters that end a sentence or a label: after them a line break is more likely a real one. */
    public static boolean isSentenceEnd(char c) {
        return ".!?:;»)…".indexOf(c) >= 0;
    }
}
