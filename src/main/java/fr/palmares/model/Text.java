package fr.palmares.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small text utilities shared by every stage: whitespace, typography and folding. */
public final class Text {
    private static final Pattern GUILLEMET_OPEN = Pattern.compile("[«‹]\\s*");
    private static final Pattern GUILLEMET_CLOSE = Pattern.compile("\\s*[»›]");
    private static final Pattern SPACE_BEFORE_PUNCT = Pattern.compile("\\s+([:;!?])");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Text() {
    }

    /** Collapses every run of white space (non-breaking ones included) to one space, and trims. */
    public static String collapse(String s) {
        // What a replaceAll of [\s\u00A0\u202F\u2007\u2009\u200B]+ by " " and a strip() give, by hand: a
        // string with no run to replace (only single plain spaces) is not copied.
        int n = s.length();
        StringBuilder sb = null;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                int j = i + 1;
                while (j < n && isSpace(s.charAt(j))) {
                    j++;
                }
                if (sb == null) {
                    if (c == ' ' && j == i + 1) {
                        continue;
                    }
                    sb = new StringBuilder(n);
                    sb.append(s, 0, i);
                }
                sb.append(' ');
                i = j - 1;
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return (sb == null ? s : sb.toString()).strip();
    }

    /** A white space of {@link #collapse}: regex {@code \\s}, the non-breaking and the zero-width spaces. */
    private static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r') || c == '\u00A0' || c == '\u202F' || c == '\u2007' || c == '\u2009'
                || c == '\u200B';
    }

    /** Like {@link #collapse} but keeps "\n" line breaks and "\t" cell separators. */
    public static String collapseLines(String s) {
        if (isCollapsedLines(s)) {
            return s; // most lines: single spaces between words, nothing at the edges of a part
        }
        String[] lines = s.split("\n", -1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                sb.append('\n');
            }
            String[] cells = lines[i].split("\t", -1);
            for (int j = 0; j < cells.length; j++) {
                if (j > 0) {
                    sb.append('\t');
                }
                sb.append(collapse(cells[j]));
            }
        }
        return sb.toString().strip();
    }

    /**
     * Whether {@link #collapseLines} would give the text back as it is: no white space but single plain
     * spaces inside the parts, none at the edges of a part or of the text, no line break or cell
     * separator at either end.
     */
    private static boolean isCollapsedLines(String s) {
        int n = s.length();
        char prev = '\n'; // a part starts
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\t') {
                if (i == 0 || i == n - 1 || prev == ' ') {
                    return false;
                }
            } else if (c == ' ') {
                if (prev == ' ' || prev == '\n' || prev == '\t' || i == n - 1) {
                    return false;
                }
            } else if (c < ' ' || (c >= 0x7F && (isSpace(c) || Character.isWhitespace(c)))) {
                return false; // what collapse or strip may change: the long way
            }
            prev = c;
        }
        return true;
    }

    /** Typographic quotes, apostrophes and dashes to plain ones, ligatures expanded. */
    public static String plainTypography(String s) {
        return s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02BC', '\'').replace('\u00B4', '\'')
                .replace('\u201C', '"').replace('\u201D', '"').replace('\u201E', '"')
                .replace('\u2013', '-').replace('\u2014', '-').replace('\u2011', '-').replace('\u2010', '-')
                .replace("\uFB01", "fi").replace("\uFB02", "fl").replace("\uFB00", "ff")
                .replace("\uFB03", "ffi").replace("\uFB04", "ffl");
    }

    /**
     * A light key for substring search: lower case, accents and typographic apostrophes folded, spaces
     * collapsed; ASCII text takes a fast path (no Unicode normalization).
     */
    public static String searchKey(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F') {
                space = sb.length() > 0;
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            if (c < 128) {
                sb.append(Character.toLowerCase(c));
            } else if (c < 0x0250 && LATIN_FOLD[c] != null) {
                sb.append(LATIN_FOLD[c]);
            } else {
                sb.append(fold(String.valueOf(c)));
            }
        }
        return sb.toString();
    }

    /** Folded forms of the Latin-1 and Latin Extended-A/B characters, computed once. */
    private static final String[] LATIN_FOLD = new String[0x0250];

    static {
        for (char c = 128; c < 0x0250; c++) {
            LATIN_FOLD[c] = stripAccents(plainTypography(String.valueOf(c))).toLowerCase(Locale.ROOT);
        }
    }

    /** Removes accents (é -> e, œ -> oe). */
    public static String stripAccents(String s) {
        if (isAscii(s)) {
            return s; // nothing to decompose, no mark to drop
        }
        String d = Normalizer.normalize(s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE"),
                Normalizer.Form.NFD);
        return MARKS.matcher(d).replaceAll("");
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** Folds case, accents, typography and spaces: the comparison key of the contract. */
    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        if (s.length() > FOLD_LONGEST) {
            return foldNow(s);
        }
        String[] recent = RECENT_FOLDS.get();
        int h = s.hashCode();
        int i = ((h ^ (h >>> 16)) & (FOLD_SLOTS - 1)) * 2;
        if (s.equals(recent[i])) {
            return recent[i + 1];
        }
        String t = foldNow(s);
        recent[i] = s;
        recent[i + 1] = t;
        return t;
    }

    private static final int FOLD_SLOTS = 2048;
    private static final int FOLD_LONGEST = 2000;
    /** The texts this thread folded last and their keys, a slot per hash: the same names are folded again and again. */
    private static final ThreadLocal<String[]> RECENT_FOLDS = ThreadLocal.withInitial(() -> new String[2 * FOLD_SLOTS]);

    private static String foldNow(String s) {
        String t = collapse(stripAccents(plainTypography(s)).toLowerCase(Locale.ROOT));
        t = stripQuotes(t);
        t = GUILLEMET_OPEN.matcher(GUILLEMET_CLOSE.matcher(t).replaceAll("\"")).replaceAll("\"");
        return SPACE_BEFORE_PUNCT.matcher(t).replaceAll("$1");
    }

    /** Drops quotes that surround the whole text (« », " ", ' '), repeatedly. */
    public static String stripQuotes(String s) {
        String t = s.strip();
        boolean changed = true;
        while (changed && t.length() >= 2) {
            changed = false;
            char a = t.charAt(0);
            char b = t.charAt(t.length() - 1);
            if ((a == '«' && b == '»') || (a == '"' && b == '"') || (a == '\u201C' && b == '\u201D')
                    || (a == '\'' && b == '\'')) {
                String inner = t.substring(1, t.length() - 1).strip();
                if (!inner.isEmpty()) {
                    t = inner;
                    changed = true;
                }
            }
        }
        return t;
    }

    /** True when the text has letters and none of them is lower case. */
    public static boolean isUpper(String s) {
        boolean letter = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
                if (Character.isLowerCase(c)) {
                    return false;
                }
            }
        }
        return letter;
    }

    public static int wordCount(String s) {
        // the pieces split("\\s+") gives of the stripped text, counted without making them
        String t = s.strip();
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (!space && !inWord) {
                n++;
            }
            inWord = !space;
        }
        return n;
    }
}
