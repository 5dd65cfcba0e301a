package fr.palmares.annotate;

import java.util.regex.Pattern;

/**
 * One whole sentence: an upper-case letter first, a lower-case one somewhere, and a lower-case letter,
 * a digit, "»" or ")" before the full stop, "!" or "?" that ends it, all on one line. What
 * {@code ^\p{Lu}.*\p{Ll}.*[\p{Ll}\d»)][.!?]$} matches, tested in one pass: the expression backtracks
 * over its two {@code .*} and takes the square of the line's length on every line that is no sentence.
 */
final class WholeSentence {
    /** The expression, for the texts the pass does not read (supplementary characters). */
    static final Pattern PATTERN = Pattern.compile("^\\p{Lu}.*\\p{Ll}.*[\\p{Ll}\\d»)][.!?]$");

    private WholeSentence() {
    }

    static boolean is(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return PATTERN.matcher(s).matches(); // the expression reads code points
            }
        }
        if (n < 4 || Character.getType(s.charAt(0)) != Character.UPPERCASE_LETTER) {
            return false;
        }
        char stop = s.charAt(n - 1);
        if (stop != '.' && stop != '!' && stop != '?') {
            return false;
        }
        char before = s.charAt(n - 2);
        if (Character.getType(before) != Character.LOWERCASE_LETTER && !(before >= '0' && before <= '9')
                && before != '»' && before != ')') {
            return false;
        }
        boolean lower = false;
        for (int i = 1; i <= n - 3; i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return false; // "." does not match a line terminator
            }
            lower |= Character.getType(c) == Character.LOWERCASE_LETTER;
        }
        return lower;
    }
}
