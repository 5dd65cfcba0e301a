package fr.palmares.geo;

import java.util.ArrayList;
import java.util.List;

/**
 * Communes by name. A current commune's name is an exact match; the name of a commune déléguée or
 * associée is an alias of the commune it now belongs to. Homonyms are chosen by the evidence (names
 * credited with it, context); failing that, only a town of at least {@value #TOWN} inhabitants whose
 * homonyms are all villages (a tenth of its population at most; former communes count as villages) is
 * taken, with a lower score: "Ville de La Rochelle" is the prefecture, not the hamlet of Haute-Saône, but
 * "Lunas" (Dordogne, or the former commune of Hérault) stays ambiguous.
 */
final class CommuneMatcher {
    static final int TOWN = 10_000;
    static final int DOMINANCE = 10;

    private final Geography geo;
    private final Places places;

    CommuneMatcher(Geography geo, Places places) {
        this.geo = geo;
        this.places = places;
    }

    /** Current communes whose name has this key (no former names, no fuzzy). */
    List<Commune> exact(String key) {
        return geo.communeIndex().communes(key);
    }

    /**
     * Current communes named exactly like a name printed alone, articles included: "La Rochelle", but not
     * "Le jury" for Jury (Moselle).
     */
    List<Commune> literal(NameForm form) {
        List<Commune> found = exact(form.key());
        if (found.isEmpty()) {
            return found;
        }
        String words = NameKey.join(NameKey.words(form.cleaned()));
        return found.stream().filter(c -> NameKey.join(NameKey.words(c.name())).equals(words)).toList();
    }

    /** A name printed alone: its {@link #literal} communes only (no former names, no fuzzy). */
    Outcome matchBare(NameForm form, Evidence evidence) {
        return match(literal(form), List.of(), evidence, form.type(), form.cleaned());
    }

    Outcome match(String key, Evidence evidence, boolean allowFuzzy, String formType, String printed) {
        CommuneIndex index = geo.communeIndex();
        List<Commune> current = index.communes(key);
        if (current.isEmpty() && index.formerCommunes(key).isEmpty()) {
            return allowFuzzy ? fuzzy(key, evidence, formType, printed)
                    : Outcome.unresolved(formType, "unknown commune: " + printed);
        }
        return match(current, index.formerCommunes(key), evidence, formType, printed);
    }

    private Outcome match(List<Commune> current, List<Commune> formerNames, Evidence evidence, String formType,
            String printed) {
        List<Commune> former = new ArrayList<>(formerNames);
        former.removeAll(current);
        if (current.isEmpty() && former.isEmpty()) {
            return Outcome.unresolved(formType, "unknown commune: " + printed);
        }
        List<Commune> all = new ArrayList<>(current);
        all.addAll(former);
        Commune chosen = all.size() == 1 ? all.get(0) : Places.bestByEvidence(all, evidence::score);
        double score = 1.0;
        if (chosen == null) {
            chosen = dominant(current);
            score = 0.9;
        }
        if (chosen == null) {
            return Places.choose(all, evidence::score, places::of, Resolution.EXACT, 1, formType, printed);
        }
        boolean isCurrent = current.contains(chosen);
        return Outcome.of(new Resolution(places.of(chosen), isCurrent ? Resolution.EXACT : Resolution.ALIAS,
                isCurrent ? score : score - 0.1), formType);
    }

    /** The one town that dwarfs all its homonyms, or null. */
    private static Commune dominant(List<Commune> current) {
        Commune top = null;
        for (Commune c : current) {
            if (top == null || c.population() > top.population()) {
                top = c;
            }
        }
        if (top == null || top.population() < TOWN) {
            return null;
        }
        for (Commune c : current) {
            if (c != top && (long) c.population() * DOMINANCE > top.population()) {
                return null;
            }
        }
        return top;
    }

    private Outcome fuzzy(String key, Evidence evidence, String formType, String printed) {
        CommuneIndex index = geo.communeIndex();
        Fuzzy.Near near = Fuzzy.nearest(key, index.communes.keySet(), 0.94, key.length() >= 8 ? 2 : 1);
        List<Commune> candidates = new ArrayList<>();
        near.keys().forEach(k -> candidates.addAll(index.communes(k)));
        return Places.choose(candidates, evidence::score, places::of, Resolution.FUZZY, near.similarity(), formType,
                printed);
    }
}
