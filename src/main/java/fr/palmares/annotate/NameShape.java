package fr.palmares.annotate;

import fr.palmares.model.Regexes;
import fr.palmares.lexicon.Folded;
import fr.palmares.lexicon.Hit;
import fr.palmares.lexicon.Lexicon;
import fr.palmares.lexicon.Vocab;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The printed form of a collectivité's name, recognized without any list of names: a form noun of the
 * lexicon at the start ("Ville de X", "Communauté de communes X", "CA du Y", "Syndicat mixte Z") or an
 * EPCI noun at the end ("X Métropole", "Y Agglo"), and a proper-name shape for the rest (capitalized
 * words, connectors, a trailing number or parenthesis), so that "Région Rhône-Alpes 500 destinations…"
 * or "la ville a lancé…" are not names.
 */
final class NameShape {
    private static final Pattern ARTICLE = Pattern.compile("^(?:la|le|les|l'|au|aux|a la|a l'|du|de la|de l'|des)\\s*");
    private static final Set<String> CONNECTORS = Set.of("de", "du", "des", "d'", "la", "le", "les", "l'", "et", "sur",
            "en", "aux", "au", "&", "-", "a", "lez", "sous", "et-", "/", "+");
    /** Words that introduce a title: no name holds them in lower case ("Grand Lyon avec Grand Lyon SmartData"). */
    private static final Set<String> INTRO_WORDS = Set.of("avec", "pour", "par", "dans", "qui", "est", "a");
    private static final Pattern TOKEN = Pattern.compile("\\S+");
    private static final Set<String> SUFFIX_NOUNS = Set.of("metropole", "agglo", "agglomeration", "communaute", "ca",
            "cc", "cu", "territoires", "numerique", "energies", "energie", "habitat");

    private static final Set<String> COMMUNE_NOUNS = Set.of("ville", "villes", "commune", "communes", "mairie",
            "municipalite", "cite");
    private static final Pattern OF = Pattern.compile("(?:de|du|des)\\b|d'");

    private final Lexicon lexicon;

    NameShape(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The type a form noun gives the name ("epci" for "CA du Grand Dax"), empty when it has no form. */
    Optional<String> type(String text) {
        Folded f = Folded.of(text.strip());
        String s = f.text();
        Matcher a = ARTICLE.matcher(s);
        int from = a.lookingAt() ? a.end() : 0;
        List<Hit> forms = lexicon.find(Vocab.FORM, f);
        for (Hit h : forms) {
            if (h.start() == from) {
                String tail = f.original().substring(h.originalEnd(f)).strip();
                if (tail.isEmpty()) {
                    return bareAcronym(s.substring(from)) ? Optional.of(h.key()) : Optional.empty();
                }
                if (communeNounWithoutOf(s.substring(h.start(), h.end()), tail)) {
                    return Optional.empty();
                }
                return properShape(tail, lowerAllowed(h.key())) ? Optional.of(h.key()) : Optional.empty();
            }
        }
        if (!forms.isEmpty()) {
            Hit last = forms.get(forms.size() - 1);
            String end = s.substring(last.end()).strip();
            if ((end.isEmpty() || Regexes.matches(end, "\\(?[a-z0-9]{2,8}\\)?|[a-z'-]{3,20}")) && last.start() > from
                    && SUFFIX_NOUNS.contains(s.substring(last.start(), last.end()).split(" ")[0])) {
                String head = f.original().substring(f.start(from), last.originalStart(f)).strip();
                if (!head.isEmpty() && Character.isUpperCase(head.charAt(0)) && properShape(head, 1)) {
                    return Optional.of(last.key());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A French commune noun names a commune only when "de" follows ("Ville de Brest", "Commune d'Arles");
     * "Ville durable et mobilités" or "Ville numérique" is a category or a theme.
     */
    private static boolean communeNounWithoutOf(String formWords, String tail) {
        return COMMUNE_NOUNS.contains(formWords) && !OF.matcher(Folded.fold(tail)).lookingAt();
    }

    private static boolean bareAcronym(String folded) {
        return Regexes.matches(folded, "sivu|sivom|sdis|petr|pnr|ccas|cias");
    }

    /** Syndicats and other bodies describe what they do in their names ("Syndicat départemental d'énergie du Finistère"). */
    private static int lowerAllowed(String type) {
        return switch (type) {
            case "syndicat", "autre", "etat" -> 5;
            default -> 1;
        };
    }

    /**
     * Capitalized words, connectors, form words, numbers, at most {@code lowerAllowed} lower-case words;
     * nothing like a sentence.
     */
    static boolean properShape(String tail, int lowerAllowed) {
        Matcher m = TOKEN.matcher(tail.strip());
        int words = 0;
        int lower = 0;
        boolean upper = false;
        boolean closed = false;
        while (m.find()) {
            String raw = m.group();
            if (closed) {
                return false;
            }
            if (Regexes.matches(raw, "[-–—:;·•|/]") && !raw.equals("/") || Regexes.matches(raw, ".+[:;]") && !tail.strip().endsWith(raw)) {
                return false; // a spaced dash or a colon separates a name from what follows
            }
            String tok = Regexes.replaceAll(raw, "^[(«\"“]+|[)»\"”,:;.]+$", "");
            if (tok.isEmpty()) {
                continue;
            }
            words++;
            String f = Folded.fold(tok);
            String rest = Regexes.replaceFirst(f, "^(d'|l')", "");
            if (CONNECTORS.contains(f) || rest.isEmpty()) {
                continue;
            }
            char c = tok.charAt(0);
            if ((f.startsWith("d'") || f.startsWith("l'")) && tok.length() > 2) {
                c = tok.charAt(2);
            }
            if (Character.isDigit(c)) {
                // a département number or a year ends the name: "Ville de Saint-Denis (93)"
                closed = raw.endsWith(")") || !raw.startsWith("(");
                upper |= Regexes.matches(tok, "\\d{2,3}|2[AB]");
                continue;
            }
            if (raw.startsWith("(") && raw.endsWith(")")) {
                continue;
            }
            if (Character.isUpperCase(c)) {
                upper = true;
                continue;
            }
            if (!Character.isLetter(c)) {
                continue;
            }
            if (INTRO_WORDS.contains(f)) {
                return false;
            }
            if (++lower > lowerAllowed) {
                return false;
            }
        }
        return upper && words <= 16;
    }
}
