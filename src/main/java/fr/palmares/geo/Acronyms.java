package fr.palmares.geo;

import fr.palmares.model.Regexes;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Whether a long form spells an acronym: the acronym's letters (digits ignored: "M2A") are found in order in
 * the long form's letters, the first one being the initial of its first word ("Territoire de la Côte Ouest" /
 * TCO, "Communauté intercommunale du Nord de la Réunion" / CINOR, "Syndicat des énergies et de l'aménagement
 * numérique de la Haute-Savoie" / SYANE).
 */
final class Acronyms {
    /** Words of collectivité and body forms that may precede the words an acronym spells. */
    private static final Set<String> FORM_WORDS = Set.of("communaute", "communes", "agglo", "urbaine", "ca", "cc",
            "cu", "metropole", "syndicat", "mixte", "ouvert", "intercommunal", "intercommunale", "departemental",
            "departementale", "regional", "regionale", "conseil", "general", "collectivite", "territoriale",
            "parc", "naturel", "office", "agence", "pole", "etablissement", "public");
    private static final int MAX_WORDS = 16;

    private Acronyms() {
    }

    /** The long form if it spells the acronym, else null. */
    static @Nullable String spelledBy(String acronym, String longForm) {
        List<String> words = NameKey.words(longForm);
        return words.size() >= 2 && spells(letters(acronym), words) ? longForm : null;
    }

    /**
     * The long form an acronym in parentheses defines, read back from the text just before it: the shortest
     * run of last words starting with a capitalized word that spells the acronym, with the form words just
     * before it ("Communauté d'agglomération du" + "Territoire de la Côte Ouest"); null if none.
     */
    static @Nullable String definedBefore(String acronym, String before) {
        String letters = letters(acronym);
        if (letters.length() < 2) {
            return null;
        }
        String[] raw = Regexes.split(before.strip(), "\\s+");
        int from = Math.max(0, raw.length - MAX_WORDS);
        for (int start = raw.length - 1; start >= from; start--) {
            String first = raw[start];
            if (first.isEmpty() || !Character.isUpperCase(first.codePointAt(0))) {
                continue;
            }
            List<String> words = NameKey.words(String.join(" ", List.of(raw).subList(start, raw.length)));
            if (words.size() >= 2 || (words.size() == 1 && letters.length() <= words.get(0).length())) {
                if (spells(letters, words) && (words.size() >= 2 || letters.length() >= 3)) {
                    return String.join(" ", List.of(raw).subList(withForm(raw, start, from), raw.length));
                }
            }
        }
        return null;
    }

    /** Moves the start left over form words and articles ("Communauté d'agglomération du"). */
    private static int withForm(String[] raw, int start, int from) {
        int best = start;
        for (int i = start - 1; i >= from; i--) {
            List<String> words = NameKey.words(raw[i]);
            if (words.isEmpty()) {
                break;
            }
            boolean form = words.stream().allMatch(w -> FORM_WORDS.contains(w) || NameKey.STOPWORDS.contains(w));
            if (!form) {
                break;
            }
            if (words.stream().anyMatch(FORM_WORDS::contains)) {
                best = i;
            }
        }
        return best;
    }

    private static String letters(String acronym) {
        StringBuilder sb = new StringBuilder();
        for (String w : NameKey.words(acronym)) {
            for (char c : w.toCharArray()) {
                if (c >= 'a' && c <= 'z') {
                    sb.append(c);
                }
            }
        }
        return sb.toString();
    }

    private static boolean spells(String letters, List<String> words) {
        if (letters.isEmpty() || words.isEmpty() || words.get(0).charAt(0) != letters.charAt(0)) {
            return false;
        }
        String text = String.join("", words);
        int j = 0;
        for (int i = 0; i < text.length() && j < letters.length(); i++) {
            if (text.charAt(i) == letters.charAt(j)) {
                j++;
            }
        }
        return j == letters.length();
    }
}
