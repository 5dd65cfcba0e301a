package fr.palmares.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Random;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.junit.jupiter.api.Test;

/** The bag-distance shortcut never drops a near key: the same near keys as Jaro-Winkler and Levenshtein alone. */
class FuzzyTest {
    /** {@link Fuzzy#nearest} without the shortcut, as it was written before it. */
    private static Fuzzy.Near reference(String key, Collection<String> keys, double minSimilarity, int maxEdits) {
        if (key.length() < 5) {
            return new Fuzzy.Near(List.of(), 0);
        }
        LevenshteinDistance levenshtein = new LevenshteinDistance(maxEdits);
        JaroWinklerSimilarity jw = new JaroWinklerSimilarity();
        List<String> found = new ArrayList<>();
        List<Double> similarities = new ArrayList<>();
        double best = 0;
        for (String k : keys) {
            if (Math.abs(k.length() - key.length()) > maxEdits || k.equals(key)) {
                continue;
            }
            double s = jw.apply(key, k);
            if (s < minSimilarity || levenshtein.apply(key, k) < 0) {
                continue;
            }
            found.add(k);
            similarities.add(s);
            best = Math.max(best, s);
        }
        List<String> nearest = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            if (similarities.get(i) >= best - 0.01) {
                nearest.add(found.get(i));
            }
        }
        return new Fuzzy.Near(nearest, best);
    }

    private static String mutate(String s, Random r) {
        StringBuilder sb = new StringBuilder(s);
        for (int e = r.nextInt(5); e > 0; e--) {
            int at = sb.length() == 0 ? 0 : r.nextInt(sb.length());
            char c = "aeinrstlo -'é".charAt(r.nextInt(13));
            switch (r.nextInt(3)) {
                case 0 -> sb.insert(at, c);
                case 1 -> { if (sb.length() > 0) { sb.deleteCharAt(at); } }
                default -> { if (sb.length() > 0) { sb.setCharAt(at, c); } }
            }
        }
        return sb.toString();
    }

    @Test
    void sameNearKeysAsWithoutTheShortcut() {
        Random r = new Random(17);
        String[] bases = {"saint-malo", "saint-denis", "la rochelle", "brest metropole", "pays de bitche", "creuse",
            "montigny-les-metz", "saint-etienne", "perigueux", "lamentin"};
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            keys.add(mutate(bases[r.nextInt(bases.length)], r));
        }
        for (int q = 0; q < 400; q++) {
            String key = mutate(bases[r.nextInt(bases.length)], r);
            int edits = Fuzzy.edits(key);
            Fuzzy.Near expected = reference(key, keys, 0.9, edits);
            Fuzzy.Near actual = Fuzzy.nearest(key, keys, 0.9, edits);
            assertThat(actual.keys()).as(key).isEqualTo(expected.keys());
            assertThat(actual.similarity()).as(key).isEqualTo(expected.similarity());
        }
    }

    @Test
    void theBagDistanceNeverExceedsTheEditDistance() {
        Random r = new Random(19);
        for (int i = 0; i < 20000; i++) {
            String a = mutate(mutate("brest metropole", r), r);
            String b = mutate(a, r);
            int[] counts = new int[128];
            boolean ascii = a.chars().allMatch(c -> c < 128);
            if (!ascii) {
                continue;
            }
            a.chars().forEach(c -> counts[c]++);
            int[] before = counts.clone();
            for (int edits = 0; edits <= 3; edits++) {
                if (Fuzzy.bagDistanceAbove(counts, a.length(), b, edits)) {
                    assertThat(new LevenshteinDistance(edits).apply(a, b)).as("%s / %s", a, b).isEqualTo(-1);
                }
                assertThat(counts).isEqualTo(before);
            }
        }
        int[] brest = new int[128];
        "brest".chars().forEach(c -> brest[c]++);
        assertThat(Fuzzy.bagDistanceAbove(brest, 5, "berst", 0)).as("an anagram has no bag distance").isFalse();
        assertThat(Fuzzy.bagDistanceAbove(brest, 5, "briest", 0)).isTrue();
        assertThat(Fuzzy.bagDistanceAbove(brest, 5, "briest", 1)).isFalse();
    }
}
