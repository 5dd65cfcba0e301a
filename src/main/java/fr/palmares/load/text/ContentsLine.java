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
        return LEADERS.matcher(line).matches();
    }

    /** Dot leaders, or a visual gap, then a page number at the end. */
    public static boolean endsWithPageNumber(String line) {
        return hasLeaders(line) || GAP_NUMBER.matcher(line).matches();
    }
}
