package fr.palmares.geo;

import fr.palmares.geo.EpciIndex.EpciEntry;
import fr.palmares.model.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * EPCI by name, in order: alias; same name once the form is read as the data's abbreviation ("Communauté
 * urbaine de Dunkerque" = "CU de Dunkerque"); same name without the generic words ("Métropole de Brest"
 * = "Brest Métropole"); the printed words are the start of the official name, in order
 * ("Guingamp-Paimpol agglomération", "Epernay Agglo Champagne"); near name (typos). A bare name (no
 * EPCI form) gets only the alias, same-name and near-name steps.
 */
final class EpciMatcher {
    private final Geography geo;
    private final GeoIndex index;
    private final Places places;

    EpciMatcher(Geography geo, Places places) {
        this.geo = geo;
        this.index = geo.index();
        this.places = places;
    }

    /** Same-name candidates only (no alias, no fuzzy): for bare names and quick checks. */
    List<EpciEntry> exact(EpciKey key) {
        List<EpciEntry> found = geo.epciIndex().byCore.getOrDefault(key.coreKey(), List.of());
        if (found.size() > 1 && key.typeToken() != null) {
            List<EpciEntry> sameType = found.stream().filter(e -> key.typeToken().equals(e.key().typeToken())).toList();
            if (!sameType.isEmpty()) {
                return sameType;
            }
        }
        return found;
    }

    Outcome match(NameForm form, Evidence evidence, boolean bare) {
        String printed = form.cleaned();
        EpciKey key = EpciKey.of(form.tokens());
        Outcome alias = alias(List.of(key.fullKey(), key.coreKey()), Text.isUpper(form.cleaned()), form.type());
        if (alias != null) {
            return alias;
        }
        List<EpciEntry> same = exact(key);
        if (!same.isEmpty()) {
            return choose(same, key, evidence, Resolution.EXACT, 1.0, form.type(), printed);
        }
        if (!bare && !key.loose().isEmpty()) {
            List<EpciEntry> loose = geo.epciIndex().byLoose.getOrDefault(key.looseKey(), List.of());
            if (!loose.isEmpty()) {
                return choose(loose, key, evidence, Resolution.EXACT, 0.95, form.type(), printed);
            }
        }
        Outcome acronym = alias(form.acronyms().stream().map(NameKey::key).toList(), true, form.type());
        if (acronym != null) {
            return acronym;
        }
        if (!bare) {
            List<EpciEntry> partial = partial(key.loose());
            if (!partial.isEmpty()) {
                return choose(partial, key, evidence, Resolution.FUZZY, 0.85, form.type(), printed);
            }
        }
        String loose = key.looseKey();
        Map<String, List<EpciEntry>> byLoose = geo.epciIndex().byLoose;
        Fuzzy.Near near = Fuzzy.nearest(loose, byLoose.keySet(), 0.92, Fuzzy.edits(loose));
        List<EpciEntry> candidates = new ArrayList<>();
        near.keys().forEach(k -> candidates.addAll(byLoose.get(k)));
        if (candidates.isEmpty()) {
            return Outcome.unresolved(form.type(), "unknown EPCI: " + printed);
        }
        return choose(candidates, key, evidence, Resolution.FUZZY, near.similarity(), form.type(), printed);
    }

    /** Acronym aliases ("MEL") only for names printed in capitals. */
    private Outcome alias(List<String> keys, boolean upper, String formType) {
        for (String k : keys) {
            for (Alias a : index.aliases(k, "epci")) {
                if (!upper && GeoIndex.isAcronym(a.name())) {
                    continue;
                }
                Epci e = geo.epci(a.code());
                if (e != null) {
                    return Outcome.of(new Resolution(places.of(e), Resolution.ALIAS, 1.0), formType);
                }
            }
        }
        return null;
    }

    /** EPCI whose loose words start with the printed first word and contain the others in order. */
    private List<EpciEntry> partial(List<String> words) {
        List<EpciEntry> found = new ArrayList<>();
        if (words.isEmpty()) {
            return found;
        }
        for (EpciEntry e : geo.epciIndex().all) {
            List<String> official = e.key().loose();
            if (official.size() < words.size() || official.equals(words) || !official.get(0).equals(words.get(0))) {
                continue;
            }
            int j = 1;
            for (int i = 1; i < official.size() && j < words.size(); i++) {
                if (sameWord(words.get(j), official.get(i))) {
                    j++;
                }
            }
            if (j == words.size()) {
                found.add(e);
            }
        }
        return found;
    }

    /** Equal, or the printed word starts the official one ("quentin" / "quentinois"). */
    private static boolean sameWord(String printed, String official) {
        return printed.equals(official) || (printed.length() >= 4 && official.startsWith(printed));
    }

    private Outcome choose(List<EpciEntry> candidates, EpciKey key, Evidence evidence, String kind, double score,
            String formType, String printed) {
        return Places.choose(candidates, e -> evidence.score(e.epci(), e.key(), key.full()), e -> places.of(e.epci()),
                kind, score, formType, printed);
    }
}
