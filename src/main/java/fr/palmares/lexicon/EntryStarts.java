package fr.palmares.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the entries of one vocabulary can match in a folded text, found without running their whole
 * alternation at every character. A position is tried only where an entry may start: not right after a
 * letter or a digit when every entry opens with {@link RuleFile#WORD_START}, and only with the entries
 * that can begin with the character there (found once per character: an entry can begin with {@code c}
 * when it matches {@code "c"} or runs out of input on it), then with the entries of those that can begin
 * with the two characters there (ASCII ones, found once per pair). The same positions and the same entries as
 * the alternation of all entries, tried left to right, in the order the rule files give them.
 * Thread-safe: the entries per character are computed on first use and never change.
 */
final class EntryStarts {
    /** The entries that can match from one character, and their alternation ({@code null} when there are none). */
    record Bucket(List<RuleFile.Entry> entries, Pattern any) {
    }

    private static final int TABLE = 0x800;
    /** Two characters below this (the folded text's ASCII) narrow the entries of their first one further. */
    private static final int PAIRS = 0x80;

    private final List<RuleFile.Entry> entries;
    private final boolean wordStart;
    private final Bucket all;
    private final Bucket[] table = new Bucket[TABLE];
    private final Map<Character, Bucket> others = new ConcurrentHashMap<>();
    /** The entries per two ASCII characters, by the first then the second, computed on first use. */
    private final Bucket[][] pairs = new Bucket[PAIRS][];

    EntryStarts(List<RuleFile.Entry> entries) {
        this.entries = List.copyOf(entries);
        this.wordStart = !entries.isEmpty()
                && entries.stream().allMatch(e -> e.pattern().pattern().startsWith(RuleFile.WORD_START));
        this.all = bucket(this.entries);
    }

    /** All the entries, in the rule files' order. */
    List<RuleFile.Entry> entries() {
        return entries;
    }

    /**
     * The entries that may match at {@code p}; {@code null} when none can (right after a letter or a
     * digit, or no entry begins with the character there, or with the two characters there).
     */
    Bucket at(String s, int p) {
        if (p >= s.length()) {
            return all.any == null ? null : all; // only an entry that matches nothing could: let the patterns say
        }
        char c = s.charAt(p);
        if (Character.isSurrogate(c)) {
            return all.any == null ? null : all;
        }
        if (wordStart && p > 0) {
            char b = s.charAt(p - 1);
            if (!Character.isSurrogate(b) && isLetterOrNumber(b)) {
                return null;
            }
        }
        Bucket k;
        if (c < TABLE) {
            k = table[c];
            if (k == null) {
                k = bucketFor(c);
                table[c] = k; // a benign race: every thread computes the same bucket
            }
        } else {
            k = others.computeIfAbsent(c, this::bucketFor);
        }
        if (k.any == null) {
            return null;
        }
        if (p + 1 < s.length() && c < PAIRS && s.charAt(p + 1) < PAIRS) {
            char d = s.charAt(p + 1);
            Bucket[] row = pairs[c];
            if (row == null) {
                row = new Bucket[PAIRS];
                pairs[c] = row;
            }
            Bucket two = row[d];
            if (two == null) {
                two = narrowed(new String(new char[] {c, d}), k);
                row[d] = two;
            }
            return two.any == null ? null : two;
        }
        return k;
    }

    /**
     * The first position from {@code from} where an entry matches, or -1, as {@code find(from)} of the
     * alternation of all entries gives it.
     */
    int find(String s, int from, Map<Pattern, Matcher> matchers) {
        for (int p = from; p <= s.length(); p++) {
            Bucket k = at(s, p);
            if (k != null && matches(k.any, s, p, matchers)) {
                return p;
            }
        }
        return -1;
    }

    /** A fresh map of matchers, one per pattern, reused over the positions of one text. */
    static Map<Pattern, Matcher> matchers() {
        return new HashMap<>(8);
    }

    /** Whether the pattern matches at {@code p} (looking behind {@code p} as a search over the whole text does). */
    static boolean matches(Pattern pattern, String s, int p, Map<Pattern, Matcher> matchers) {
        Matcher m = matchers.computeIfAbsent(pattern, x -> x.matcher(s));
        m.region(p, s.length());
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        return m.lookingAt();
    }

    /** {@link #isLetterOrNumber} of the ASCII characters, looked up: it is asked of nearly every character. */
    private static final boolean[] ASCII_LETTER_OR_NUMBER = new boolean[0x80];

    static {
        for (char c = 0; c < 0x80; c++) {
            ASCII_LETTER_OR_NUMBER[c] = byType(c);
        }
    }

    /** The Unicode classes of {@code [\p{L}\p{N}]}, as the regular expressions read them. */
    static boolean isLetterOrNumber(char c) {
        return c < 0x80 ? ASCII_LETTER_OR_NUMBER[c] : byType(c);
    }

    private static boolean byType(char c) {
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    private Bucket bucketFor(char c) {
        return narrowed(String.valueOf(c), all);
    }

    /**
     * The entries of {@code from} that can begin with {@code prefix}: that match it or run out of input on
     * it, as an entry that matches at a position of a longer text matches or runs out on the text's first
     * characters there ({@code from} itself when all can).
     */
    private static Bucket narrowed(String prefix, Bucket from) {
        List<RuleFile.Entry> out = new ArrayList<>();
        for (RuleFile.Entry e : from.entries()) {
            Matcher m = e.pattern().matcher(prefix);
            if (m.lookingAt() || m.hitEnd()) {
                out.add(e);
            }
        }
        return out.size() == from.entries().size() ? from : bucket(out);
    }

    private static Bucket bucket(List<RuleFile.Entry> list) {
        return new Bucket(List.copyOf(list), list.isEmpty() ? null : Pattern.compile(Lexicon.alternation(list)));
    }
}
