package fr.palmares.merge;

import fr.palmares.model.Collectivite;
import fr.palmares.model.Conflict;
import fr.palmares.model.Evidence;
import fr.palmares.model.Laureate;
import fr.palmares.model.Medal;
import fr.palmares.model.Source;
import fr.palmares.model.Text;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The reference oracle for {@link Merger}: the merge as it was before blocking, comparing every reading
 * with every other (quadratic), kept verbatim so that tests can check that the blocked merge gives the
 * same laureates. Its title rule is copied too, so that a change to {@link Titles} shows up as a
 * difference. Original contract:
 * The same award read from several documents becomes one laureate. Two readings are the same award when
 * they have the same edition, share a collectivité (same SIREN when resolved, else the same folded name)
 * and have similar titles, or the same category without contradicting medals. Groups are closed
 * transitively and every choice is made by a fixed rule (surest source first, then a stable order), so
 * the result does not depend on the order in which documents or datasets are merged. Disagreements on
 * medal or category are kept in {@code conflicts}.
 */
final class ReferenceMerger {

    /** Edition, medal (or, argent, bronze, unknown), category, project. */
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

    private static final org.apache.commons.text.similarity.JaroWinklerSimilarity JW =
            new org.apache.commons.text.similarity.JaroWinklerSimilarity();

    /** The title rule of Titles, as it was. */
    static boolean similar(String x, String y) {
        String a = titleKey(x);
        String b = titleKey(y);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        if (a.equals(b)) {
            return true;
        }
        if ((a.contains(b) && b.length() >= 4) || (b.contains(a) && a.length() >= 4)) {
            return true;
        }
        return JW.apply(a, b) >= 0.93;
    }

    private static String titleKey(String s) {
        return s == null ? "" : Text.fold(s).replaceAll("[^a-z0-9]+", " ").strip();
    }

    public List<Laureate> merge(List<Laureate> all) {
        List<Laureate> items = new ArrayList<>(all);
        items.sort(SUREST);
        int[] parent = new int[items.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < items.size(); i++) {
            for (int j = i + 1; j < items.size(); j++) {
                if (sameAward(items.get(i), items.get(j))) {
                    union(parent, i, j);
                }
            }
        }
        Map<Integer, List<Laureate>> groups = new TreeMap<>();
        for (int i = 0; i < items.size(); i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(items.get(i));
        }
        List<Laureate> out = new ArrayList<>();
        for (List<Laureate> g : groups.values()) {
            out.add(combine(g));
        }
        out.sort(ORDER);
        return out;
    }

    /** Whether two readings are one award. */
    public static boolean sameAward(Laureate a, Laureate b) {
        if (a.id().equals(b.id())) {
            return true;
        }
        if (!Objects.equals(a.edition(), b.edition()) || !shareCollectivite(a, b)) {
            return false;
        }
        if (similar(a.project(), b.project())) {
            return true;
        }
        boolean medalsAgree = a.medal() == null || b.medal() == null || a.medal().equals(b.medal());
        return medalsAgree && a.category() != null && b.category() != null
                && Text.fold(a.category()).equals(Text.fold(b.category())) && sameCollectivites(a, b);
    }

    private static boolean shareCollectivite(Laureate a, Laureate b) {
        Set<String> ka = keys(a);
        for (String k : keys(b)) {
            if (ka.contains(k)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameCollectivites(Laureate a, Laureate b) {
        return keys(a).equals(keys(b));
    }

    private static Set<String> keys(Laureate l) {
        Set<String> out = new HashSet<>();
        for (Collectivite c : l.collectivites()) {
            out.add(fr.palmares.normalize.Ids.key(fr.palmares.normalize.Ids.collectiviteKey(c)));
        }
        return out;
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

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
