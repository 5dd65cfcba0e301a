package fr.palmares.geo;

import fr.palmares.geo.EpciIndex.EpciEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * EPCI names that are no current EPCI's (before the 2014-2017 mergers and renamings: "CA d'Annecy", "Reims
 * Métropole", "Communauté d'agglomération du Grand Troyes", "CA Pau-Pyrénées", "CA Sud Pays Basque") resolved
 * through the place they name, to the EPCI that holds it today, with match kind "inferred". In order:
 * <ol>
 * <li>a current EPCI's name inside the name, the other words only a direction or a place where that EPCI
 * lies ("Sud" + "Pays Basque": CA du Pays Basque; "Territoire de la Côte Ouest" + "de La Réunion");</li>
 * <li>the commune named by the name's words, without "Grand" or "Pays" before them ("Annecy",
 * "Grand Troyes", "Pays de Montbéliard", "Brive" for Brive-la-Gaillarde; a former commune's name counts),
 * see {@link #town}: its EPCI today (its territoire, for a commune of the Grand Paris);</li>
 * <li>the commune named by the first words, a town of at least {@value CommuneMatcher#TOWN} inhabitants
 * (or one the evidence points at), the other words (three at most, none repeating the first) naming no
 * other area ("Pau-Pyrénées", "Marseille Provence Métropole", "Orléans Val de Loire"); not for a name
 * joined to something else by a dash, a slash or words of prose ("Rennes Métropole avec Infolab",
 * "Epernay Agglo et Ville d'Epernay");</li>
 * <li>else, when the words are just a place's name ("Pays Basque", "Périgord"): that area, no SIREN.</li>
 * </ol>
 * A candidate in another region than the one stated next to the name is never taken. Measured on the
 * current EPCI names themselves (each looked up as if it were no longer listed), see FormerEpcisTest.
 */
final class FormerEpcis {
    /** Words before a place's name that make an EPCI's name without naming another place. */
    private static final Set<String> LEADING = Set.of("grand", "pays", "agglo", "communaute");
    /** Words around a current EPCI's name that do not make it another place's. */
    private static final Set<String> DIRECTIONS = Set.of("nord", "sud", "est", "ouest", "centre");
    /** Inhabitants of the smallest commune whose name alone makes an EPCI's. */
    static final int BOURG = 3_000;
    /** Words after the commune's name that a former EPCI name may have ("Pau-Pyrénées", "Évry Centre Essonne"). */
    private static final int MAX_REST = 3;
    private static final Pattern JOINED = Pattern.compile("\\s[-/]\\s");
    /** Words and signs that join a name to something else ("Rennes Métropole avec Infolab", "X Pour", "X et Y"). */
    private static final Pattern PROSE = Pattern.compile(
            "(?iu)(?:^|\\s)(?:avec|pour|par|dans|et|ou|chez|aux?|ses?|son|leurs?|projets?|labels?)(?=\\s|$)|[&+,;:«»\"()]");

    private final Geography geo;
    private final Places places;
    private final CommuneMatcher communes;
    private final PlaceInference inference;

    /** True when the name is joined to something else, so that only whole names may be read in it. */
    static boolean joined(String cleaned) {
        return JOINED.matcher(cleaned).find() || PROSE.matcher(cleaned).find();
    }

    FormerEpcis(Geography geo, Places places, CommuneMatcher communes, PlaceInference inference) {
        this.geo = geo;
        this.places = places;
        this.communes = communes;
        this.inference = inference;
    }

    Outcome infer(NameForm form, Evidence evidence) {
        return infer(form, evidence, null);
    }

    /** {@code excluded}: a SIREN never returned by the first step (to measure the rule on current names). */
    Outcome infer(NameForm form, Evidence evidence, String excluded) {
        List<String> words = EpciKey.of(form.tokens()).loose();
        if (words.isEmpty()) {
            return Outcome.unresolved(form.type(), "no place in the name: " + form.cleaned());
        }
        Epci inside = epciInside(words, evidence, excluded);
        if (inside != null) {
            return inferred(places.of(inside), 0.85, form);
        }
        List<String> place = withoutLeading(words);
        Epci ofCommune = epciOf(town(NameKey.join(place), BOURG, true, evidence), evidence);
        if (ofCommune != null) {
            return inferred(places.of(ofCommune), 0.8, form);
        }
        if (!joined(form.cleaned())) {
            Epci ofFirstWords = epciOfFirstWords(place, evidence);
            if (ofFirstWords != null) {
                return inferred(places.of(ofFirstWords), 0.75, form);
            }
        }
        GeoIndex.GazetteerEntry named = geo.index().gazetteer.get(NameKey.join(place));
        if (named != null && !evidence.contradicts(named.area().departement(), named.area().region())) {
            return inferred(places.of("epci", form.cleaned(), named.area()), 0.6, form);
        }
        List<Commune> homonyms = geo.communeIndex().communes(NameKey.join(place));
        if (homonyms.size() > 1) {
            return Outcome.unresolved(form.type(), "ambiguous name: " + form.cleaned() + " names a town that could be "
                    + String.join(", ", homonyms.stream().map(c -> c.name() + " (" + c.departement() + ")").toList()));
        }
        return Outcome.unresolved(form.type(), "unknown EPCI: " + form.cleaned());
    }

    private static Outcome inferred(Place place, double score, NameForm form) {
        return Outcome.of(new Resolution(place, Resolution.INFERRED, score), form.type());
    }

    private static List<String> withoutLeading(List<String> words) {
        List<String> w = words;
        while (w.size() > 1 && LEADING.contains(w.get(0))) {
            w = w.subList(1, w.size());
        }
        return w;
    }

    /** Step 1: the longest run of two words or more that is a current EPCI's name, the others fitting it. */
    private Epci epciInside(List<String> words, Evidence evidence, String excluded) {
        for (int len = words.size(); len >= 2; len--) {
            for (int i = 0; i + len <= words.size(); i++) {
                List<EpciEntry> found = geo.epciIndex().byLoose.getOrDefault(
                        NameKey.join(words.subList(i, i + len)), List.of());
                List<Epci> candidates = new ArrayList<>();
                for (EpciEntry e : found) {
                    Epci epci = e.epci();
                    if (!epci.siren().equals(excluded) && !contradicted(epci, evidence)
                            && fits(words.subList(0, i), epci) && fits(words.subList(i + len, words.size()), epci)) {
                        candidates.add(epci);
                    }
                }
                Epci chosen = candidates.size() == 1 ? candidates.get(0)
                        : Places.bestByEvidence(candidates, e -> evidence.score(e.departement(), e.region()));
                if (chosen != null) {
                    return chosen;
                }
            }
        }
        return null;
    }

    /** Words around an EPCI's name that are directions, or the name of an area where the EPCI lies. */
    private boolean fits(List<String> around, Epci e) {
        List<String> rest = around.stream().filter(w -> !DIRECTIONS.contains(w)).toList();
        if (rest.isEmpty()) {
            return true;
        }
        GeoIndex.GazetteerEntry place = geo.index().gazetteer.get(NameKey.join(rest));
        return place != null && (place.area().departement() == null || place.area().departement().equals(e.departement()))
                && (place.area().region() == null || place.area().region().equals(e.region()));
    }

    /** Step 3: the town the first words name, the others (at most {@value #MAX_REST}) naming no other area. */
    private Epci epciOfFirstWords(List<String> w, Evidence evidence) {
        for (int len = w.size() - 1; len >= Math.max(1, w.size() - MAX_REST); len--) {
            List<String> rest = w.subList(len, w.size());
            List<String> first = w.subList(0, len);
            if (!rest.stream().allMatch(t -> t.chars().allMatch(Character::isLetter))
                    || rest.stream().anyMatch(first::contains)) {
                break;
            }
            Commune c = town(NameKey.join(w.subList(0, len)), CommuneMatcher.TOWN, false, evidence);
            if (c == null) {
                continue;
            }
            Area area = areaOf(rest);
            boolean consistent = area == null
                    || ((area.departement() == null || area.departement().equals(c.departement()))
                        && (area.region() == null || area.region().equals(c.region())));
            Epci e = consistent ? epciOf(c, evidence) : null;
            if (e != null) {
                return e;
            }
        }
        return null;
    }

    /**
     * The commune a key names, its own name or ({@code longer}) the start of a longer one ("Brive" for
     * Brive-la-Gaillarde, "Cherbourg" for Cherbourg-en-Cotentin): the one the evidence points at (a département or EPCI, not a
     * region alone), else the town that dwarfs all the others, else the only commune of that very name when
     * it has at least {@code minimum} inhabitants and no longer-named commune is larger ("Tarascon" is
     * Tarascon, "Montereau" is not Montereau-Fault-Yonne's name).
     */
    private Commune town(String key, int minimum, boolean longer, Evidence evidence) {
        CommuneIndex index = geo.communeIndex();
        List<Commune> named = new ArrayList<>(index.communes(key));
        index.formerCommunes(key).stream().filter(c -> !named.contains(c)).forEach(named::add);
        List<Commune> all = new ArrayList<>(named);
        List<Commune> longerNamed = new ArrayList<>();
        index.longerNames(key).forEach(longerNamed::addAll);
        if (longer) {
            longerNamed.stream().filter(c -> !all.contains(c)).forEach(all::add);
        }
        if (all.isEmpty()) {
            return null;
        }
        Commune pointed = Places.bestByEvidence(all, evidence::score);
        if (pointed != null && evidence.score(pointed) >= Evidence.DEPARTEMENT) {
            return pointed;
        }
        Commune dominant = CommuneMatcher.dominant(all);
        if (dominant != null) {
            return dominant;
        }
        if (named.size() != 1 || named.get(0).population() < minimum) {
            return null;
        }
        Commune only = named.get(0);
        return longerNamed.stream().anyMatch(c -> c.population() > only.population()) ? null : only;
    }

    /** The area the words after a town's name name, a river after "Val" ("Val de Loire") not counted. */
    private Area areaOf(List<String> rest) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < rest.size(); i++) {
            if (rest.get(i).equals("val") && i + 1 < rest.size()
                    && !geo.index().gazetteer.containsKey(rest.get(i) + " " + rest.get(i + 1))) {
                i++;
                continue;
            }
            words.add(rest.get(i));
        }
        return PlaceInference.combine(inference.scan(NameKey.join(words)));
    }

    private Epci epciOf(Commune c, Evidence evidence) {
        if (c == null) {
            return null;
        }
        Epci e = c.ept() != null ? geo.epci(c.ept()) : null;
        if (e == null && c.epci() != null) {
            e = geo.epci(c.epci());
        }
        return e == null || contradicted(e, evidence) ? null : e;
    }

    private static boolean contradicted(Epci e, Evidence evidence) {
        return !evidence.statedRegions.isEmpty() && e.region() != null && !evidence.statedRegions.contains(e.region());
    }
}
