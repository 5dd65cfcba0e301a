package fr.palmares.annotate;

import fr.palmares.model.Regexes;
import fr.palmares.lexicon.Folded;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Whether a text names places only: départements and regions by their bare names or numbers
 * ("Lot et Aveyron — Occitanie", "Nord — Hauts-de-France", "La Réunion", "(35)"), as the place lines
 * of yearbooks and the qualifiers of names print them.
 */
final class Places {
    private static final Pattern PARTS = Pattern.compile("\\s+[-–—/]\\s+|\\s*[–—]\\s*|\\s+et\\s+|\\s*,\\s*|\\s*/\\s*");
    private static final Pattern ARTICLE = Pattern.compile("^(?:la|le|les|l')\\s*");
    private static final Pattern NUMBER = Pattern.compile("^\\(?(?:\\d{2,3}|2[AB])\\)?$");

    private final NameOracle oracle;
    private final Map<String, Boolean> cache = new ConcurrentHashMap<>();

    Places(NameOracle oracle) {
        this.oracle = oracle;
    }

    boolean isPlaces(String text) {
        String t = text.strip();
        if (t.startsWith("(")) {
            t = Regexes.replaceAll(t, "^\\((.*)\\)$", "$1").strip();
        }
        if (t.isEmpty() || t.length() > 120) {
            return false;
        }
        return cache.computeIfAbsent(t, this::compute);
    }

    private boolean compute(String t) {
        for (String part : PARTS.split(t)) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            if (NUMBER.matcher(p).matches()) {
                continue;
            }
            if (p.indexOf(')') >= 0) {
                p = Regexes.replaceAll(p, "\\s*\\((?:\\d{2,3}|2[AB])\\)$", ""); // "Orne (61)"
            }
            if (!Character.isUpperCase(p.charAt(0)) && !Character.isUpperCase(stripArticle(p).isEmpty() ? 'x'
                    : stripArticle(p).charAt(0))) {
                return false;
            }
            if (oracle.departementCode(p).isEmpty() && oracle.regionCode(p).isEmpty()
                    && oracle.departementCode(stripArticle(p)).isEmpty() && oracle.regionCode(stripArticle(p)).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static String stripArticle(String p) {
        String f = Folded.fold(p);
        java.util.regex.Matcher m = ARTICLE.matcher(f);
        return m.lookingAt() ? p.substring(Math.min(p.length(), m.end())).strip() : p;
    }
}
