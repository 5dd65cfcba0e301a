package fr.palmares.query;

import fr.palmares.model.Text;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The order {@code --sort FIELD[,FIELD]} asks for: each field ascending, or descending when written
 * {@code -FIELD} or {@code FIELD:desc}. Years and confidence compare as numbers, medals in their own
 * order (or, argent, bronze), text folded (case and accents ignored); an empty value comes last. Ties
 * keep the dataset's order (the sort is stable).
 */
public final class Sorting {
    private static final List<String> MEDALS = List.of("or", "argent", "bronze");

    /** One sort key. */
    public record Key(String field, boolean descending) {
    }

    private Sorting() {
    }

    /** The keys of the --sort values, each checked against the known fields. */
    public static List<Key> parse(List<String> specs, List<String> known) {
        List<Key> out = new ArrayList<>();
        for (String spec : specs) {
            String s = spec.strip();
            boolean desc = false;
            if (s.startsWith("-")) {
                desc = true;
                s = s.substring(1);
            } else if (s.toLowerCase(java.util.Locale.ROOT).endsWith(":desc")) {
                desc = true;
                s = s.substring(0, s.length() - 5);
            } else if (s.toLowerCase(java.util.Locale.ROOT).endsWith(":asc")) {
                s = s.substring(0, s.length() - 4);
            }
            String field = s;
            String match = known.stream().filter(k -> k.equalsIgnoreCase(field)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown --sort field '" + spec + "' (expected "
                            + String.join(", ", known) + ", each optionally -FIELD or FIELD:desc)"));
            out.add(new Key(match, desc));
        }
        return out;
    }

    /** Laureates by their cells (column name to text). */
    public static Comparator<Map<String, String>> ofCells(List<Key> keys) {
        Comparator<Map<String, String>> c = (a, b) -> 0;
        for (Key k : keys) {
            Comparator<Map<String, String>> one = (a, b) -> compare(k.field(), a.get(k.field()), b.get(k.field()),
                    k.descending());
            c = c.thenComparing(one);
        }
        return c;
    }

    /** Groups by their key values or their count ("count"). */
    public static Comparator<Grouping.Group> ofGroups(List<Key> keys, List<String> groupKeys) {
        Comparator<Grouping.Group> c = (a, b) -> 0;
        for (Key k : keys) {
            Comparator<Grouping.Group> one;
            if ("count".equals(k.field())) {
                one = (a, b) -> k.descending() ? Integer.compare(b.count(), a.count())
                        : Integer.compare(a.count(), b.count());
            } else {
                int i = groupKeys.indexOf(k.field());
                String field = "year".equals(k.field()) ? "edition" : k.field();
                one = (a, b) -> compare(field, Grouping.shown(a.values().get(i)), Grouping.shown(b.values().get(i)),
                        k.descending());
            }
            c = c.thenComparing(one);
        }
        return c;
    }

    private static int compare(String field, String a, String b, boolean desc) {
        boolean ea = a == null || a.isEmpty();
        boolean eb = b == null || b.isEmpty();
        if (ea || eb) {
            return ea == eb ? 0 : ea ? 1 : -1;
        }
        int r;
        switch (field) {
            case "edition", "confidence" -> r = Double.compare(number(a), number(b));
            case "medal" -> r = Integer.compare(rank(a), rank(b));
            default -> {
                r = Text.fold(a).compareTo(Text.fold(b));
                if (r == 0) {
                    r = a.compareTo(b);
                }
            }
        }
        return desc ? -r : r;
    }

    private static double number(String s) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return Double.MAX_VALUE;
        }
    }

    private static int rank(String medal) {
        int i = MEDALS.indexOf(medal);
        return i < 0 ? MEDALS.size() : i;
    }
}
