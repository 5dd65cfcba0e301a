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

    /**
     * The commune a form's remainder names. Among current homonyms that differ by their article, the one
     * whose article the form's connector gives ({@link NameForm#impliedArticle}: "Ville du Lamentin" is Le
     * Lamentin, "Ville de Lamentin" is Lamentin) is the name printed, taken before any other evidence.
     *
     * @param article the article the form gives, null when it says none
     */
    Outcome match(String key, String article, Evidence evidence, boolean allowFuzzy, String formType,
            String printed) {
        CommuneIndex index = geo.communeIndex();
        List<Commune> current = index.communes(key);
        if (current.isEmpty() && index.formerCommunes(key).isEmpty()) {
            return allowFuzzy ? fuzzy(key, evidence, formType, printed)
                    : Outcome.unresolved(formType, "unknown commune: " + printed);
        }
        if (article != null && current.size() > 1) {
            List<Commune> named = current.stream().filter(c -> NameForm.leadingArticle(c.name()).equals(article))
                    .toList();
            if (named.size() == 1) {
                return Outcome.of(new Resolution(places.of(named.get(0)), Resolution.EXACT, 1), formType);
            }
        }
        return match(current, index.formerCommunes(key), evidence, formType, printed);
    }

    /**
     * The commune a name key names (a current name, or a former commune's name), chosen among homonyms by
     * the evidence, else the one town that dwarfs them; null when none or still ambiguous.
     */
    Commune choose(String key, Evidence evidence) {
        CommuneIndex index = geo.communeIndex();
        Choice c = choose(index.communes(key), index.formerCommunes(key), evidence);
        return c == null ? null : c.commune();
    }

    private record Choice(Commune commune, boolean current, double score) {
    }

    private static Choice choose(List<Commune> current, List<Commune> formerNames, Evidence evidence) {
        List<Commune> all = candidates(current, formerNames);
        if (all.isEmpty()) {
            return null;
        }
        Commune chosen = all.size() == 1 ? all.get(0) : Places.bestByEvidence(all, evidence::score);
        double score = 1.0;
        if (chosen == null) {
            chosen = dominant(current);
            score = 0.9;
        }
        if (chosen == null) {
            return null;
        }
        boolean isCurrent = current.contains(chosen);
        return new Choice(chosen, isCurrent, isCurrent ? score : score - 0.1);
    }

    private static List<Commune> candidates(List<Commune> current, List<Commune> formerNames) {
        List<Commune> all = new ArrayList<>(current);
        for (Commune c : formerNames) {
            if (!all.contains(c)) {
                all.add(c);
            }
        }
        return all;
    }

    private Outcome match(List<Commune> current, List<Commune> formerNames, Evidence evidence, String formType,
            String printed) {
        List<Commune> all = candidates(current, formerNames);
        if (all.isEmpty()) {
            return Outcome.unresolved(formType, "unknown commune: " + printed);
        }
        Choice c = choose(current, formerNames, evidence);
        if (c == null) {
            return Places.choose(all, evidence::score, places::of, Resolution.EXACT, 1, formType, printed);
        }
        return Outcome.of(new Resolution(places.of(c.commune()), c.current() ? Resolution.EXACT : Resolution.ALIAS,
                c.score()), formType);
    }

    /** The one town that dwarfs all its homonyms, or null. */
    static Commune dominant(List<Commune> current) {
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

    /**
     * A name printed alone that is no commune's, near the name of one commune of the départements or EPCI
     * the evidence names ("Marc-en-Baroeul" credited with Tourcoing and Roubaix: Marcq-en-Barœul): only
     * there, so that a typo never picks a village elsewhere; null when none or several are that near.
     */
    Outcome nearWithin(NameForm form, Evidence evidence) {
        String key = form.key();
        if (key.length() < 5 || (evidence.departements.isEmpty() && evidence.statedDepartements.isEmpty()
                && evidence.epcis.isEmpty())) {
            return null;
        }
        java.util.Map<String, List<Commune>> near = new java.util.HashMap<>();
        for (Commune c : geo.communes()) {
            boolean there = evidence.statedDepartements.contains(c.departement())
                    || evidence.departements.contains(c.departement())
                    || (c.epci() != null && evidence.epcis.contains(c.epci()));
            if (there) {
                near.computeIfAbsent(NameKey.key(c.name()), k -> new ArrayList<>(1)).add(c);
            }
        }
        Fuzzy.Near found = Fuzzy.nearest(key, near.keySet(), 0.94, key.length() >= 8 ? 2 : 1);
        List<Commune> candidates = new ArrayList<>();
        found.keys().forEach(k -> candidates.addAll(near.get(k)));
        if (candidates.size() != 1) {
            return null;
        }
        return Outcome.of(new Resolution(places.of(candidates.get(0)), Resolution.FUZZY, found.similarity()),
                form.type());
    }
}
