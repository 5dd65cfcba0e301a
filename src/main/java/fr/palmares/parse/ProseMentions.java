package fr.palmares.parse;

import fr.palmares.annotate.NameOracle;
import fr.palmares.model.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the collectivités a sentence of prose names: "la ville de Brest", "la communauté
 * d'agglomération de La Rochelle", "Guingamp-Paimpol agglomération", "le syndicat mixte Mégalis
 * Bretagne", "un parc naturel régional, celui du Haut-Jura", and "la métropole" after "À Brest".
 */
public final class ProseMentions {
    private static final String UP = "\\p{Lu}[\\p{L}\\d'’\\-]*";
    private static final String PROPER = UP + "(?:[\\s-]+(?:(?:de|du|des|la|le|les|sur|en|et)\\s+|d['’]|l['’])?" + UP + ")*";
    private static final String TYPE = "(?:ville|commune|mairie|m[ée]tropole|eurom[ée]tropole|communaut[ée] d['’]agglom[ée]ration"
            + "|communaut[ée] de communes|communaut[ée] urbaine|agglom[ée]ration|agglo|d[ée]partement|conseil d[ée]partemental"
            + "|conseil r[ée]gional|r[ée]gion|syndicat mixte|syndicat|parc naturel r[ée]gional|pnr)";
    private static final Pattern TYPE_OF = Pattern.compile(
            "(?i:\\b(?:la|le|l['’]|les|un|une)?\\s*(?:petite|grande|jeune|nouvelle)?\\s*)(?<type>(?i:" + TYPE + "))"
                    + "(?:\\s*,\\s*(?i:celui|celle))?\\s+(?<link>de la|de l['’]|du|des|de|d['’])\\s*(?<name>" + PROPER + ")");
    private static final Pattern TYPE_NAME = Pattern.compile(
            "(?i:\\b(?:la|le|l['’])?\\s*)(?<type>(?i:syndicat mixte|syndicat|r[ée]gion|m[ée]tropole|mairie))\\s+(?<name>" + PROPER + ")");
    private static final Pattern NAME_TYPE = Pattern.compile(
            "(?<name>" + PROPER + ")\\s+(?<type>(?i:m[ée]tropole|agglom[ée]ration|agglo))\\b");
    private static final Pattern BARE = Pattern.compile(
            "\\b(?:la|le|l['’])\\s*(?<type>(?i:m[ée]tropole|ville|communaut[ée] urbaine|agglom[ée]ration|r[ée]gion|d[ée]partement))\\b(?!\\s+(?:de|du|des|d['’]))");
    private static final Pattern PLACE_LEAD = Pattern.compile("^(?:À|A|Au|En)\\s+(" + PROPER + ")");
    private static final Pattern PAREN = Pattern.compile("\\s*\\([^)]*\\)");

    private final NameOracle oracle;

    public ProseMentions(NameOracle oracle) {
        this.oracle = oracle;
    }

    /** A name found in a sentence, with where it starts and ends in the sentence (parentheses removed). */
    public record Mention(String name, int start, int end) {
    }

    /** Removes parenthetical asides ("(140 000 hab.)") that would cut names from verbs. */
    public static String withoutAsides(String sentence) {
        return PAREN.matcher(sentence).replaceAll("");
    }

    public List<Mention> find(String sentence) {
        List<Mention> out = new ArrayList<>();
        addAll(out, TYPE_OF.matcher(sentence), m -> cap(m.group("type")) + " " + linkOf(m.group("link"))
                + m.group("name"));
        addAll(out, TYPE_NAME.matcher(sentence), m -> cap(m.group("type")) + " " + m.group("name"));
        addAll(out, NAME_TYPE.matcher(sentence), m -> m.group("name") + " " + m.group("type"));
        Matcher place = PLACE_LEAD.matcher(sentence.strip());
        if (place.find()) {
            String where = place.group(1);
            Matcher bare = BARE.matcher(sentence);
            while (bare.find()) {
                String name = Cleaning.ofPlace(cap(bare.group("type")), where);
                add(out, new Mention(name, bare.start(), bare.end()));
            }
        }
        out.sort((a, b) -> Integer.compare(a.start, b.start));
        return out;
    }

    private interface Namer {
        String name(Matcher m);
    }

    private void addAll(List<Mention> out, Matcher m, Namer namer) {
        while (m.find()) {
            String name = Text.collapse(namer.name(m));
            if (oracle.isCollectivite(name) || oracle.resolveScore(name) > 0) {
                add(out, new Mention(name, m.start("type") < m.start("name") ? m.start("type") : m.start("name"), m.end()));
            }
        }
    }

    private static void add(List<Mention> out, Mention m) {
        for (int i = 0; i < out.size(); i++) {
            Mention o = out.get(i);
            boolean overlap = m.start < o.end && o.start < m.end;
            if (overlap) {
                if (m.end - m.start > o.end - o.start) {
                    out.set(i, m);
                }
                return;
            }
        }
        out.add(m);
    }

    private static String linkOf(String link) {
        String l = link.replace('’', '\'').toLowerCase(java.util.Locale.ROOT);
        return l.endsWith("'") ? l : l + " ";
    }

    private static String cap(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1).toLowerCase(java.util.Locale.ROOT);
    }

}
