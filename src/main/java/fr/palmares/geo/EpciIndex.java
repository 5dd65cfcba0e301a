package fr.palmares.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** EPCI by the keys of their official names (see {@link EpciKey}). */
final class EpciIndex {
    record EpciEntry(Epci epci, EpciKey key) {
    }

    final Map<String, List<EpciEntry>> byCore = new HashMap<>();
    final Map<String, List<EpciEntry>> byLoose = new HashMap<>();
    final List<EpciEntry> all = new ArrayList<>();

    EpciIndex(List<Epci> epcis) {
        for (Epci e : epcis) {
            EpciEntry entry = new EpciEntry(e, EpciKey.of(NameKey.tokens(NameForm.stripAsides(e.name()))));
            all.add(entry);
            byCore.computeIfAbsent(entry.key().coreKey(), k -> new ArrayList<>(1)).add(entry);
            if (!entry.key().loose().isEmpty()) {
                byLoose.computeIfAbsent(entry.key().looseKey(), k -> new ArrayList<>(1)).add(entry);
            }
        }
    }
}
