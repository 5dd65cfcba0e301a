package fr.palmares.assemble;

import fr.palmares.model.Regexes;
import fr.palmares.model.Text;
import java.util.regex.Pattern;

/** Cleans categories and titles as printed: numbering, labels, quotes, edge punctuation. */
public final class Cleaning {
    /** "Catégorie 3 :", "CATÉGORIE 6/6 –", "Thème n°2 -": the label and its number. */
    private static final Pattern CATEGORY_LABEL = Pattern.compile(
            "(?iu)^(?:cat[ée]gorie|th[èe]me|th[ée]matique)s?\\s*(?:n[°o]\\s*)?(?:(?:\\d{1,2}|[IVX]{1,4})\\b(?:\\s*/\\s*\\d{1,2})?\\s*)?[:\\-–—.]?\\s*");
    /** "3.", "04 /", "II –", "2/6 -": a number before the category. */
    private static final Pattern NUMBERING = Pattern.compile(
            "^(?:n[°o]\\s*)?(?:\\d{1,2}|[IVX]{1,4})\\b(?:\\s*/\\s*\\d{1,2})?\\s*[.)/:\\-–—]\\s+");
    private static final Pattern EDGE_PUNCT = Pattern.compile("^[\\s:;,\\-–—•*]+|[\\s:;,\\-–—•*]+$");
    private static final Pattern TITLE_LEAD = Pattern.compile(
            "^(?:pour\\s+)?(?:(?:le|son|leur|un)\\s+)?projet\\s*(?::\\s*)?(?=[«\"“'‘\\p{L}\\d])", Pattern.CASE_INSENSITIVE);

    private Cleaning() {
    }

    public static String category(String printed) {
        String s = Text.collapse(printed.replace('\n', ' '));
        s = CATEGORY_LABEL.matcher(s).replaceFirst("");
        s = NUMBERING.matcher(s).replaceFirst("");
        return Text.stripQuotes(EDGE_PUNCT.matcher(s).replaceAll("").strip());
    }

    /** "Pour le projet « X »" -> "X"; surrounding quotes dropped, inner ones kept. */
    public static String title(String printed) {
        String s = Text.collapse(printed.replace('\n', ' '));
        s = TITLE_LEAD.matcher(s).replaceFirst("");
        if (s.startsWith("«") && s.indexOf('»') > 0 && Regexes.matches(s.substring(s.indexOf('»') + 1), "[\\s.,;:!]*")) {
            s = s.substring(0, s.indexOf('»') + 1);
        }
        s = EDGE_PUNCT.matcher(s).replaceAll("");
        s = Text.stripQuotes(s);
        return s.strip();
    }
}
