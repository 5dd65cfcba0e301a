package fr.palmares.query;

import fr.palmares.model.Collectivite;
import fr.palmares.model.Laureate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Counts laureates per group (year, medal, region, departement, category, type; several keys make
 * combined groups), largest first. A laureate shared by collectivités of two regions counts in both.
 */
public final class Grouping {
    public static final List<String> KEYS = List.of("year", "medal", "region", "departement", "category", "type");

    /** One group: its key values and how many laureates it has. */
    public record Group(List<String> values, int count) {
    }

    public static void check(List<String> keys) {
        for (String k : keys) {
            if (!KEYS.contains(k.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("unknown --group-by key '" + k + "' (expected "
                        + String.join(", ", KEYS) + ")");
            }
        }
    }

    public static List<Group> count(List<Laureate> laureates, List<String> keys) {
        Map<List<String>, Integer> counts = new java.util.HashMap<>();
        for (Laureate l : laureates) {
            List<List<String>> combos = new ArrayList<>();
            combos.add(new ArrayList<>());
            for (String k : keys) {
                List<List<String>> next = new ArrayList<>();
                for (String v : values(l, k.toLowerCase(Locale.ROOT))) {
                    for (List<String> c : combos) {
                        List<String> n = new ArrayList<>(c);
                        n.add(v);
                        next.add(n);
                    }
                }
                combos = next;
            }
            for (List<String> c : new LinkedHashSet<>(combos)) {
                counts.merge(c, 1, Integer::sum);
            }
        }
        List<Group> out = new ArrayList<>();
        counts.forEach((k, v) -> out.add(new Group(k, v)));
        out.sort(Comparator.comparingInt(Group::count).reversed().thenComparing(g -> String.join("\u0000", g.values())));
        return out;
    }

    private static Set<String> values(Laureate l, String key) {
        Set<String> out = new LinkedHashSet<>();
        switch (key) {
            case "year":
                out.add(l.edition() == null ? "?" : l.edition().toString());
                break;
            case "medal":
                out.add(l.medal() == null ? "(inconnu)" : l.medal());
                break;
            case "category":
                out.add(l.category() == null ? "(sans catégorie)" : l.category());
                break;
            default:
                for (Collectivite c : l.collectivites()) {
                    String v = "region".equals(key) ? (c.regionName() != null ? c.regionName() : c.region())
                            : "departement".equals(key) ? c.departement() : c.type();
                    if (v != null) {
                        out.add(v);
                    }
                }
                if (out.isEmpty()) {
                    out.add("(inconnu)");
                }
        }
        return out;
    }
}
