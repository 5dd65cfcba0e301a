package fr.palmares.load.pdf;

/**
 * The bullets that open a line: a bullet glyph (• ◦ ▪ ► ✓ ... Word's Symbol bullets, a shape drawn
 * where a bullet stands, "&gt;") always; a dash or a number ("1.", "2)") only where the caller allows
 * them (on a visually new line). Several may follow each other ("• &gt; text").
 */
final class Bullets {
    /** The line with its bullet found, and whether a weak bullet (dash, number) opens it. */
    record Found(Line line, boolean weakSeen) {
    }

    /** A number and its dot or parenthesis glued to a capitalized word ("10.Haute-Vienne", "3)Ville"). */
    private static final java.util.regex.Pattern GLUED_NUMBER = java.util.regex.Pattern.compile("\\d{1,2}[.)](?=\\p{Lu}\\p{Ll})");

    private Bullets() {
    }

    /**
     * Where a weak bullet opening the token at {@code i} ends: a dash or a number before a space, or at the
     * line's start a number drawn against the item's text ("10.Haute-Vienne Proximité"); 0 when there is none.
     */
    private static int weakEnd(String t, int i, String token, int tokenEnd) {
        if ((PdfText.isDashBullet(token) || PdfText.isNumberedBullet(token)) && tokenEnd < t.length()) {
            return tokenEnd;
        }
        if (i == 0) {
            java.util.regex.Matcher m = GLUED_NUMBER.matcher(token);
            return m.lookingAt() ? m.end() : 0;
        }
        return 0;
    }

    /**
     * Finds the bullet(s) opening the line. Strong bullets always count; dashes and numbers only when
     * {@code weakAllowed}. Gives the line with its bullet, and whether it starts with a weak bullet
     * (whether it was taken or not).
     */
    static Found mark(Line ln, boolean weakAllowed) {
        int bulletEnd = -1;
        float contentX = ln.x0;
        String t = ln.text;
        int i = 0;
        boolean weakSeen = false;
        while (i < t.length()) {
            char c = t.charAt(i);
            int tokenEnd = t.indexOf(' ', i);
            if (tokenEnd < 0) {
                tokenEnd = t.length();
            }
            String token = t.substring(i, tokenEnd);
            int after;
            int weakEnd = weakEnd(t, i, token, tokenEnd);
            if (PdfText.isBullet(String.valueOf(c))) {
                after = i + 1;
            } else if (weakEnd > 0) {
                weakSeen = true;
                if (!weakAllowed) {
                    break;
                }
                after = weakEnd;
            } else {
                break;
            }
            while (after < t.length() && t.charAt(after) == ' ') {
                after++;
            }
            if (after >= t.length()) {
                break;
            }
            if (bulletEnd < 0) {
                contentX = ln.charX[after];
            }
            i = after;
            bulletEnd = i;
        }
        if (bulletEnd > 0) {
            return new Found(ln.withBullet(bulletEnd, ln.charX[bulletEnd], contentX), weakSeen);
        }
        return new Found(ln.withBullet(-1, ln.x0, ln.x0), weakSeen);
    }
}
