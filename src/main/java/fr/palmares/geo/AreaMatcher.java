package fr.palmares.geo;

import fr.palmares.model.Regexes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Départements and régions by name, code, alias (historic regions) or near name. */
final class AreaMatcher {
    private final Geography geo;
    private final GeoIndex index;
    private final Places places;

    AreaMatcher(Geography geo, Places places) {
        this.geo = geo;
        this.index = geo.index();
        this.places = places;
    }

    /** A département code as printed ("35", "2a", "971", "1") to its INSEE code, if it is one. */
    Optional<Departement> departementByCode(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT);
        if (Regexes.matches(t, "\\d")) {
            t = "0" + t;
        }
        return Optional.ofNullable(geo.departement(t));
    }

    /** A region code as printed ("53", "1") to its region; a collectivité d'outre-mer's code is none. */
    Optional<Region> regionByCode(String text) {
        String t = text.strip();
        if (Regexes.matches(t, "\\d")) {
            t = "0" + t;
        }
        return Places.regionOrNull(t) == null ? Optional.empty() : Optional.ofNullable(geo.region(t));
    }

    /** Exact or alias match of a département name key. */
    Optional<Resolution> departement(String key) {
        Departement d = index.departements.get(key);
        if (d != null) {
            return Optional.of(new Resolution(places.of(d), Resolution.EXACT, 1.0));
        }
        for (Alias a : index.aliases(key, "departement")) {
            Departement target = geo.departement(a.code());
            if (target != null) {
                return Optional.of(new Resolution(places.of(target), Resolution.ALIAS, 1.0));
            }
        }
        return Optional.empty();
    }

    /** Exact or alias match of a région name key (the keys are tried in order). */
    Optional<Resolution> region(String... keys) {
        for (String key : keys) {
            Region r = index.regions.get(key);
            if (r != null) {
                return Optional.of(new Resolution(places.of(r), Resolution.EXACT, 1.0));
            }
            for (Alias a : index.aliases(key, "region")) {
                Region target = geo.region(a.code());
                if (target != null) {
                    return Optional.of(new Resolution(places.of(target), Resolution.ALIAS, 1.0));
                }
            }
        }
        return Optional.empty();
    }

    Outcome matchDepartement(NameForm form) {
        String key = form.remainderKey();
        List<String> rest = form.remainder();
        if (rest.size() == 1) {
            Optional<Departement> byCode = departementByCode(rest.get(0));
            if (byCode.isPresent()) {
                return Outcome.of(new Resolution(places.of(byCode.get()), Resolution.EXACT, 1.0), form.type());
            }
        }
        Optional<Resolution> r = departement(key);
        if (r.isPresent()) {
            return Outcome.of(r.get(), form.type());
        }
        Fuzzy.Near near = Fuzzy.nearest(key, index.departements.keySet(), 0.92, Fuzzy.edits(key));
        List<Departement> candidates = near.keys().stream().map(index.departements::get).toList();
        return Places.choose(candidates, d -> 0, places::of, Resolution.FUZZY, near.similarity(), form.type(),
                form.cleaned());
    }

    Outcome matchRegion(NameForm form) {
        Optional<Resolution> r = region(form.remainderKey(), form.key());
        if (r.isPresent()) {
            return Outcome.of(r.get(), form.type());
        }
        Departement overseas = index.departements.get(form.remainderKey());
        if (overseas != null && Places.regionOrNull(overseas.region()) == null) {
            // "Collectivité territoriale de Saint-Pierre-et-Miquelon": a collectivité d'outre-mer, in no region
            return Outcome.of(new Resolution(places.of(overseas), Resolution.EXACT, 1.0), "departement");
        }
        Optional<Resolution> named = regionNamedIn(form.remainder(), form.cleaned());
        if (named.isPresent()) {
            return Outcome.of(named.get(), form.type());
        }
        String key = form.remainderKey();
        Set<String> keys = new LinkedHashSet<>(index.regions.keySet());
        index.aliases.forEach((k, list) -> {
            if (list.stream().anyMatch(a -> a.kind().equals("region"))) {
                keys.add(k);
            }
        });
        Fuzzy.Near near = Fuzzy.nearest(key, keys, 0.92, Fuzzy.edits(key));
        List<Region> candidates = new ArrayList<>();
        for (String k : near.keys()) {
            region(k).map(res -> geo.region(res.place().region())).filter(c -> !candidates.contains(c))
                    .ifPresent(candidates::add);
        }
        return Places.choose(candidates, c -> 0, places::of, Resolution.FUZZY, near.similarity(), form.type(),
                form.cleaned());
    }

    /**
     * The one region named by a run of words of a région's name that has one more word, or a hyphenated
     * pair ("Sud Provence-Alpes-Côte d'Azur", "Occitanie Pyrénées-Méditerranée"), naming no other place;
     * not a région and a title ("Conseil régional de Bretagne – Lycées connectés").
     */
    private Optional<Resolution> regionNamedIn(List<String> words, String cleaned) {
        Resolution found = null;
        List<String> extra = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int matched = 0;
            for (int len = words.size() - i; len >= 1 && matched == 0; len--) {
                String key = NameKey.join(words.subList(i, i + len));
                Optional<Resolution> r = region(key);
                if (r.isPresent()) {
                    if (found != null && !found.place().equals(r.get().place())) {
                        return Optional.empty();
                    }
                    found = r.get();
                    matched = len;
                } else if (len == 1 && (index.departements.containsKey(key) || !key.chars().allMatch(Character::isLetter))) {
                    return Optional.empty();
                }
            }
            if (matched == 0) {
                extra.add(words.get(i));
            }
            i += Math.max(matched, 1);
        }
        boolean fits = extra.size() == 1
                || (extra.size() == 2 && fr.palmares.model.Text.searchKey(cleaned).contains(extra.get(0) + "-" + extra.get(1)));
        return found == null || !fits || TITLE_DASH.matcher(cleaned).find() ? Optional.empty()
                : Optional.of(new Resolution(found.place(), Resolution.ALIAS, 0.95));
    }

    private static final java.util.regex.Pattern TITLE_DASH = java.util.regex.Pattern.compile("\\s-\\s");
}
