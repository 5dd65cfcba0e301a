package fr.palmares.assemble;

import fr.palmares.annotate.AnnotatedDocument;
import fr.palmares.annotate.Mention;
import fr.palmares.annotate.Mentions;
import fr.palmares.annotate.Unit;
import fr.palmares.lexicon.Folded;
import fr.palmares.lexicon.Hit;
import fr.palmares.lexicon.Lexicon;
import fr.palmares.lexicon.Vocab;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The body a document speaks for, and where its sentences name it without its name. A collectivité's
 * own news page, newsletter, press release or minutes names itself in its letterhead or masthead
 * ("CONSEIL GÉNÉRAL DU CALVADOS", "La lettre de la Communauté de communes de …"), in its title ("Blois
 * lauréate du label …"), or in its contact or signature lines, and then says "notre ville", "notre
 * collectivité", "la Ville", "le Département" (the lexicon's {@code SELF}). A reference counts where the
 * type it implies agrees with the body's form, outside quotations, and where no name is printed there.
 */
final class OwnBody {
    /** How many lines the head of a document (letterhead, masthead, title) may take before its first prose. */
    private static final int HEAD = 8;
    /** How many lines its foot (contact, signature) may take. */
    private static final int FOOT = 4;
    private static final Pattern ARTICLE = Pattern.compile("^(?:la|le|l['’])\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME_FOLLOWS = Pattern.compile("^\\s*(?:de|du|des|d['’])\\s*\\S", Pattern.CASE_INSENSITIVE);

    private final Lexicon lexicon;
    private final String name;
    private final String type;

    private OwnBody(Lexicon lexicon, String name, String type) {
        this.lexicon = lexicon;
        this.name = name;
        this.type = type;
    }

    /** The body of the document, or none when its head and foot name none, or more than one. */
    static OwnBody of(AnnotatedDocument doc, Mentions mentions, Lexicon lexicon) {
        List<Unit> units = doc.units();
        List<Unit> head = new ArrayList<>();
        for (Unit u : units) {
            if (u.reading().prose() || head.size() >= HEAD) {
                break;
            }
            head.add(u);
        }
        String found = formed(head, mentions);
        if (found == null) {
            found = titled(head, mentions);
        }
        if (found == null) {
            List<Unit> foot = new ArrayList<>();
            for (int i = Math.max(0, units.size() - FOOT); i < units.size(); i++) {
                Unit u = units.get(i);
                if (lexicon.find(Vocab.ZONE, u.line().text()).stream().anyMatch(h -> h.key().equals("about") && h.start() == 0)) {
                    foot.add(u);
                }
            }
            found = formed(foot, mentions);
        }
        return found == null ? null : new OwnBody(lexicon, found, doc.names().formType(found));
    }

    /** The one body named with its form in these lines ("VILLE DE SAINT-DIZIER"), if exactly one is. */
    private static String formed(List<Unit> lines, Mentions mentions) {
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        for (Unit u : lines) {
            for (Mention m : mentions.find(u.line().text())) {
                if (m.weight() >= 1.0 && m.names().size() == 1) {
                    names.add(m.names().get(0));
                }
            }
        }
        return names.size() == 1 ? names.iterator().next() : null;
    }

    /** The one body the title (the first heading) names, bare or not ("Blois lauréate du label …"). */
    private static String titled(List<Unit> head, Mentions mentions) {
        for (Unit u : head) {
            if (u.headingLike()) {
                List<Mention> found = mentions.find(u.line().text());
                return found.size() == 1 && found.get(0).names().size() == 1 ? found.get(0).names().get(0) : null;
            }
        }
        return null;
    }

    String name() {
        return name;
    }

    /** The places of a sentence that name the body without its name, as mentions of it. */
    List<Mention> references(String sentence, List<Mention> named) {
        List<Mention> out = new ArrayList<>();
        Folded f = Folded.of(sentence);
        for (Hit h : lexicon.find(Vocab.SELF, f)) {
            if (h.key().equals("back") || !agrees(h.key())) {
                continue;
            }
            int a = h.originalStart(f);
            int b = h.originalEnd(f);
            if (quoted(sentence, a) || named.stream().anyMatch(m -> m.start() < b && a < m.end())
                    || NAME_FOLLOWS.matcher(sentence.substring(b)).lookingAt() || !capitalized(sentence.substring(a, b))) {
                continue;
            }
            out.add(new Mention(a, b, List.of(name), 1.0));
        }
        return out;
    }

    private boolean agrees(String key) {
        return key.equals("any") || type == null || type.equals(key);
    }

    /** "la Ville", "le Département": the institution, where "la ville" is any town; "notre ville", "the town" as printed. */
    private static boolean capitalized(String ref) {
        var article = ARTICLE.matcher(ref);
        if (!article.lookingAt()) {
            return true;
        }
        String rest = ref.substring(article.end());
        return !rest.isEmpty() && Character.isUpperCase(rest.charAt(0));
    }

    /** Inside a quotation: someone's words, not the document's. */
    static boolean quoted(String s, int at) {
        String before = s.substring(0, at);
        return count(before, '«') > count(before, '»') || count(before, '“') > count(before, '”')
                || count(before, '"') % 2 == 1;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    @Override
    public String toString() {
        return name + " (" + (type == null ? "?" : type.toLowerCase(Locale.ROOT)) + ")";
    }
}
