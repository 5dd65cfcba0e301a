package fr.palmares.parse;

import fr.palmares.model.Medal;
import fr.palmares.model.Text;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How documents name medals: headings, trailing marks, award sentences. */
public final class MedalPhrases {
    private static final String MEDAL = "(or|argent|bronze|gold|silver)";
    /** "LABEL OR :", "Label d'argent", "LABEL DE BRONZE", "Médaille d'or", "Or" (whole heading). */
    private static final Pattern HEADING = Pattern.compile(
            "^(?:(?:labels?(?: territoires? innovants?)?|medailles?|prix|distinctions?|niveau|laureats?)\\s*(?:d'|de\\s+)?)?"
                    + MEDAL + "\\s*:?$");
    /** "LABEL OR – MODERNISER LE SERVICE PUBLIC": medal then category. */
    private static final Pattern HEADING_WITH_CATEGORY = Pattern.compile(
            "^(?:labels?|medailles?|prix)\\s*(?:d'|de\\s+)?" + MEDAL + "\\s*[-:–|/]\\s*(.+)$");
    /** "(label or)", "(bronze)", "- label argent" at the end of an item. */
    private static final Pattern TRAILING = Pattern.compile(
            "\\s*[-–(\\[]\\s*(?:labels?\\s*(?:d'|de\\s+)?)?" + MEDAL + "\\s*[)\\]]?\\s*$", Pattern.CASE_INSENSITIVE);
    /** "label d'or attribué à", "labels Or", "label Or", "médaille d'argent". */
    private static final Pattern IN_SENTENCE = Pattern.compile(
            "\\b(?:labels?|medailles?|prix)\\s*(?:d'|de\\s+)?" + MEDAL + "\\b");

    private MedalPhrases() {
    }

    /** The medal of a heading that only names a medal. */
    public static Optional<Medal> heading(String text) {
        Matcher m = HEADING.matcher(Text.fold(text).replaceAll("[*_]", "").strip());
        return m.matches() ? Medal.parse(m.group(1)) : Optional.empty();
    }

    /** Medal and category of a heading such as "LABEL OR – MODERNISER LE SERVICE PUBLIC". */
    public static Optional<MedalAndRest> headingWithCategory(String text) {
        String plain = Text.plainTypography(text).strip();
        Matcher m = HEADING_WITH_CATEGORY.matcher(Text.fold(plain));
        if (!m.matches()) {
            return Optional.empty();
        }
        int sep = indexOfSeparator(plain);
        String rest = sep < 0 ? "" : plain.substring(sep + 1).strip();
        return Medal.parse(m.group(1)).map(md -> new MedalAndRest(md, rest));
    }

    private static int indexOfSeparator(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '-' || c == ':' || c == '|' || c == '/') {
                return i;
            }
        }
        return -1;
    }

    /** A medal mark at the end of a text, and the text without it. */
    public static Optional<MedalAndRest> trailing(String text) {
        Matcher m = TRAILING.matcher(text);
        if (m.find() && (text.substring(m.start()).contains("(") || text.substring(m.start()).contains("[")
                || Text.fold(text.substring(m.start())).contains("label"))) {
            String rest = text.substring(0, m.start()).strip().replaceAll("\\s*[-–]\\s*$", "").strip();
            return Medal.parse(m.group(1)).map(md -> new MedalAndRest(md, rest));
        }
        return Optional.empty();
    }

    /** The first medal named in a sentence ("label d'or", "labels Or"). */
    public static Optional<Medal> inSentence(String text) {
        Matcher m = IN_SENTENCE.matcher(Text.fold(text));
        return m.find() ? Medal.parse(m.group(1)) : Optional.empty();
    }

    /** A medal and the text that went with it. */
    public record MedalAndRest(Medal medal, String rest) {
    }
}
