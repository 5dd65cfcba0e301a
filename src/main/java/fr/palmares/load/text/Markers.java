package fr.palmares.load.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The marks that open a line without being its text: list bullets ("-", "*", "•", "▪", "→", "✓", "►",
 * an emoji used as a bullet), list numbers ("1.", "2)", "a)"), quotation marks of e-mail quotes and
 * Markdown ("> ", "> > ", ">>"), and their combinations ("- >"). The mark is kept as found (spaces
 * collapsed) so that the core can still read it; the text is what follows it.
 */
public final class Markers {
    /** Symbols that are bullets whatever follows them. */
    private static final String SYMBOLS = "•◦▪▫■□●○◆◇►▸▶▹▻➢➣➤➔➜➙➛→⇒⟶✓✔✗✘☐☑☒❖∙·⁃※♦❯";
    /** Signs that are bullets only when a space follows ("-" in "Aix-Marseille" is not). */
    private static final String SIGNS = "-*+–—";
    private static final Pattern NUMBER = Pattern.compile("(?:\\d{1,2}[.)]|[a-z]\\))(?=\\s)");

    /** What opens a line: its marker (null when none), how many quote levels it has, and the text after. */
    public record Marked(String marker, int quoteDepth, boolean listMarker, String rest) {
        public boolean hasMarker() {
            return marker != null;
        }
    }

    private Markers() {
    }

    /**
     * Splits the marks off the start of a line (leading white space already removed).
     *
     * @param signs whether "-", "*", "+", dashes and numbers count (plain text; Markdown has parsed its own)
     */
    public static Marked split(String line, boolean signs) {
        StringBuilder marker = new StringBuilder();
        int depth = 0;
        boolean list = false;
        int i = 0;
        String s = line;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int len = Character.charCount(cp);
            int next = i + len;
            boolean spaced = next >= s.length() || Character.isWhitespace(s.charAt(next)) || s.charAt(next) == '\u00A0';
            String token = null;
            if (cp == '>' && !list) {
                token = ">";
                depth++;
            } else if (cp == '>' && spaced) {
                token = ">"; // "- >": a decorative arrow after a bullet
            } else if (SYMBOLS.indexOf(cp) >= 0 && cp <= 0xFFFF || isEmojiBullet(cp)) {
                token = new String(Character.toChars(cp));
                list = true;
            } else if (signs && SIGNS.indexOf(cp) >= 0 && cp <= 0xFFFF && spaced && next < s.length()) {
                token = new String(Character.toChars(cp));
                list = true;
            } else if (signs && marker.length() == 0) {
                Matcher m = NUMBER.matcher(s).region(i, s.length());
                if (m.lookingAt()) {
                    token = m.group();
                    next = m.end();
                    list = true;
                }
            }
            if (token == null) {
                break;
            }
            boolean glued = marker.length() > 0 && i > 0 && !Character.isWhitespace(s.charAt(i - 1));
            if (marker.length() > 0 && !glued) {
                marker.append(' ');
            }
            marker.append(token);
            i = next;
            while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\u00A0')) {
                i++;
            }
        }
        String rest = s.substring(i);
        if (marker.length() == 0 || rest.isBlank()) {
            return new Marked(null, 0, false, line);
        }
        return new Marked(marker.toString(), depth, list, rest);
    }

    /** A pictograph (emoji) that opens a line as a bullet: 🏆, 🥇, ⭐, ✅, 👉... */
    static boolean isEmojiBullet(int cp) {
        return cp >= 0x1F300 && cp <= 0x1FAFF || cp >= 0x2600 && cp <= 0x27BF && Character.getType(cp) == Character.OTHER_SYMBOL
                || cp == 0x2B50 || cp == 0x2B55 || cp == 0x2705;
    }
}
