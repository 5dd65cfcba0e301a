package fr.palmares.lexicon;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A text folded for matching, with the way back to the original: lower case, accents and ligatures
 * folded (é -> e, œ -> oe), typographic apostrophes, quotes and dashes made plain, every kind of space
 * made a plain space, zero-width characters and stray combining marks dropped. {@link #start(int)} and
 * {@link #end(int)} map a span of the folded text back to the original text, so that what the lexicon finds can be
 * shown where it was printed.
 */
public final class Folded {
    private final String original;
    private final String folded;
    /** For each folded char, the index of the original char it comes from. */
    private final int[] origin;

    private Folded(String original, String folded, int[] origin) {
        this.original = original;
        this.folded = folded;
        this.origin = origin;
    }

    private static final int SLOTS = 4096;
    private static final int LONGEST = 2000;
    /** The texts this thread folded last, a slot per hash: the stages fold the same line several times. */
    private static final ThreadLocal<Folded[]> RECENT = ThreadLocal.withInitial(() -> new Folded[SLOTS]);

    public static Folded of(String text) {
        if (text.length() > LONGEST) {
            return foldNow(text);
        }
        Folded[] recent = RECENT.get();
        int h = text.hashCode();
        int i = (h ^ (h >>> 16)) & (SLOTS - 1);
        Folded f = recent[i];
        if (f != null && f.original.equals(text)) {
            return f;
        }
        f = foldNow(text);
        recent[i] = f;
        return f;
    }

    private static Folded foldNow(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        int[] map = new int[text.length() * 3 + 1];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 128) {
                // what foldChar gives, one char, without making a string of it
                if (n == map.length) {
                    map = java.util.Arrays.copyOf(map, map.length * 2);
                }
                sb.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c == '\t' || c == '\n' ? ' ' : c);
                map[n++] = i;
                continue;
            }
            String f = foldChar(c);
            for (int k = 0; k < f.length(); k++) {
                if (n == map.length) {
                    map = java.util.Arrays.copyOf(map, map.length * 2);
                }
                sb.append(f.charAt(k));
                map[n++] = i;
            }
        }
        return new Folded(text, sb.toString(), java.util.Arrays.copyOf(map, n));
    }

    /** The folded form of one string, for keys and comparisons. */
    public static String fold(String text) {
        return of(text).folded;
    }

    public String original() {
        return original;
    }

    public String text() {
        return folded;
    }

    public int length() {
        return folded.length();
    }

    /** The original index of the folded char at {@code i} (the original length at the end). */
    public int start(int i) {
        return i >= origin.length ? original.length() : origin[i];
    }

    /** The original end index (exclusive) of a span of the folded text ending at {@code end}. */
    public int end(int end) {
        if (end <= 0) {
            return 0;
        }
        return end > origin.length ? original.length() : origin[end - 1] + 1;
    }

    /** The original text of a span of the folded text. */
    public String originalOf(int start, int end) {
        return original.substring(start(start), end(end));
    }

    private static final String[] CACHE = new String[0x2100];

    private static String foldChar(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? String.valueOf((char) (c + 32)) : c == '\t' || c == '\n' ? " " : String.valueOf(c);
        }
        if (c < CACHE.length) {
            String f = CACHE[c];
            if (f == null) {
                f = compute(c);
                CACHE[c] = f;
            }
            return f;
        }
        return compute(c);
    }

    private static String compute(char c) {
        switch (c) {
            case '\u2019': case '\u2018': case '\u02BC': case '\u00B4': case '\u2032': case '`':
                return "'";
            case '\u201C': case '\u201D': case '\u201E': case '\u00AB': case '\u00BB': case '\u2039': case '\u203A':
                return "\"";
            case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2015': case '\u2212':
                return "-";
            case '\u00A0': case '\u202F': case '\u2007': case '\u2009': case '\u2002': case '\u2003': case '\u200A':
            case '\u3000':
                return " ";
            case '\u200B': case '\u00AD': case '\uFEFF': case '\u200C': case '\u200D':
                return "";
            case 'œ': case 'Œ':
                return "oe";
            case 'æ': case 'Æ':
                return "ae";
            case 'ß':
                return "ss";
            default:
                break;
        }
        String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < d.length(); i++) {
            char x = d.charAt(i);
            if (Character.getType(x) != Character.NON_SPACING_MARK && Character.getType(x) != Character.ENCLOSING_MARK
                    && Character.getType(x) != Character.COMBINING_SPACING_MARK) {
                sb.append(x);
            }
        }
        String s = sb.toString().toLowerCase(Locale.ROOT);
        return s;
    }

    @Override
    public String toString() {
        return folded;
    }
}
