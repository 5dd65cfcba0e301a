package fr.palmares.parse;

import fr.palmares.annotate.NameOracle;
import fr.palmares.model.Text;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The printed forms of collectivité names ("Ville de X", "X Métropole", "Communauté de communes X",
 * "Syndicat ...", "Conseil départemental de X"...), recognized without any list of names: a type noun
 * at the start (or a Métropole/Agglo word at the end) and a proper-name shape for the rest (capitalized
 * words, connectors, a trailing number), so that "Région Rhône-Alpes 500 destinations…" is not a name.
 */
public final class NameForms implements NameOracle {
    /** Type nouns, folded (no accents, lower case). */
    static final String TYPE_NOUNS = "ville|commune|communes|mairie|metropole|eurometropole|agglomeration|agglo"
            + "|communaute d'agglomeration|communaute de communes|communaute urbaine|communaute d'agglo"
            + "|departement|conseil departemental|conseil general|conseil regional|region|collectivite"
            + "|syndicat mixte|syndicat intercommunal|syndicat|sivu|sivom|sdis|petr|pays|parc naturel regional|pnr"
            + "|office (?:du|de) tourisme|comite departemental|comite regional|direction departementale"
            + "|direction regionale|prefecture|etablissement public territorial|territoire de";

    private static final Pattern PREFIX = Pattern.compile(
            "^(?:(?:la|le|les|l'|au|a la|a l')\\s*)?(" + TYPE_NOUNS + ")\\b(.*)$");
    private static final Pattern SUFFIX = Pattern.compile(
            "^(.+?)\\s+(metropole|agglo|agglomeration|communaute|ca|cc|cu)(\\s+\\S+)?$");
    private static final Pattern ACRONYM = Pattern.compile("^(ca|cc|cu|ept)\\s+(.+)$");
    private static final Set<String> CONNECTORS = Set.of("de", "du", "des", "d'", "la", "le", "les", "l'", "et",
            "sur", "en", "aux", "au", "&", "-", "–", "a", "lez", "sous");
    private static final Set<String> TYPE_WORDS = Set.of("d'agglomeration", "communes", "urbaine", "mixte",
            "naturel", "regional", "departemental", "departementale", "regionale", "tourisme", "membres",
            "intercommunal", "general", "agglomeration", "metropole", "territoires", "territoire", "pays",
            "transports", "collectifs", "numerique", "commune", "ville", "service");
    private static final Pattern GRAND = Pattern.compile("^Grand[- ]\\p{Lu}[\\p{L}'’-]+$");
    private static final Pattern TOKEN = Pattern.compile("[^\\s]+");

    @Override
    public boolean isCollectivite(String text) {
        String plain = Text.collapse(Text.plainTypography(text));
        String t = Text.fold(plain);
        if (t.isEmpty() || Text.wordCount(t) > 16 || t.endsWith(".") && !t.endsWith("st.")) {
            return false;
        }
        Matcher p = PREFIX.matcher(t);
        if (p.matches()) {
            String tail = originalTail(plain, t, p.start(2));
            if (tail.isBlank()) {
                return p.group(1).matches("sivu|sivom|sdis|petr|pnr");
            }
            return properShape(tail);
        }
        if (GRAND.matcher(plain).matches()) {
            return true;
        }
        Matcher a = ACRONYM.matcher(t);
        if (a.matches()) {
            return properShape(originalTail(plain, t, a.start(2)));
        }
        Matcher s = SUFFIX.matcher(t);
        if (s.matches()) {
            String head = originalTail(plain, t, 0).substring(0, s.end(1));
            return !head.isBlank() && Character.isUpperCase(head.strip().charAt(0)) && properShape(head);
        }
        return false;
    }

    /** The part of the original (cased) text from a position of its folded form (same length). */
    private static String originalTail(String plain, String folded, int from) {
        String stripped = Text.stripAccents(plain);
        if (stripped.length() == folded.length()) {
            return stripped.substring(from);
        }
        return folded.substring(from);
    }

    /** Capitalized words, connectors, type words, numbers; nothing like a sentence. */
    static boolean properShape(String tail) {
        Matcher m = TOKEN.matcher(tail.strip());
        int words = 0;
        int lower = 0;
        boolean digitSeen = false;
        while (m.find()) {
            if (digitSeen) {
                return false;
            }
            String tok = m.group().replaceAll("^[(«\"]+|[)»\",:]+$", "");
            if (tok.isEmpty()) {
                continue;
            }
            words++;
            String f = Text.fold(tok);
            String rest = f.replaceFirst("^(d'|l')", "");
            if (CONNECTORS.contains(f) || TYPE_WORDS.contains(f) || TYPE_WORDS.contains(rest)) {
                continue;
            }
            char c = tok.charAt(0);
            if (tok.startsWith("d'") || tok.startsWith("l'") || tok.startsWith("d’") || tok.startsWith("l’")) {
                c = tok.length() > 2 ? tok.charAt(2) : 'x';
            }
            if (Character.isDigit(c)) {
                digitSeen = true;
                continue;
            }
            if (Character.isUpperCase(c) || Character.isDigit(c)) {
                continue;
            }
            if (++lower > 1) {
                return false;
            }
        }
        return words <= 14;
    }
}
