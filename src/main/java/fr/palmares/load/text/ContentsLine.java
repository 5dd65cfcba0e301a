package fr.palmares.load.text;

import java.util.regex.Pattern;

/**
 * A line of a table of contents: a title then its page number at the end of the line, after dot
 * leaders ("Le jury ..... 4", "Le jury … 4") or after a visual gap ("Le jury\t4").
 */
public final class ContentsLine {
    private static final Pattern LEADERS = Pattern.compile(".*\\S.*?(?:\\.{3,}|…+|(?:\\. ){3,}|(?:· ?){3,})[\\s.…]*\\d{1,3}\\s*");
    private static final Pattern GAP_NUMBER = Pattern.compile(".*\\p{L}.*\\t\\s*\\d{1,3}\\s*");

    private ContentsLine() {
    }

    /** Dot leaders then a page number at the end. */
    public static boolean hasLeaders(String line) {
        // The expression backtracks a lot on long lines: it runs only when the line can match at all.
        return endsWithDigit(line) && (line.contains("...") || line.contains("…") || line.contains(". . ")
                || line.contains("·")) && LEADERS.matcher(line).matches();
    }

    /** Dot leaders, or a visual gap, then a page number at the end. */
    public static boolean endsWithPageNumber(String line) {
        return hasLeaders(line) || endsWithDigit(line) && line.indexOf('\t') >= 0 && GAP_NUMBER.matcher(line).matches();
    }

    /**
     * The last character that is not white space (in the sense of the expressions' {@code \s}) is an ASCII
     * digit: what every page-number expression needs, checked without backtracking.
     */
    public static boolean endsWithDigit(CharSequence text) {
        int i = text.length() - 1;
        while (i >= 0 && isSpace(text.charAt(i))) {
            i--;
        }
        return i >= 0 && text.charAt(i) >= '0' && text.charAt(i) <= '9';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
