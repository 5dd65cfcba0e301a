package fr.palmares.annotate;

import fr.palmares.model.Regexes;
import java.util.regex.Pattern;

/**
 * Text drawn letter by letter ("L A B E L   D ’ O R") joined again ("LABEL D’OR"): runs of single
 * characters separated by single spaces become words, wider gaps stay as spaces. Lines whose tokens
 * are not mostly single characters are left as they are.
 */
final class LetterSpacing {
    private static final Pattern SPLIT_WORDS = Pattern.compile("\\s{2,}");

    private LetterSpacing() {
    }

    /** The line's text, joined where it was drawn letter by letter (the gaps between words kept from its spans). */
    static String join(fr.palmares.model.Line line) {
        String text = line.text();
        StringBuilder raw = new StringBuilder();
        line.spans().forEach(s -> raw.append(s.text()));
        String joined = join(raw.toString().replace('\u00A0', ' '));
        return joined.equals(raw.toString().replace('\u00A0', ' ')) ? text : joined;
    }

    static String join(String text) {
        String[] tokens = Regexes.split(text.strip(), "\\s+");
        int single = 0;
        for (String t : tokens) {
            if (t.codePointCount(0, t.length()) == 1) {
                single++;
            }
        }
        if (single < 4 || single * 10 < tokens.length * 7) {
            return text;
        }
        StringBuilder sb = new StringBuilder();
        for (String word : SPLIT_WORDS.split(text.strip())) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(word.replace(" ", ""));
        }
        return sb.toString();
    }
}
