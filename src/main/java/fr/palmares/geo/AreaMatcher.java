package fr.palmares.geo;

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
        if (t.matches("\\d")) {
            t = "0" + t;
        }
        return Optional.ofNullable(geo.departement(t));
    }

    Optional<Region> regionByCode(String text) {
        String t = text.strip();
        if (t.matches("\\d")) {
            t = "0" + t;
        }
        return Optional.ofNullable(geo.region(t));
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
}
