package fr.palmares.geo;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

/** Builds {@link Place}s from the data and chooses among candidates with the evidence, never by chance. */
final class Places {
    private final Geography geo;

    Places(Geography geo) {
        this.geo = geo;
    }

    /**
     * A region code, or null for the code of a collectivité d'outre-mer (Saint-Pierre-et-Miquelon "975",
     * Saint-Martin "978"...), which the data lists with the régions but which belongs to none.
     */
    static String regionOrNull(String code) {
        return code == null || code.length() != 2 ? null : code;
    }

    Place of(Commune c) {
        String region = regionOrNull(c.region());
        return new Place("commune", c.name(), c.siren(), c.departement(), region, geo.regionName(region));
    }

    Place of(Epci e) {
        String region = regionOrNull(e.region());
        return new Place("epci", e.name(), e.siren(), e.departement(), region, geo.regionName(region));
    }

    Place of(Departement d) {
        String region = regionOrNull(d.region());
        return new Place("departement", d.name(), null, d.code(), region, geo.regionName(region));
    }

    Place of(Region r) {
        return new Place("region", r.name(), null, null, r.code(), r.name());
    }

    Place of(String type, String name, Area area) {
        String region = regionOrNull(area.region());
        return new Place(type, name, null, area.departement(), region, geo.regionName(region));
    }

    /**
     * One candidate: resolved. Several: the one the evidence scores highest, if it is alone at the top with
     * a positive score; otherwise unresolved with a warning naming the candidates.
     */
    static <T> Outcome choose(List<T> candidates, ToIntFunction<T> evidence, Function<T, Place> place, String kind,
            double score, String formType, String printed) {
        if (candidates.isEmpty()) {
            return Outcome.unresolved(formType, "unknown name: " + printed);
        }
        T chosen = candidates.size() == 1 ? candidates.get(0) : bestByEvidence(candidates, evidence);
        if (chosen == null) {
            return Outcome.unresolved(formType, "ambiguous name: " + printed + " could be "
                    + candidates.stream().map(c -> describe(place.apply(c))).collect(Collectors.joining(", ")));
        }
        return Outcome.of(new Resolution(place.apply(chosen), kind, score), formType);
    }

    static <T> T bestByEvidence(List<T> candidates, ToIntFunction<T> evidence) {
        T best = null;
        int bestScore = 0;
        boolean tie = false;
        for (T c : candidates) {
            int s = evidence.applyAsInt(c);
            if (s > bestScore) {
                best = c;
                bestScore = s;
                tie = false;
            } else if (s == bestScore && s > 0) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    static String describe(Place p) {
        String where = p.departement() != null ? p.departement() : p.region() != null ? "région " + p.region() : "?";
        return p.officialName() + " (" + p.type() + ", " + where + ")";
    }
}
