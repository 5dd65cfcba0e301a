package fr.palmares.parse;

import fr.palmares.model.Text;
import java.util.regex.Pattern;

/** Cleans names and titles as printed: leading verbs and articles, quotes, "Pour le projet", punctuation. */
public final class Cleaning {
    private static final Pattern NAME_LEAD = Pattern.compile(
            "^(?:(?:label\\s+(?:d'|de\\s+)?\\S+\\s+)?(?:attribu[ée]e?s?|d[ée]cern[ée]e?s?|remis)\\s+)?"
                    + "(?:[àa]\\s+(?=\\p{L})|au\\s+|aux\\s+)?",
            Pattern.CASE_INSENSITIVE);
    /** A leading article: dropped when lower case, or before a type noun ("La Ville de X"). */
    private static final Pattern ARTICLE = Pattern.compile("^(?:(?:la|le|les)\\s+|l['’]\\s*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern TITLE_LEAD = Pattern.compile(
            "^(?:pour\\s+)?(?:(?:le|son|leur|un)\\s+)?projet\\s*(?::\\s*)?(?=[«\"“'‘\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EDGE_PUNCT = Pattern.compile("^[\\s:;,\\-–—•*]+|[\\s:;,\\-–—•*]+$");

    private Cleaning() {
    }

    /** "attribué à la Ville de Paris" -> "Ville de Paris"; "le Hub du Sud" -> "Hub du Sud". */
    public static String name(String printed) {
        String s = Text.collapse(printed.replace('\n', ' '));
        s = EDGE_PUNCT.matcher(s).replaceAll("");
        s = NAME_LEAD.matcher(s).replaceFirst("");
        java.util.regex.Matcher a = ARTICLE.matcher(s);
        if (a.find() && a.end() < s.length()) {
            String rest = s.substring(a.end());
            boolean lowerArticle = Character.isLowerCase(s.charAt(0));
            if (lowerArticle || startsWithTypeNoun(rest)) {
                s = rest;
            }
        }
        s = EDGE_PUNCT.matcher(s).replaceAll("");
        if (!s.isEmpty() && Character.isLowerCase(s.charAt(0)) && startsWithTypeNoun(s)) {
            s = Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }
        return s;
    }

    private static boolean startsWithTypeNoun(String s) {
        return Text.fold(s).matches("^(ville|commune|mairie|metropole|communaute|departement|conseil|region"
                + "|syndicat|parc|office|comite|direction|agglomeration)\\b.*");
    }

    /** "Ville" + "Épernay" -> "Ville d'Épernay"; "Métropole" + "Brest" -> "Métropole de Brest". */
    public static String ofPlace(String type, String place) {
        boolean elide = !place.isEmpty() && "AEIOUYHÉÈÊÎÔÂ".indexOf(Character.toUpperCase(place.charAt(0))) >= 0;
        return type + (elide ? " d'" : " de ") + place;
    }

    /** "Pour le projet « X »" -> "X"; surrounding quotes dropped, inner ones kept. */
    public static String title(String printed) {
        String s = Text.collapse(printed.replace('\n', ' '));
        s = TITLE_LEAD.matcher(s).replaceFirst("");
        if (s.startsWith("«") && s.indexOf('»') > 0 && s.substring(s.indexOf('»') + 1).matches("[\\s.,;:!]*")) {
            s = s.substring(0, s.indexOf('»') + 1);
        }
        s = EDGE_PUNCT.matcher(s).replaceAll("");
        s = Text.stripQuotes(s);
        if (s.matches("^[«\"“].*[»\"”]$")) {
            s = Text.stripQuotes(s.replaceAll("^[«\"“]\\s*", "«").replaceAll("\\s*[»\"”]$", "»"));
        }
        return s.strip();
    }

    /** A category as printed, without numbering, markup or trailing colon. */
    public static String category(String printed) {
        String s = Text.collapse(printed.replace('\n', ' '));
        s = s.replaceAll("(?i)^(?:cat[ée]gorie|th[èe]me)\\s*(?:\\d+\\s*)?[:\\-–]?\\s*", "");
        s = s.replaceAll("^(?:\\d{1,2}|[IVX]{1,4})\\s*[.)\\-–]\\s+", "");
        return Text.stripQuotes(EDGE_PUNCT.matcher(s).replaceAll("").strip());
    }
}
