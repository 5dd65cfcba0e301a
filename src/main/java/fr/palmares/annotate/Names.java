package fr.palmares.annotate;

import fr.palmares.model.Regexes;
import fr.palmares.lexicon.Folded;
import fr.palmares.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a piece of text names collectivités, and which: one name by its form ({@link NameShape}),
 * by the official geography ({@link NameOracle}) or by an acronym the document defines; several
 * credited together split at their connectors ("X et Y", "X / Y / Z", "X & Y", "X + Y") only where each
 * part is a name, so that "CA de la Région Nazairienne et de l'Estuaire" stays one. Scores are 0 (not a
 * name) to 1 (an official name). One instance per document: it learns the document's acronyms.
 */
public final class Names {
    /** A part that names nothing known but stands in a list of names ("Tourcoing / Roubaix / Marc-en-Baroeul"). */
    private static final double LISTED = 0.5;
    /** "X et le Hub du Sud": a body introduced by an article after a known name. */
    private static final double INTRODUCED = 0.65;
    /** A name by its form only. */
    private static final double SHAPED = 0.8;
    /** A name by its form only that holds a connector: maybe two names. */
    private static final double SHAPED_JOINED = 0.6;
    /** An acronym the document defines ("Territoire de la Côte Ouest (TCO)" ... "le TCO"). */
    private static final double DEFINED = 0.8;

    private static final Pattern CONNECTOR = Pattern.compile(
            "\\s*,\\s*(?:(?i:et)\\s+)?|\\s+(?i:et|ainsi que|and)\\s+(?:(?i:à|au|aux)\\s+)?|\\s*&\\s*|\\s+\\+\\s+|\\s*\\+\\s*(?=\\p{Lu})|\\s+/\\s+|(?<=\\p{Ll})/(?=\\p{Lu})");
    private static final Pattern VILLE_ET = Pattern.compile(
            "^(Ville|Commune|Mairie)\\s+et\\s+((?:Eurom|M)[ée]tropole|Communaut[ée].*?|Agglom[ée]ration)\\s+(de la|de l'|de l’|du|de|d'|d’)\\s*(?:(Grand)\\s+)?(.+)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PAREN = Pattern.compile("\\s*\\(([^()]*)\\)\\s*$");
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}[\\p{Lu}\\d&.-]{1,9}|\\p{Lu}\\d?\\p{Lu}[\\p{L}\\d]{0,6}");
    private static final Pattern ARTICLE_START = Pattern.compile("^(?:la|le|les)\\s+\\S.*|^l['’]\\s*\\S.*");
    /** "X et les communes membres": the member communes of the body named before. */
    private static final Pattern MEMBERS = Pattern.compile("^(?:les\\s+|ses\\s+|leurs\\s+)?(?:communes|villes)\\s+membres\\b.*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SPACED_DASH = Pattern.compile("\\s[-–—:·|•]\\s");
    private static final Pattern PREPOSITION_START = Pattern.compile("(?i)(?:de|du|des|d['’])(?:\\s|(?<=['’]))");
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?:les|la|le)\\s+|^l['’]\\s*", Pattern.CASE_INSENSITIVE);

    private final NameOracle oracle;
    private final NameShape shape;
    private final Map<String, String> acronyms = new HashMap<>();
    private final Map<String, Double> cache = new ConcurrentHashMap<>();
    /** The readings already made of a text: the line readers ask again of the same parts. */
    private final Map<String, Reading> readings = new ConcurrentHashMap<>();
    /** Texts longer than this are read again rather than kept. */
    private static final int LONGEST_KEPT = 400;

    public Names(NameOracle oracle, Lexicon lexicon) {
        this.oracle = oracle;
        this.shape = new NameShape(lexicon);
    }

    public NameOracle oracle() {
        return oracle;
    }

    /** Learns an acronym the document defines for a name ("CINOR" for "Communauté intercommunale du Nord de la Réunion"). */
    public void define(String acronym, String name) {
        acronyms.putIfAbsent(acronym.toUpperCase(Locale.ROOT), name);
        cache.clear();
        readings.clear();
    }

    /** The name the document gave an acronym, if it defined it. */
    public String expansion(String acronym) {
        return acronyms.get(acronym.toUpperCase(Locale.ROOT));
    }

    /** The type the name's form gives it ("epci", "commune"...), or null. */
    public String formType(String name) {
        return shape.type(name).orElse(null);
    }

    /** How surely the text is the name of one collectivité or body: 0 not at all, 1 an official name. */
    public double score(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > 200) {
            return 0;
        }
        return cache.computeIfAbsent(t, this::compute);
    }

    private double compute(String t) {
        if (!hasUpper(t)) {
            return 0;
        }
        String bare = (t.indexOf(')') >= 0 ? PAREN.matcher(t).replaceAll("") : t).strip();
        if (bare.isEmpty()) {
            return 0;
        }
        String noArticle = LEADING_ARTICLE.matcher(bare).replaceFirst("");
        if (acronyms.containsKey(noArticle.toUpperCase(Locale.ROOT)) && ACRONYM.matcher(noArticle).matches()) {
            return DEFINED;
        }
        boolean formed = shape.type(bare).isPresent();
        double resolved = oracle.resolveScore(bare);
        Matcher dash = SPACED_DASH.matcher(bare);
        if (dash.find() && (resolved < 0.99 || oracle.resolveScore(bare.substring(0, dash.start())) >= resolved)) {
            // "Direction de l'Urbanisme - Démat'URBA", "Région Centre-Val de Loire : Opération": a spaced dash
            // or colon separates a name from what follows, unless only the whole is a name
            return 0;
        }
        if (!formed && resolved < 0.9) {
            resolved = 0;
        }
        boolean joined = CONNECTOR.matcher(bare).find();
        if (joined && resolved < 0.9 && commaTailIsNoName(bare)) {
            return 0; // "Département de la Manche, Tri connecté": a name, then a title in common words
        }
        if (joined) {
            // a text holding a connector may be two names: as one, it is never more than a shaped name
            resolved = Math.min(resolved, SHAPED_JOINED);
        }
        double shaped = formed ? (joined ? SHAPED_JOINED : SHAPED) : 0;
        return Math.max(resolved, shaped);
    }

    /** The text after the last comma is neither a name nor shaped like one ("Tri connecté"). */
    private boolean commaTailIsNoName(String t) {
        int comma = t.lastIndexOf(',');
        if (comma < 0 || depth(t, comma) > 0) {
            return false;
        }
        String tail = t.substring(comma + 1).strip();
        return !tail.isEmpty() && !NameShape.properShape(tail, 0) && oracle.resolveScore(tail) < 0.9
                && shape.type(tail).isEmpty();
    }

    private static boolean hasUpper(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (Character.isUpperCase(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A reading of a text as names credited together: the names and the weakest one's score (0 when not names). */
    public record Reading(List<String> names, double score) {
        public static final Reading NONE = new Reading(List.of(), 0);

        public boolean isNames() {
            return score > 0;
        }
    }

    /** The best reading of the text as one or several names. */
    public Reading read(String text) {
        if (text.length() > LONGEST_KEPT) {
            return readNow(text);
        }
        Reading r = readings.get(text);
        if (r == null) {
            r = readNow(text); // not computeIfAbsent: a reading may read its parts
            readings.put(text, r);
        }
        return r;
    }

    private Reading readNow(String text) {
        String s = Regexes.replaceAll(text.replace('\n', ' '), "\\s+", " ").strip();
        if (s.isEmpty() || s.split(" ").length > 40) {
            return Reading.NONE;
        }
        Matcher v = VILLE_ET.matcher(s);
        if (v.matches()) {
            String place = v.group(5).strip();
            String epci = v.group(2) + " " + v.group(3) + (v.group(3).endsWith("'") || v.group(3).endsWith("’") ? "" : " ")
                    + (v.group(4) != null ? v.group(4) + " " : "") + place;
            String ville = ofPlace(v.group(1), place);
            double sc = Math.min(Math.max(score(ville), 0.7), Math.max(score(epci), 0.7));
            return new Reading(List.of(ville, epci), sc);
        }
        List<int[]> cuts = new ArrayList<>();
        Matcher m = CONNECTOR.matcher(s);
        while (m.find()) {
            if (depth(s, m.start()) == 0) {
                cuts.add(new int[] {m.start(), m.end()});
            }
        }
        // best[i]: the best partition of s up to cut i (i = cuts.size() is the end of the text).
        int n = cuts.size();
        Reading[] best = new Reading[n + 1];
        for (int end = 0; end <= n; end++) {
            int endPos = end == n ? s.length() : cuts.get(end)[0];
            for (int start = -1; start < end; start++) {
                int startPos = start < 0 ? 0 : cuts.get(start)[1];
                if (startPos >= endPos) {
                    continue;
                }
                String part = s.substring(startPos, endPos).strip();
                if (PREPOSITION_START.matcher(part).lookingAt()) {
                    continue; // "… NAZAIRIENNE ET DE L'ESTUAIRE": no name starts with "de"
                }
                Reading before = start < 0 ? new Reading(List.of(), 1.0) : best[start];
                if (before == null || !before.isNames()) {
                    continue;
                }
                double ps = score(part);
                if (ps == 0 && start >= 0) {
                    ps = joinedUnknown(s, cuts.get(start), part, before);
                }
                if (ps == 0) {
                    continue;
                }
                List<String> names = new ArrayList<>(before.names());
                names.add(clean(part));
                Reading r = new Reading(names, Math.min(before.score(), ps));
                if (best[end] == null || better(r, best[end])) {
                    best[end] = r;
                }
            }
        }
        Reading r = best[n];
        // kept and handed out again: an unmodifiable copy, made once for the reading chosen
        return r == null ? Reading.NONE : new Reading(List.copyOf(r.names()), r.score());
    }

    /** A higher weakest score wins; on a tie, more names (each one a name) win. */
    private static boolean better(Reading a, Reading b) {
        if (Math.abs(a.score() - b.score()) > 1e-9) {
            return a.score() > b.score();
        }
        return a.names().size() > b.names().size();
    }

    /** A part that is no name by itself but reads as one where it stands. */
    private double joinedUnknown(String s, int[] cut, String part, Reading before) {
        String sep = s.substring(cut[0], cut[1]).strip();
        if (part.isEmpty() || fr.palmares.model.Text.wordCount(part) > 8) {
            return 0;
        }
        char c = part.charAt(0);
        if ((sep.equals("/") || sep.equals("+") || sep.equals("&")) && Character.isUpperCase(c)
                && NameShape.properShape(part, 0)) {
            return LISTED;
        }
        if (MEMBERS.matcher(part).matches() && before.score() >= 0.6) {
            return INTRODUCED;
        }
        if (ARTICLE_START.matcher(part).matches() && Character.isLowerCase(c) && before.score() >= 0.9
                && NameShape.properShape(LEADING_ARTICLE.matcher(part).replaceFirst(""), 0)) {
            return INTRODUCED;
        }
        return 0;
    }

    private static int depth(String s, int upTo) {
        int d = 0;
        for (int i = 0; i < upTo; i++) {
            if (s.charAt(i) == '(') {
                d++;
            } else if (s.charAt(i) == ')') {
                d = Math.max(0, d - 1);
            }
        }
        return d;
    }

    private static final Pattern EDGE_PUNCT = Pattern.compile("^[\\s:;,\\-–—•*]+|[\\s:;,\\-–—•*]+$");

    /** A name as printed, cleaned: "la Ville de Paris" -> "Ville de Paris", "le Hub du Sud" -> "Hub du Sud". */
    public static String clean(String printed) {
        String s = EDGE_PUNCT.matcher(Regexes.replaceAll(printed, "\\s+", " ")).replaceAll("");
        Matcher a = LEADING_ARTICLE.matcher(s);
        if (a.lookingAt() && a.end() < s.length()) {
            String rest = s.substring(a.end());
            boolean lowerArticle = Character.isLowerCase(s.charAt(0));
            if (lowerArticle || startsWithTypeNoun(rest)) {
                s = rest;
            }
        }
        return EDGE_PUNCT.matcher(s).replaceAll("");
    }

    private static boolean startsWithTypeNoun(String s) {
        return Regexes.matches(Folded.fold(s), "^(ville|commune|mairie|metropole|communaute|departement|conseil|region"
                + "|syndicat|parc|office|comite|direction|agglomeration|collectivite|eurometropole)\\b.*");
    }

    /** "Ville" + "Épernay" -> "Ville d'Épernay"; "Métropole" + "Brest" -> "Métropole de Brest". */
    static String ofPlace(String type, String place) {
        boolean elide = !place.isEmpty() && "AEIOUYHÉÈÊÎÔÂ".indexOf(Character.toUpperCase(place.charAt(0))) >= 0;
        return type + (elide ? " d'" : " de ") + place;
    }
}
