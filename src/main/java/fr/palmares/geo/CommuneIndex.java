package fr.palmares.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Communes by name key (current names, and former names of communes déléguées or associées) and by SIREN. */
final class CommuneIndex {
    final Map<String, List<Commune>> communes = new HashMap<>(50_000);
    final Map<String, List<Commune>> formerCommunes = new HashMap<>(4_000);
    final Map<String, Commune> bySiren = new HashMap<>(50_000);

    CommuneIndex(Geography.CommuneTable table) {
        for (Commune c : table.communes()) {
            communes.computeIfAbsent(NameKey.key(c.name()), k -> new ArrayList<>(1)).add(c);
            if (c.siren() != null) {
                bySiren.put(c.siren(), c);
            }
        }
        for (FormerCommune f : table.formerCommunes()) {
            Commune current = table.byCode().get(f.commune());
            if (current != null) {
                List<Commune> list = formerCommunes.computeIfAbsent(NameKey.key(f.name()), k -> new ArrayList<>(1));
                if (!list.contains(current)) {
                    list.add(current);
                }
            }
        }
    }

    private volatile java.util.NavigableMap<String, List<Commune>> sorted;

    /** Current communes whose name key starts with this key and a space ("montereau" -> Montereau-Fault-Yonne). */
    java.util.Collection<List<Commune>> longerNames(String key) {
        java.util.NavigableMap<String, List<Commune>> s = sorted;
        if (s == null) {
            s = new java.util.TreeMap<>(communes);
            sorted = s;
        }
        return s.subMap(key + " ", true, key + " \uffff", false).values();
    }

    List<Commune> communes(String key) {
        return communes.getOrDefault(key, List.of());
    }

    List<Commune> formerCommunes(String key) {
        return formerCommunes.getOrDefault(key, List.of());
    }
}
