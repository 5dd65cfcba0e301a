package fr.palmares.merge;

import fr.palmares.model.Collectivite;
import fr.palmares.model.Conflict;
import fr.palmares.model.Evidence;
import fr.palmares.model.Laureate;
import fr.palmares.model.Medal;
import fr.palmares.model.Source;
import fr.palmares.model.Text;
import fr.palmares.normalize.Ids;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The same award read from several documents becomes one laureate. Two readings are the same award when
 * they have the same id, or the same edition, share a collectivité (same SIREN when resolved, else the
 * same folded name) and have similar titles, or the same category without contradicting medals. Groups
 * are closed transitively and every choice is made by a fixed rule (surest source first, then a stable
 * order), so the result does not depend on the order in which documents or datasets are merged.
 * Disagreements on medal or category are kept in {@code conflicts}.
 *
 * <p>Candidate pairs are found by blocking, not by comparing every reading with every other: since the
 * rule needs the same id, or the same edition and a shared collectivité key, only readings with the same
 * id, or in the same block (edition, collectivité key), are compared. The cost grows with the number of
 * readings times the number of awards a collectivité has in one edition, not with the square of the
 * dataset; the groups, and so the result, are the ones every pair would give.
 */
public final class Merger {

    /** The order of {@link #merge}'s result: edition, medal (or, argent, bronze, unknown), category, project. */
    public static final Comparator<Laureate> ORDER = Comparator
            .comparing((Laureate l) -> l.edition() == null ? Integer.MAX_VALUE : l.edition())
            .thenComparing(l -> Medal.rank(Medal.parse(l.medal()).orElse(null)))
            .thenComparing(l -> l.category() == null ? "\uFFFF" : Text.fold(l.category()))
            .thenComparing(l -> Text.fold(l.project()))
            .thenComparing(Laureate::id);

    /** Surest first; ties broken by content so that the choice never depends on input order. */
    private static final Comparator<Laureate> SUREST = Comparator
            .comparingDouble(Laureate::confidence).reversed()
            .thenComparing(l -> l.sources().isEmpty() ? "" : l.sources().get(0).file())
            .thenComparing(Laureate::id)
            .thenComparing(l -> l.project() == null ? "" : l.project());

    public List<Laureate> merge(List<Laureate> all) {
        List<Laureate> items = new ArrayList<>(all);
        items.sort(SUREST);
        List<Reading> readings = new ArrayList<>(items.size());
        for (Laureate l : items) {
            readings.add(new Reading(l));
        }
        UnionFind groups = new UnionFind(items.size());
        Map<String, Integer> byId = new HashMap<>();
        Map<Block, List<Integer>> blocks = new HashMap<>();
        for (int i = 0; i < readings.size(); i++) {
            Reading r = readings.get(i);
            Integer same = byId.putIfAbsent(r.laureate.id(), i);
            if (same != null) {
                groups.union(same, i);
            }
            for (String k : r.keys) {
                blocks.computeIfAbsent(new Block(r.laureate.edition(), k), b -> new ArrayList<>(2)).add(i);
            }
        }
        for (List<Integer> block : blocks.values()) {
            for (int x = 0; x < block.size(); x++) {
                for (int y = x + 1; y < block.size(); y++) {
                    int i = block.get(x);
                    int j = block.get(y);
                    if (groups.find(i) != groups.find(j) && readings.get(i).sameAward(readings.get(j))) {
                        groups.union(i, j);
                    }
                }
            }
        }
        Map<Integer, List<Laureate>> byGroup = new TreeMap<>();
        for (int i = 0; i < items.size(); i++) {
            byGroup.computeIfAbsent(groups.find(i), k -> new ArrayList<>()).add(items.get(i));
        }
        List<Laureate> out = new ArrayList<>(byGroup.size());
        for (List<Laureate> g : byGroup.values()) {
            out.add(combine(g));
        }
        return sorted(out);
    }

    /** The laureates in {@link #ORDER}, each folded once rather than at every comparison. */
    private static List<Laureate> sorted(List<Laureate> laureates) {
        List<SortKey> keys = new ArrayList<>(laureates.size());
        for (Laureate l : laureates) {
            keys.add(new SortKey(l));
        }
        keys.sort(SortKey.ORDER);
        List<Laureate> out = new ArrayList<>(keys.size());
        for (SortKey k : keys) {
            out.add(k.laureate);
        }
        return out;
    }

    /** A laureate with the folded fields of {@link #ORDER}. */
    private static final class SortKey {
        static final Comparator<SortKey> ORDER = Comparator.comparingInt((SortKey k) -> k.edition)
                .thenComparingInt(k -> k.medal).thenComparing(k -> k.category).thenComparing(k -> k.project)
                .thenComparing(k -> k.laureate.id());

        final Laureate laureate;
        final int edition;
        final int medal;
        final String category;
        final String project;

        SortKey(Laureate l) {
            laureate = l;
            edition = l.edition() == null ? Integer.MAX_VALUE : l.edition();
            medal = Medal.rank(Medal.parse(l.medal()).orElse(null));
            category = l.category() == null ? "\uFFFF" : Text.fold(l.category());
            project = Text.fold(l.project());
        }
    }

    /** Where a reading is compared: one edition, one collectivité key. */
    private record Block(@Nullable Integer edition, String key) {
    }

    /** A laureate with what the rule compares, folded once. */
    private static final class Reading {
        final Laureate laureate;
        final Set<String> keys;
        final String title;
        final @Nullable String category;

        Reading(Laureate l) {
            laureate = l;
            keys = keys(l);
            title = Titles.key(l.project());
            category = l.category() == null ? null : Text.fold(l.category());
        }

        /** Whether two readings are one award. */
        boolean sameAward(Reading other) {
            Laureate a = laureate;
            Laureate b = other.laureate;
            if (a.id().equals(b.id())) {
                return true;
            }
            if (!Objects.equals(a.edition(), b.edition()) || Collections.disjoint(keys, other.keys)) {
                return false;
            }
            if (Titles.similar(title, other.title)) {
                return true;
            }
            boolean medalsAgree = a.medal() == null || b.medal() == null || a.medal().equals(b.medal());
            return medalsAgree && category != null && category.equals(other.category) && keys.equals(other.keys);
        }

        private static Set<String> keys(Laureate l) {
            Set<String> out = new HashSet<>();
            for (Collectivite c : l.collectivites()) {
                out.add(Ids.key(Ids.collectiviteKey(c)));
            }
            return out;
        }
    }

    /** One laureate from the readings of one award (sorted surest first). */
    static Laureate combine(List<Laureate> group) {
        Laureate sure = group.get(0);
        if (group.size() == 1) {
            return sure;
        }
        String id = group.stream().map(Laureate::id).min(String::compareTo).orElseThrow();
        List<Source> sources = new ArrayList<>();
        for (Laureate l : group) {
            for (Source s : l.sources()) {
                if (sources.stream().noneMatch(x -> Objects.equals(x.sha256(), s.sha256()) && Objects.equals(x.file(), s.file()))) {
                    sources.add(s);
                }
            }
        }
        sources.sort(Comparator.comparing(Source::file).thenComparing(s -> s.sha256() == null ? "" : s.sha256()));
        String medal = firstNonNull(group, Laureate::medal);
        String category = bestCategory(group);
        String description = firstNonNull(group, Laureate::description);
        List<Collectivite> collectivites = bestCollectivites(group);
        double confidence = group.stream().mapToDouble(Laureate::confidence).max().orElse(0);
        List<Conflict> conflicts = conflicts(group);
        List<Evidence> evidence = new ArrayList<>();
        for (Laureate l : group) {
            for (Evidence e : l.evidence()) {
                if (!evidence.contains(e)) {
                    evidence.add(e);
                }
            }
        }
        evidence.sort(Comparator.comparing(Evidence::file).thenComparing(e -> e.page() == null ? 0 : e.page())
                .thenComparing(e -> e.line() == null ? 0 : e.line()).thenComparing(Evidence::snippet));
        return new Laureate(id, sure.edition(), medal, category, sure.project(), collectivites, description, sources,
                confidence, conflicts, evidence);
    }

    private static String firstNonNull(List<Laureate> group, java.util.function.Function<Laureate, String> f) {
        for (Laureate l : group) {
            if (f.apply(l) != null) {
                return f.apply(l);
            }
        }
        return null;
    }

    /** The category as printed in its best-cased form: mixed case wins over capitals. */
    private static String bestCategory(List<Laureate> group) {
        String any = firstNonNull(group, Laureate::category);
        if (any == null) {
            return null;
        }
        for (Laureate l : group) {
            String c = l.category();
            if (c != null && !Text.isUpper(c) && Text.fold(c).equals(Text.fold(any))) {
                return c;
            }
        }
        return any;
    }

    /** The surest reading's collectivités, unless another resolves more of them. */
    private static List<Collectivite> bestCollectivites(List<Laureate> group) {
        List<Collectivite> best = group.get(0).collectivites();
        long resolved = best.stream().filter(c -> c.match() != null).count();
        for (Laureate l : group) {
            long r = l.collectivites().stream().filter(c -> c.match() != null).count();
            if (r > resolved && l.collectivites().size() == best.size()) {
                best = l.collectivites();
                resolved = r;
            }
        }
        return best;
    }

    private static List<Conflict> conflicts(List<Laureate> group) {
        List<Conflict> out = new ArrayList<>();
        for (Laureate l : group) {
            out.addAll(l.conflicts());
        }
        addConflict(out, group, "medal", Laureate::medal);
        addConflict(out, group, "category", l -> l.category() == null ? null : Text.fold(l.category()));
        // Same field twice (from earlier merges): one entry with every value and file.
        Map<String, Conflict> byField = new TreeMap<>();
        for (Conflict c : out) {
            byField.merge(c.field(), c, (x, y) -> new Conflict(x.field(), union(x.values(), y.values()),
                    union(x.files(), y.files())));
        }
        return new ArrayList<>(byField.values());
    }

    private static void addConflict(List<Conflict> out, List<Laureate> group, String field,
            java.util.function.Function<Laureate, String> f) {
        Set<String> values = new TreeSet<>();
        Set<String> files = new TreeSet<>();
        for (Laureate l : group) {
            String v = f.apply(l);
            if (v != null) {
                values.add(v);
                l.sources().forEach(s -> files.add(s.file()));
            }
        }
        if (values.size() > 1) {
            out.add(new Conflict(field, new ArrayList<>(values), new ArrayList<>(files)));
        }
    }

    private static List<String> union(List<String> a, List<String> b) {
        Set<String> s = new TreeSet<>(a);
        s.addAll(b);
        return new ArrayList<>(s);
    }
}
