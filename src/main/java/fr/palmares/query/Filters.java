package fr.palmares.query;

import fr.palmares.model.Collectivite;
import fr.palmares.model.Laureate;
import fr.palmares.model.Medal;
import fr.palmares.model.Text;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The query's filters, all combinable: within one filter any value may match (or), across filters all
 * must (and). Text filters fold case and accents; places compare resolved INSEE codes.
 *
 * <p>Each filter looks at one field (the edition, the medal, the category, each collectivité, or the
 * laureate as a whole), so that the query index can answer one without making the laureates: a field's
 * value is tested once per distinct value (see {@link #matching(Columns)}).
 */
public final class Filters {
    /** What a filter looks at. */
    private enum On { EDITION, MEDAL, CATEGORY, ANY_COLLECTIVITE, LAUREATE }

    /** One filter: a test of one field's value (an Integer, a String, a Collectivite or the Laureate). */
    private record Clause(On on, Predicate<Object> test) {
    }

    private final List<Clause> all = new ArrayList<>();

    @SuppressWarnings("unchecked")
    private <T> void add(On on, Predicate<T> test) {
        all.add(new Clause(on, (Predicate<Object>) test));
    }

    public Filters years(List<YearRange> ranges) {
        if (!ranges.isEmpty()) {
            this.<Integer>add(On.EDITION, e -> ranges.stream().anyMatch(r -> r.contains(e)));
        }
        return this;
    }

    /** Medal codes; "none" selects laureates whose medal is unknown. */
    public Filters medals(Set<String> codes) {
        if (!codes.isEmpty()) {
            this.<String>add(On.MEDAL, m -> codes.contains(m == null ? "none" : m));
        }
        return this;
    }

    public Filters regions(Set<String> codes) {
        return regions(codes.stream().sorted().map(RegionScope::whole).toList());
    }

    /** Laureates with a collectivité in one of the régions (a former région: in its départements). */
    public Filters regions(List<RegionScope> scopes) {
        if (!scopes.isEmpty()) {
            this.<Collectivite>add(On.ANY_COLLECTIVITE, c -> scopes.stream().anyMatch(s -> s.contains(c)));
        }
        return this;
    }

    public Filters departements(Set<String> codes) {
        if (!codes.isEmpty()) {
            this.<Collectivite>add(On.ANY_COLLECTIVITE, c -> c.departement() != null && codes.contains(c.departement()));
        }
        return this;
    }

    public Filters types(Set<String> types) {
        if (!types.isEmpty()) {
            this.<Collectivite>add(On.ANY_COLLECTIVITE, c -> types.contains(c.type()));
        }
        return this;
    }

    public Filters categories(List<String> texts) {
        if (!texts.isEmpty()) {
            List<String> keys = texts.stream().map(Text::searchKey).toList();
            this.<String>add(On.CATEGORY, c -> {
                String v = Text.searchKey(c == null ? "" : c);
                return keys.stream().anyMatch(v::contains);
            });
        }
        return this;
    }

    public Filters collectivites(List<String> texts) {
        return containing(texts, l -> {
            StringBuilder sb = new StringBuilder();
            for (Collectivite c : l.collectivites()) {
                sb.append(c.name()).append(" | ");
            }
            return sb.toString();
        });
    }

    public Filters texts(List<String> texts) {
        return containing(texts, l -> l.project() + " | " + (l.description() == null ? "" : l.description()));
    }

    private Filters containing(List<String> texts, java.util.function.Function<Laureate, String> field) {
        if (!texts.isEmpty()) {
            List<String> keys = texts.stream().map(Text::searchKey).toList();
            this.<Laureate>add(On.LAUREATE, l -> {
                String v = Text.searchKey(field.apply(l));
                return keys.stream().anyMatch(v::contains);
            });
        }
        return this;
    }

    public boolean test(Laureate l) {
        for (Clause c : all) {
            boolean ok = switch (c.on()) {
                case EDITION -> c.test().test(l.edition());
                case MEDAL -> c.test().test(l.medal());
                case CATEGORY -> c.test().test(l.category());
                case ANY_COLLECTIVITE -> anyCollectivite(l.collectivites(), c.test());
                case LAUREATE -> c.test().test(l);
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean anyCollectivite(List<Collectivite> cs, Predicate<Object> test) {
        for (Collectivite c : cs) {
            if (test.test(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Rows of laureates as the query index keeps them: an edition, strings by number (the same number
     * for the same string), collectivités by number (the same number for the same one), and the laureate
     * itself made on demand.
     */
    public interface Columns {
        int rows();

        /** The edition of a row, or -1 when unknown. */
        int edition(int row);

        /** The number of a row's medal string, -1 when null. */
        int medal(int row);

        /** The number of a row's category string, -1 when null. */
        int category(int row);

        int strings();

        String string(int id);

        /** Where a row's collectivités start among {@link #collectivite(int)}'s references; the next row's start ends them. */
        int collectivitesFrom(int row);

        /** The number of the k-th collectivité reference (k from {@link #collectivitesFrom}). */
        int collectiviteRef(int k);

        int collectivites();

        Collectivite collectivite(int id);

        /** The row's laureate with what the filters read. */
        Laureate laureate(int row);
    }

    /**
     * The rows that pass every filter, in order. A field's test runs once per distinct value (string,
     * collectivité, edition) and its answer is kept, so a count of many rows makes no laureate unless a
     * filter looks at the laureate as a whole. Same answers as {@link #test} on each row's laureate.
     */
    public int[] matching(Columns cols) {
        int n = cols.rows();
        byte[][] known = new byte[all.size()][];
        for (int i = 0; i < all.size(); i++) {
            known[i] = switch (all.get(i).on()) {
                case MEDAL, CATEGORY -> new byte[cols.strings() + 1];
                case ANY_COLLECTIVITE -> new byte[cols.collectivites()];
                case EDITION -> new byte[EDITIONS + 1];
                case LAUREATE -> null;
            };
        }
        int[] out = new int[n];
        int found = 0;
        for (int row = 0; row < n; row++) {
            boolean ok = true;
            for (int i = 0; i < all.size() && ok; i++) {
                Clause c = all.get(i);
                byte[] k = known[i];
                ok = switch (c.on()) {
                    case EDITION -> {
                        int e = cols.edition(row);
                        if (e < -1 || e >= EDITIONS) {
                            yield c.test().test(e < 0 ? null : e);
                        }
                        yield cached(k, e + 1, c.test(), e < 0 ? null : e);
                    }
                    case MEDAL -> {
                        int id = cols.medal(row);
                        yield cached(k, id + 1, c.test(), id < 0 ? null : cols.string(id));
                    }
                    case CATEGORY -> {
                        int id = cols.category(row);
                        yield cached(k, id + 1, c.test(), id < 0 ? null : cols.string(id));
                    }
                    case ANY_COLLECTIVITE -> {
                        boolean any = false;
                        for (int r = cols.collectivitesFrom(row), end = cols.collectivitesFrom(row + 1); r < end && !any;
                                r++) {
                            int id = cols.collectiviteRef(r);
                            byte v = k[id];
                            if (v == 0) {
                                v = c.test().test(cols.collectivite(id)) ? YES : NO;
                                k[id] = v;
                            }
                            any = v == YES;
                        }
                        yield any;
                    }
                    case LAUREATE -> c.test().test(cols.laureate(row));
                };
            }
            if (ok) {
                out[found++] = row;
            }
        }
        return java.util.Arrays.copyOf(out, found);
    }

    private static final int EDITIONS = 4096;
    private static final byte YES = 1;
    private static final byte NO = 2;

    /** A value's answer, tested the first time only ({@code value} is only read then). */
    private static boolean cached(byte[] known, int slot, Predicate<Object> test, Object value) {
        byte v = known[slot];
        if (v == 0) {
            v = test.test(value) ? YES : NO;
            known[slot] = v;
        }
        return v == YES;
    }

    /** or/argent/bronze, gold/silver, "d'or", "none"/"inconnu"; an error for anything else. */
    public static Set<String> medalCodes(List<String> values) {
        Set<String> out = new HashSet<>();
        for (String v : values) {
            String f = Text.fold(v);
            if (f.equals("none") || f.equals("inconnu") || f.equals("null") || f.equals("aucun")) {
                out.add("none");
                continue;
            }
            out.add(Medal.parse(v).orElseThrow(() -> new IllegalArgumentException(
                    "unknown medal '" + v + "' (expected or, argent, bronze, gold, silver or none)")).code());
        }
        return out;
    }
}
