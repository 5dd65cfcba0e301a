package fr.palmares.load.pdf;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides, for a word broken at a line end after a hyphen ("dé-" / "matérialisation", "Aix-" /
 * "Marseille"), whether the hyphen was added by the hyphenation of the layout (dropped, the halves
 * joined) or belongs to the word (kept, the halves joined without a space). In order:
 * <ol>
 * <li>a hyphen drawn for a soft hyphen (the producer marked it as a hyphenation point) is dropped;</li>
 * <li>when the document marks its hyphenation points that way (soft hyphens, or U+2010 hyphens at
 * line ends), a plain '-' at a line end is a real hyphen: kept;</li>
 * <li>the second half starts with a capital letter or a digit (Aix-Marseille, Collec-Data, 2023-2024):
 * kept, unless both halves are in capitals and the joined word occurs elsewhere in the document;</li>
 * <li>the document itself decides: the hyphenated compound seen elsewhere on one line: kept; the
 * joined word seen elsewhere: dropped;</li>
 * <li>French compounds: a known first element (vice-, éco-, semi-, ex-, e-, visio-...) or second
 * element (-être, -même, -dire, pronouns...), or halves too short for a hyphenation (French
 * hyphenation leaves at least 2 letters before the break and 3 after it: "peut-" / "on"): kept;</li>
 * <li>otherwise the break is taken for a hyphenation: dropped ("dé-" + "matérialisation" gives
 * "dématérialisation").</li>
 * </ol>
 */
public final class Dehyphenator {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+(?:[-‐][\\p{L}\\p{M}]+)*");
    /** First elements of compounds that are not also common hyphenation syllables (unlike co-, pré-, ré-). */
    private static final Set<String> PREFIXES = Set.of("vice", "éco", "eco", "semi", "demi", "visio", "e", "ex",
            "porte", "garde", "arrière", "avant", "après", "saint", "sainte", "grand", "grande", "quasi", "start",
            "self", "open", "smart", "mini", "maxi");
    /** Second elements of compounds (pronouns after a verb, -même...). */
    private static final Set<String> SUFFIXES = Set.of("être", "même", "mêmes", "dire", "dessus", "dessous", "delà",
            "elle", "elles", "vous", "nous", "moi", "toi", "lui", "leur", "leurs", "ils", "data", "bourg", "bourgs");

    /** The document's lines, read for its vocabulary on the first break that needs it. */
    private final List<String> lines;
    private Set<String> words;
    private Set<String> compounds;
    private final boolean marksHyphenation;

    /**
     * @param lines every line of the document, for its vocabulary
     * @param marksHyphenation the document draws its hyphenation points differently from real hyphens
     */
    public Dehyphenator(List<String> lines, boolean marksHyphenation) {
        this.marksHyphenation = marksHyphenation;
        this.lines = lines;
    }

    /** The words and the hyphenated compounds of the document, off its line ends (most documents break none). */
    private void learn() {
        if (words != null) {
            return;
        }
        words = new HashSet<>();
        compounds = new HashSet<>();
        for (String line : lines) {
            Matcher m = WORD.matcher(line);
            while (m.find()) {
                boolean atEnd = m.end() < line.length() && PdfText.isHyphen(line.charAt(m.end()))
                        && m.end() + 1 == line.strip().length();
                String w = m.group().toLowerCase(Locale.ROOT).replace('‐', '-');
                if (atEnd) {
                    continue;
                }
                if (w.indexOf('-') >= 0) {
                    compounds.add(w);
                } else {
                    words.add(w);
                }
            }
        }
    }

    /**
     * @param left the text before the line-end hyphen (the hyphen excluded)
     * @param right the text of the next line
     * @param hyphen the hyphen character drawn
     * @param discretionary the hyphen was drawn for a soft hyphen
     * @return true to keep the hyphen
     */
    public boolean keepHyphen(String left, String right, char hyphen, boolean discretionary) {
        if (discretionary) {
            return false;
        }
        if (marksHyphenation && hyphen == '-') {
            return true;
        }
        String l = lastWord(left);
        String r = firstWord(right);
        if (l.isEmpty() || r.isEmpty()) {
            return true;
        }
        String ll = l.toLowerCase(Locale.ROOT);
        String rl = r.toLowerCase(Locale.ROOT);
        char r0 = right.strip().isEmpty() ? ' ' : right.strip().charAt(0);
        if (Character.isDigit(r0)) {
            return true;
        }
        learn();
        if (Character.isUpperCase(r0)) {
            boolean caps = l.equals(l.toUpperCase(Locale.ROOT)) && r.equals(r.toUpperCase(Locale.ROOT));
            return !(caps && words.contains(ll + rl) && !compounds.contains(ll + "-" + rl));
        }
        String lastPart = ll.substring(ll.lastIndexOf('-') + 1);
        if (compounds.contains(ll + "-" + rl) || compounds.contains(lastPart + "-" + rl)) {
            return true;
        }
        if (words.contains(lastPart + rl)) {
            return false;
        }
        if (PREFIXES.contains(lastPart) || SUFFIXES.contains(rl)) {
            return true;
        }
        // French hyphenation leaves at least 2 letters before the break and 3 after it.
        return lastPart.length() < 2 || rl.length() < 3;
    }

    private static String lastWord(String s) {
        int i = s.length();
        while (i > 0 && (Character.isLetter(s.charAt(i - 1)) || Character.getType(s.charAt(i - 1)) == Character.NON_SPACING_MARK
                || (PdfText.isHyphen(s.charAt(i - 1)) && i > 1 && Character.isLetter(s.charAt(i - 2))))) {
            i--;
        }
        return s.substring(i).replace('‐', '-');
    }

    private static String firstWord(String s) {
        String t = s.strip();
        int i = 0;
        while (i < t.length() && (Character.isLetter(t.charAt(i)) || Character.getType(t.charAt(i)) == Character.NON_SPACING_MARK)) {
            i++;
        }
        return t.substring(0, i);
    }
}
