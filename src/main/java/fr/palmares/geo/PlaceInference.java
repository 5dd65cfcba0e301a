package fr.palmares.geo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the département or région that a body's name fixes: a département number ("tourisme 35",
 * "Fibre64"), a département, région (current or historic) or place name of places.tsv ("de l'Oise",
 * "Bretagne", "Haut-Jura"), or else a commune named by the whole rest of the name ("Office du Tourisme de
 * Mulhouse").
 */
final class PlaceInference {
    private static final Set<String> PREPOSITIONS = Set.of("de", "du", "des", "d", "l", "la", "le", "les", "en", "a",
            "au", "aux", "region", "departement");
    private static final Pattern NUMBER_AT_END = Pattern.compile("(?<![0-9A-Za-z])(\\d{2,3}|2[AB])$");
    private static final Pattern NUMBER_GLUED = Pattern.compile("[A-Za-z](\\d{2,3}|2[AB])(?![0-9A-Za-z])");

    private final Geography geo;
    private final GeoIndex index;

    PlaceInference(Geography geo) {
        this.geo = geo;
        this.index = geo.index();
    }

    /** The area a body's name fixes, or null when it fixes none or contradicts itself. */
    Area infer(NameForm form) {
        String number = departementNumber(form.cleaned());
        List<Area> hits = scan(NameKey.words(form.cleaned()), form.formLength());
        if (number != null) {
            boolean consistent = hits.stream().map(Area::departement).filter(Objects::nonNull)
                    .allMatch(number::equals);
            return consistent ? new Area(number, Places.regionOrNull(geo.departement(number).region())) : null;
        }
        if (hits.isEmpty()) {
            List<Commune> communes = geo.communeIndex().communes(form.remainderKey());
            if (communes.size() == 1) {
                return new Area(communes.get(0).departement(), Places.regionOrNull(communes.get(0).region()));
            }
            return epciNamedIn(form.remainder());
        }
        return combine(hits);
    }

    /**
     * The area of the one EPCI whose name (without its form, two words or more) is a run of the words:
     * "Office de Tourisme Métropolitain Nice Côte d'Azur" -> Métropole Nice Côte d'Azur (06).
     */
    private Area epciNamedIn(List<String> words) {
        for (int len = words.size(); len >= 2; len--) {
            for (int i = 0; i + len <= words.size(); i++) {
                List<EpciIndex.EpciEntry> found = geo.epciIndex().byLoose.getOrDefault(
                        NameKey.join(words.subList(i, i + len)), List.of());
                if (found.size() == 1) {
                    Epci e = found.get(0).epci();
                    return new Area(e.departement(), Places.regionOrNull(e.region()));
                }
            }
        }
        return null;
    }

    /** Every area named in free text (context), in order. */
    List<Area> scan(String text) {
        return scan(NameKey.words(text), 0);
    }

    static Area combine(List<Area> hits) {
        Set<String> deps = new LinkedHashSet<>();
        Set<String> regions = new LinkedHashSet<>();
        for (Area a : hits) {
            if (a.departement() != null) {
                deps.add(a.departement());
            }
            regions.add(a.region());
        }
        if (deps.size() == 1) {
            String dep = deps.iterator().next();
            return hits.stream().filter(a -> dep.equals(a.departement())).findFirst().orElseThrow();
        }
        if (deps.size() > 1) {
            Set<String> depRegions = new LinkedHashSet<>();
            hits.stream().filter(a -> a.departement() != null).forEach(a -> depRegions.add(a.region()));
            return depRegions.size() == 1 && depRegions.iterator().next() != null
                    ? new Area(null, depRegions.iterator().next()) : null;
        }
        return regions.size() == 1 && regions.iterator().next() != null ? new Area(null, regions.iterator().next())
                : null;
    }

    private String departementNumber(String cleaned) {
        Set<String> found = new LinkedHashSet<>();
        for (Pattern p : List.of(NUMBER_AT_END, NUMBER_GLUED)) {
            Matcher m = p.matcher(cleaned);
            while (m.find()) {
                String code = m.group(1);
                if (geo.departement(code) != null) {
                    found.add(code);
                }
            }
        }
        return found.size() == 1 ? found.iterator().next() : null;
    }

    /** Longest gazetteer phrases in the words, skipping the first {@code skip} significant words (the form). */
    private List<Area> scan(List<String> words, int skip) {
        List<String> tokens = new ArrayList<>();
        List<Boolean> afterPreposition = new ArrayList<>();
        boolean prep = false;
        int significant = 0;
        for (String w : words) {
            if (NameKey.STOPWORDS.contains(w)) {
                prep = true;
                continue;
            }
            if (significant++ >= skip) {
                tokens.add(w);
                afterPreposition.add(prep);
            }
            prep = PREPOSITIONS.contains(w);
        }
        List<Area> hits = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int matched = 0;
            for (int len = Math.min(index.gazetteerMaxWords, tokens.size() - i); len >= 1 && matched == 0; len--) {
                GeoIndex.GazetteerEntry e = index.gazetteer.get(NameKey.join(tokens.subList(i, i + len)));
                if (e != null && (!e.weak() || afterPreposition.get(i))) {
                    hits.add(e.area());
                    matched = len;
                }
            }
            i += Math.max(matched, 1);
        }
        return hits;
    }
}
