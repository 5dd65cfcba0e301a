package fr.palmares.parse;

import fr.palmares.model.Medal;
import fr.palmares.model.Text;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Label d'or attribué à la Ville de Paris Pour le projet « Démat'URBA »": the sentence that yearbook
 * pages (and some releases) use to credit one award.
 */
public final class AwardSentence {
    private static final Pattern SENTENCE = Pattern.compile(
            "^\\W*(?:le\\s+)?(?:label|m[ée]daille|prix|distinction)\\s+(?:«[^»]*»\\s+)?(d['’]\\s*or|d['’]\\s*argent|de\\s+bronze|or|argent|bronze|gold|silver)"
                    + "\\s+(?:a\\s+[ée]t[ée]\\s+|est\\s+)?(?:attribu[ée]e?s?|d[ée]cern[ée]e?s?|remise?s?|accord[ée]e?s?)"
                    + "\\s+(?:[àa]|au|aux)\\s+(.+?)\\s*(?:[,:]?\\s*\\b(?:pour|au titre de)\\s+(?:le|son|leur|un)\\s+projet\\b\\s*:?\\s*(.*))?$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern PROJECT_LINE = Pattern.compile(
            "^\\W*(?:pour|au titre de)\\s+(?:le|son|leur|un)\\s+projet\\b\\s*:?\\s*(.+)$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private AwardSentence() {
    }

    /** What the sentence says; {@code project} is null when it is on the next line. */
    public record Award(Medal medal, String names, String project) {
    }

    public static Optional<Award> read(String text) {
        String t = Text.collapse(text.replace('\n', ' '));
        Matcher m = SENTENCE.matcher(t);
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<Medal> medal = Medal.parse(m.group(1).replace('’', '\''));
        String project = m.group(3) == null || m.group(3).isBlank() ? null : m.group(3);
        return medal.map(md -> new Award(md, "à " + m.group(2), project));
    }

    /** "Pour le projet « X »" on a line of its own: X. */
    public static Optional<String> projectLine(String text) {
        Matcher m = PROJECT_LINE.matcher(Text.collapse(text.replace('\n', ' ')));
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
