package fr.palmares.geo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Near matches of a folded key among the keys of one type of entity: Jaro-Winkler similarity above a
 * threshold and at most a few edits (Levenshtein). Every key within 0.01 of the best is returned, so that
 * two near names make an ambiguity instead of a guess.
 */
final class Fuzzy {
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    record Near(List<String> keys, double similarity) {
        boolean isEmpty() {
            return keys.isEmpty();
        }
    }

    private Fuzzy() {
    }

    static Near nearest(String key, Collection<String> keys, double minSimilarity, int maxEdits) {
        if (key.length() < 5) {
            return new Near(List.of(), 0);
        }
        LevenshteinDistance levenshtein = new LevenshteinDistance(maxEdits);
        int[] counts = asciiCounts(key);
        List<String> found = new ArrayList<>();
        List<Double> similarities = new ArrayList<>();
        double best = 0;
        for (String k : keys) {
            if (Math.abs(k.length() - key.length()) > maxEdits || k.equals(key)) {
                continue;
            }
            if (counts != null && bagDistanceAbove(counts, key.length(), k, maxEdits)) {
                continue; // more edits than allowed whatever their order: Levenshtein would refuse it
            }
            double s = JARO_WINKLER.apply(key, k);
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
        return new Near(nearest, best);
    }

    /** How many times each ASCII character occurs in the key; null when it has another character. */
    private static int[] asciiCounts(String key) {
        int[] counts = new int[128];
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c >= 128) {
                return null;
            }
            counts[c]++;
        }
        return counts;
    }

    /**
     * Whether the bag distance between the key (its character counts) and {@code k} is above
     * {@code edits}: the characters one has more of than the other, the larger of the two sides. Every
     * edit changes it by one at most, so it is never more than the Levenshtein distance. The counts are
     * left as they were given; a character of {@code k} outside ASCII answers false (no shortcut).
     */
    static boolean bagDistanceAbove(int[] counts, int keyLength, String k, int edits) {
        int n = k.length();
        int extraInK = 0; // characters of k the key has no more of
        int i = 0;
        boolean ascii = true;
        for (; i < n; i++) {
            char c = k.charAt(i);
            if (c >= 128) {
                ascii = false;
                break;
            }
            if (counts[c] <= 0) {
                extraInK++;
            }
            counts[c]--;
        }
        for (int j = 0; j < i; j++) {
            counts[k.charAt(j)]++;
        }
        if (!ascii) {
            return false;
        }
        int extraInKey = keyLength - (n - extraInK);
        return Math.max(extraInKey, extraInK) > edits;
    }

    /** Edits allowed for a key: one per ten characters, at least one, at most three. */
    static int edits(String key) {
        return Math.max(1, Math.min(3, key.length() / 10));
    }
}
