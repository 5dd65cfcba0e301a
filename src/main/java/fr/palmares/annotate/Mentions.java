package fr.palmares.annotate;

import fr.palmares.model.Regexes;
import fr.palmares.lexicon.Folded;
import fr.palmares.lexicon.Hit;
import fr.palmares.lexicon.Lexicon;
import fr.palmares.lexicon.Vocab;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the collectivités a sentence of prose names: a form noun and the proper name after it, in
 * any case ("la communauté urbaine de Lyon", "le conseil général de la Manche", "un parc naturel
 * régional, celui du Haut-Jura"); a proper name with an EPCI word after it ("Guingamp-Paimpol
 * agglomération"); names of the official geography standing bare ("Nantes Métropole", "Tourcoing /
 * Roubaix"); acronyms the document defines ("le TCO"); and "la métropole" after "À Brest". A formed name
 * keeps the lower-case words its official name has ("communauté de communes Bretagne romantique"); a
 * homonymous commune listed after names is the one they point to ("Dole, Lons-le-Saunier et
 * Saint-Claude"). Départements and regions named bare are places, not laureates, and so is a name after
 * a locative ("à Lyon", "in Lyon").
 */
public final class Mentions {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\d][\\p{L}\\d'’.\\-]*");
    private static final java.util.Set<String> CONNECTORS = java.util.Set.of("de", "du", "des", "d'", "d’", "la", "le",
            "les", "l'", "l’", "en", "sur", "sous", "lez", "et", "aux", "au", "à");
    private static final Pattern CELUI = Pattern.compile("^,\\s*(?:celui|celle)\\s+(de la|de l['’]|du|des|de|d['’])\\s*");
    private static final Pattern PLACE_LEAD = Pattern.compile("^(?:À|A|Au|En)\\s+(\\p{Lu}[\\p{L}'’\\-]+(?:[\\s-]+\\p{Lu}[\\p{L}'’\\-]+)*)");
    private static final Pattern BARE_TYPE = Pattern.compile(
            "\\b(?:la|le|l['’])\\s*(m[ée]tropole|ville|communaut[ée] urbaine|agglom[ée]ration|agglo)\\b(?!\\s+(?:de|du|des|d['’]))",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DETERMINER = Pattern.compile(
            "(?:^|\\s)(?:la|le|les|l'|une|un|du|des|de la|de l'|au|aux|a la|a l'|notre|nos|sa|son|ses|leur|leurs|cette|ce|cet|chaque|petite|grande|jeune|nouvelle)\\s*$");
    /** "à Villeurbanne", "en Bretagne", "in Lyon": a bare name after these is where something happens. */
    private static final Pattern LOCATIVE = Pattern.compile(
            "(?i)(?:^|\\s)(?:à|a|au|aux|en|dans|sur|vers|depuis|près de|de|du|d['’]|in|at|near|from)\\s*$");
    /** "L'or revient à Mende", "le label est attribué à Foix": after these, "à" introduces the laureate, not a place. */
    private static final Pattern AWARDED_TO = Pattern.compile(
            "(?i)\\b(?:revien(?:t|nent)|va|vont|est revenue?|sont revenue?s|attribu[ée]e?s?|d[ée]cern[ée]e?s?|remise?s?|accord[ée]e?s?|souri|vaut|valu|vaudra)\\s+(?:aussi |également |encore )?(?:à|a)\\s*(?:la |le |l['’])?$");
    private static final Pattern SUFFIX = Pattern.compile("^\\s+(agglom[ée]ration|m[ée]tropole|agglo|communaut[ée])\\b");

    /** How well a name must resolve to take lower-case words after its capitals: an official name. */
    private static final double OFFICIAL = 0.99;
    private static final int LOWER_REACH = 3;

    private final Lexicon lexicon;
    private final Names names;
    private final Places places;

    public Mentions(Lexicon lexicon, Names names) {
        this.lexicon = lexicon;
        this.names = names;
        this.places = new Places(names.oracle());
    }

    public List<Mention> find(String sentence) {
        List<Mention> found = new ArrayList<>();
        Folded f = Folded.of(sentence);
        for (Hit h : lexicon.find(Vocab.FORM, f)) {
            int s = h.originalStart(f);
            // a lower-case form noun counts where a determiner introduces it ("la commune de X", not "candidature commune")
            if (Character.isLowerCase(sentence.charAt(s)) && !DETERMINER.matcher(f.text().substring(0, h.start())).find()) {
                continue;
            }
            formed(sentence, s, h.originalEnd(f), found);
        }
        found.removeIf(m -> m.names().stream().anyMatch(n -> lexicon.find(Vocab.NOT_LABEL, n).stream()
                .anyMatch(x -> x.key().equals("organiser"))));
        capitalized(sentence, found);
        placeLead(sentence, found);
        found.sort(Comparator.comparingInt(Mention::start).thenComparing(m -> -(m.end() - m.start())));
        List<Mention> out = new ArrayList<>();
        for (Mention m : found) {
            Mention last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && m.start() < last.end()) {
                if (m.weight() > last.weight() && m.end() - m.start() >= last.end() - last.start()) {
                    out.set(out.size() - 1, m);
                }
                continue;
            }
            out.add(m);
        }
        return out;
    }

    /** A form noun at [s, e) and the proper name after it. */
    private void formed(String sentence, int s, int e, List<Mention> out) {
        int start = s;
        String rest = sentence.substring(e);
        Matcher celui = CELUI.matcher(rest);
        String prefix = sentence.substring(s, e);
        int tailFrom = e;
        if (celui.lookingAt()) {
            prefix = prefix + " " + celui.group(1).replace('’', '\'') + (celui.group(1).endsWith("'") || celui.group(1).endsWith("’") ? "" : " ");
            tailFrom = e + celui.end();
        }
        int end = properTail(sentence, tailFrom);
        if (end <= tailFrom) {
            return;
        }
        // "la communauté de communes Bretagne romantique": lower-case words the official name goes on with
        List<Integer> longer = lowerWordEnds(sentence, end);
        double unextended = names.oracle().resolveScore(Regexes.replaceAll(sentence.substring(start, end), "\\s+", " ").strip());
        for (int k = 0; k < longer.size(); k++) {
            String name = Regexes.replaceAll(sentence.substring(start, longer.get(k)), "\\s+", " ").strip();
            double score = names.oracle().resolveScore(name);
            if (score >= OFFICIAL && score > unextended) {
                Names.Reading r = names.read(name);
                if (r.isNames() && r.names().size() == 1) {
                    out.add(new Mention(start, longer.get(k), r.names(), 1.0));
                    return;
                }
            }
        }
        // the longest run that reads as a name, shortened from the right
        List<Integer> stops = wordEnds(sentence, tailFrom, end);
        for (int k = stops.size() - 1; k >= 0; k--) {
            String tail = sentence.substring(tailFrom, stops.get(k));
            String name = celui.lookingAt() ? prefix.strip() + (prefix.endsWith("'") ? "" : " ") + tail.strip()
                    : sentence.substring(start, stops.get(k));
            name = Regexes.replaceAll(name, "\\s+", " ").strip();
            Names.Reading r = names.read(name);
            if (r.isNames()) {
                out.add(new Mention(start, stops.get(k), r.names(), 1.0));
                return;
            }
        }
    }

    /** Where the proper name starting at {@code from} ends: capitalized words and the connectors between them. */
    private static int properTail(String s, int from) {
        Matcher w = WORD.matcher(s);
        int end = from;
        int pos = from;
        boolean any = false;
        while (w.find(pos)) {
            String between = s.substring(pos, w.start());
            if (!between.isBlank() && !Regexes.matches(between, "\\s*(?:/|&|-)?\\s*")) {
                break;
            }
            String word = w.group();
            String fold = word.toLowerCase(Locale.ROOT);
            boolean connector = CONNECTORS.contains(fold) || fold.startsWith("d'") || fold.startsWith("d’")
                    || fold.startsWith("l'") || fold.startsWith("l’");
            boolean upper = Character.isUpperCase(word.charAt(0)) || Character.isDigit(word.charAt(0))
                    || word.length() > 2 && (fold.startsWith("d'") || fold.startsWith("l'") || fold.startsWith("d’")
                    || fold.startsWith("l’")) && Character.isUpperCase(word.charAt(2));
            if (upper) {
                end = w.end();
                any = true;
            } else if (!connector) {
                break;
            }
            pos = w.end();
        }
        // keep a trailing "(TCO)"
        Matcher paren = Regexes.pattern("^\\s*\\((\\p{Lu}[\\p{Lu}\\d]{1,8})\\)").matcher(s.substring(end));
        if (any && paren.lookingAt()) {
            end += paren.end();
        }
        return any ? end : from;
    }

/** The ends of up to {@link #LOWER_REACH} lower-case words right after {@code from} (spaces between them only). */
    private static List<Integer> lowerWordEnds(String s, int from) {
        List<Integer> out = new ArrayList<>();
        Matcher w = WORD.matcher(s);
        int pos = from;
        while (out.size() < LOWER_REACH && w.find(pos) && Regexes.matches(s.substring(pos, w.start()), "[ \\t]+")
                && Character.isLowerCase(w.group().charAt(0)) && w.group().length() > 2
                && !CONNECTORS.contains(w.group().toLowerCase(Locale.ROOT))) {
            out.add(w.end());
            pos = w.end();
        }
        return out;
    }

        private static List<Integer> wordEnds(String s, int from, int to) {
        List<Integer> out = new ArrayList<>();
        Matcher w = WORD.matcher(s.substring(0, to));
        int pos = from;
        while (w.find(pos)) {
            if (Character.isUpperCase(w.group().charAt(0)) || Regexes.matches(w.group(), "[dl]['’]\\p{Lu}.*")
                    || Character.isDigit(w.group().charAt(0))) {
                out.add(w.end());
            }
            pos = w.end();
        }
        if (to > from && s.substring(from, to).strip().endsWith(")")) {
            out.add(to);
        }
        return out;
    }

    /** Capitalized runs that name collectivités bare: "Nantes Métropole", "Tourcoing / Roubaix / Marc-en-Baroeul". */
    private void capitalized(String sentence, List<Mention> out) {
        Matcher w = WORD.matcher(sentence);
        int pos = 0;
        while (w.find(pos)) {
            String word = w.group();
            if (!Character.isUpperCase(word.charAt(0)) || isSentenceStartFunctionWord(sentence, w.start(), word)) {
                pos = w.end();
                continue;
            }
            int end = properTail(sentence, w.start());
            Matcher suffix = SUFFIX.matcher(sentence.substring(end));
            if (suffix.lookingAt()) {
                end += suffix.end();
            }
            String run = sentence.substring(w.start(), end);
            List<Integer> stops = wordEnds(sentence, w.start(), end);
            if (suffix.lookingAt() && !stops.contains(end)) {
                stops.add(end);
            }
            boolean found = false;
            for (int k = stops.size() - 1; k >= 0 && !found; k--) {
                String cand = sentence.substring(w.start(), stops.get(k)).strip();
                Names.Reading r = names.read(cand);
                boolean formed = names.formType(r.names().isEmpty() ? cand : r.names().get(0)) != null;
                String before = sentence.substring(0, w.start());
                boolean locative = LOCATIVE.matcher(before).find() && !AWARDED_TO.matcher(before).find();
                if (r.isNames() && !places.isPlaces(cand) && (formed || !locative)) {
                    double weight = formed ? 1.0 : 0.7;
                    out.add(new Mention(w.start(), stops.get(k), r.names(), weight));
                    found = true;
                    pos = stops.get(k);
                }
            }
            if (!found) {
                Mention listed = listed(sentence, w.start(), end, out);
                if (listed != null) {
                    out.add(listed);
                    pos = listed.end();
                    found = true;
                }
            }
            if (!found) {
                pos = w.end();
            }
            if (run.isEmpty()) {
                pos = w.end();
            }
        }
    }

    /**
     * "Dole, Lons-le-Saunier et Saint-Claude": a bare name of several places, listed after names, is the
     * one the names listed with it point to.
     */
    private Mention listed(String sentence, int from, int end, List<Mention> out) {
        Mention last = null;
        for (Mention m : out) {
            if (m.end() <= from && (last == null || m.end() > last.end())) {
                last = m;
            }
        }
        if (last == null || !LIST_GAP.matcher(sentence.substring(last.end(), from)).matches()) {
            return null;
        }
        List<String> with = new ArrayList<>();
        for (Mention m : out) {
            if (m.end() <= from) {
                with.addAll(m.names());
            }
        }
        List<Integer> stops = wordEnds(sentence, from, end);
        for (int k = stops.size() - 1; k >= 0; k--) {
            String cand = Regexes.replaceAll(sentence.substring(from, stops.get(k)).strip(), "[.]+$", "");
            if (!places.isPlaces(cand) && names.oracle().resolveScore(cand, with) >= OFFICIAL) {
                return new Mention(from, from + cand.length(), List.of(cand), 0.7);
            }
        }
        return null;
    }

    private static final Pattern LIST_GAP = Pattern.compile("\\s*(?:,|,?\\s+et|/|&)\\s*");

    private static boolean isSentenceStartFunctionWord(String s, int at, String word) {
        return s.substring(0, at).isBlank() && Regexes.matches(word, "(?i)le|la|les|l['’].*|un|une|des|ce|cette|ces|en|à|a|au|aux|dans|pour|par|côté|enfin|outre-mer|même|ainsi|après|avec|depuis|selon|notre|nos|votre|vos|leur|leurs|son|sa|ses|our|their|its");
    }

    /** "À Brest toujours, la métropole…": the bare type after a place opening the sentence. */
    private void placeLead(String sentence, List<Mention> out) {
        Matcher p = PLACE_LEAD.matcher(sentence.strip());
        if (!p.find()) {
            return;
        }
        String where = p.group(1);
        int shift = sentence.indexOf(sentence.strip());
        Matcher bare = BARE_TYPE.matcher(sentence);
        while (bare.find()) {
            if (bare.start() < shift + p.end()) {
                continue;
            }
            String type = bare.group(1);
            String name = Names.ofPlace(Character.toUpperCase(type.charAt(0)) + type.substring(1).toLowerCase(Locale.ROOT), where);
            if (names.score(name) > 0) {
                out.add(new Mention(bare.start(), bare.end(), List.of(name), 0.9));
            }
        }
    }
}
