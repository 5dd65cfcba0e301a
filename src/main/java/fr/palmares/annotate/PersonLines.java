package fr.palmares.annotate;

import fr.palmares.model.Regexes;
import fr.palmares.lexicon.Lexicon;
import fr.palmares.lexicon.Vocab;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lines about people (jury members, contacts, quoted speakers): a person's name (first name and
 * surname, not a collectivité) with a role of the lexicon ("Hélène Garnier, DSI, CU de Bordeaux",
 * "Présidente : Sandrine Aubert, vice-présidente…"), or a name opening a comma list ("Julien Anselme,
 * Orange"). They credit no award, whatever collectivités they name.
 */
final class PersonLines {
    private static final String FIRST = "\\p{Lu}[\\p{Ll}éèëêïîôöçàâ]+(?:-\\p{Lu}[\\p{Ll}éèëêïîôöçàâ]+)?";
    private static final String LAST = "(?:(?:de|du|d'|le|la|van|von|di|da)\\s*)?\\p{Lu}[\\p{L}'’-]+";
    private static final Pattern PERSON = Pattern.compile("(?<![\\p{L}])(" + FIRST + ")\\s+(" + LAST + "(?:\\s+" + LAST + ")?)");
    private static final Pattern OPENING = Pattern.compile("^\\s*(?:[^,:]{0,30}:\\s*)?(" + FIRST + "\\s+" + LAST + "(?:\\s+" + LAST + ")?)\\s*[,(–—-]");
    /** "Hélène GARNIER, …", "Président : Jean-Marc ROUSSEL": a surname in capitals after a first name opening a part. */
    private static final Pattern CAPS_SURNAME = Pattern.compile("(?:^|[:,;—–]\\s*)" + FIRST + "\\s+\\p{Lu}{2,}(?:[- ]\\p{Lu}{2,})?(?![\\p{L}])\\s*(?:[,(–—-]|$)");

    private final Lexicon lexicon;
    private final Names names;

    PersonLines(Lexicon lexicon, Names names) {
        this.lexicon = lexicon;
        this.names = names;
    }

    boolean isPerson(String text) {
        if (text.length() > 400) {
            return false;
        }
        Matcher caps = CAPS_SURNAME.matcher(text);
        while (caps.find()) {
            if (notAName(Regexes.replaceAll(caps.group(), "^[:,;—–\\s]+|[,(–—\\s-]+$", ""))) {
                return true;
            }
        }
        Matcher open = OPENING.matcher(text);
        if (open.find() && notAName(open.group(1))) {
            return true;
        }
        if (!lexicon.contains(Vocab.PERSON_ROLE, text)) {
            return false;
        }
        Matcher m = PERSON.matcher(text);
        while (m.find()) {
            if (notAName(m.group())) {
                return true;
            }
        }
        return false;
    }

    private boolean notAName(String s) {
        String first = Regexes.split(s, "\\s+")[0];
        return names.score(s) == 0 && names.formType(first + " X") == null && names.score(first) == 0
                && !lexicon.contains(Vocab.FORM, first) && !lexicon.contains(Vocab.FIELD, first)
                && !lexicon.contains(Vocab.ZONE, first) && !lexicon.contains(Vocab.MEDAL_WORD, first);
    }
}
