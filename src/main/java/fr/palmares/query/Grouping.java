package fr.palmares.query;

import fr.palmares.model.Collectivite;
import fr.palmares.model.Laureate;
import fr.palmares.model.Text;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Counts laureates per group (year, medal, region, departement, category, type; several keys make
 * combined groups), largest first. Values are folded as the filters fold them, so "TERRITOIRE
 * INTELLIGENT" and "Territoire intelligent" are one group, shown in its best-cased form (mixed case
 * over capitals, then the most frequent). A year is a number; an unknown value is null. A laureate
 * shared by collectivités of two regions counts in both.
 */
public final class Grouping {
    public static final List<String> KEYS = List.of("year", "medal", "region", "departement", "category", "type");

    /** One group: its value for each key (Integer for year, String otherwise, null when unknown) and its size. */
    public record Group(List<Object> values, int count) {
    }

    private Grouping() {
    }

    /** The keys, lower-cased; an error naming the first unknown one. */
    public static List<String> check(List<String> keys) {
        List<String> out = new ArrayList<>();
        for (String k : keys) {
            String key = k.strip().toLowerCase(Locale.ROOT);
            if ("edition".equals(key)) {
                key = "year";
            }
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException("unknown --group-by key '" + k + "' (expected "
                        + String.join(", ", KEYS) + ")");
            }
            if (out.contains(key)) {
                throw new IllegalArgumentException("--group-by " + key + " is given twice");
            }
            out.add(key);
        }
        return out;
    }

    public static List<Group> count(List<Laureate> laureates, List<String> keys) {
        Map<List<Object>, Integer> counts = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> forms = new HashMap<>();
        for (Laureate l : laureates) {
            List<List<Object>> combos = new ArrayList<>();
            combos.add(new ArrayList<>());
            for (String k : keys) {
                List<List<Object>> next = new ArrayList<>();
                for (Object v : values(l, k, forms)) {
                    for (List<Object> c : combos) {
                        List<Object> n = new ArrayList<>(c);
                        n.add(v);
                        next.add(n);
                    }
                }
                combos = next;
            }
            for (List<Object> c : new java.util.LinkedHashSet<>(combos)) {
                counts.merge(c, 1, Integer::sum);
            }
        }
        Map<String, String> best = bestForms(forms);
        List<Group> out = new ArrayList<>();
        counts.forEach((k, v) -> {
            List<Object> shown = new ArrayList<>(k.size());
            for (Object o : k) {
                shown.add(o instanceof String s && s.startsWith(FOLDED) ? best.get(s) : o);
            }
            out.add(new Group(shown, v));
        });
        out.sort(Comparator.comparingInt(Group::count).reversed().thenComparing(Grouping::sortKey));
        return out;
    }

    /** Folded values carry this prefix until their best-cased form replaces them. */
    private static final String FOLDED = "\u0000";

    private static String sortKey(Group g) {
        StringBuilder sb = new StringBuilder();
        for (Object o : g.values()) {
            sb.append(o == null ? "\uffff" : o instanceof Integer i ? String.format("%06d", i) : Text.fold(o.toString()))
                    .append('\u0001');
        }
        return sb.toString();
    }

    private static List<Object> values(Laureate l, String key, Map<String, Map<String, Integer>> forms) {
        List<Object> out = new ArrayList<>(2);
        switch (key) {
            case "year" -> out.add(l.edition());
            case "medal" -> out.add(l.medal());
            case "category" -> out.add(folded(l.category(), forms));
            default -> {
                for (Collectivite c : l.collectivites()) {
                    String v = switch (key) {
                        case "region" -> c.regionName() != null ? c.regionName() : c.region();
                        case "departement" -> c.departement();
                        default -> c.type();
                    };
                    Object f = "region".equals(key) ? folded(v, forms) : v;
                    if (f != null && !out.contains(f)) {
                        out.add(f);
                    }
                }
                if (out.isEmpty()) {
                    out.add(null);
                }
            }
        }
        return out;
    }

    private static String folded(String value, Map<String, Map<String, Integer>> forms) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String key = FOLDED + Text.searchKey(value);
        forms.computeIfAbsent(key, k -> new HashMap<>()).merge(Text.collapse(value), 1, Integer::sum);
        return key;
    }

    /** Mixed case over capitals, then the most frequent form, then the first in alphabetical order. */
    private static Map<String, String> bestForms(Map<String, Map<String, Integer>> forms) {
        Map<String, String> best = new HashMap<>();
        forms.forEach((key, counts) -> best.put(key, counts.entrySet().stream()
                .min(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> Text.isUpper(e.getKey()) ? 1 : 0)
                        .thenComparing(Map.Entry::getValue, Comparator.reverseOrder())
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).orElse(null)));
        return best;
    }

    /** A group's values as they are shown in a table or a CSV cell. */
    public static String shown(Object value) {
        return value == null ? "" : Objects.toString(value);
    }
}
