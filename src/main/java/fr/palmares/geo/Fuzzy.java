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
        List<String> found = new ArrayList<>();
        List<Double> similarities = new ArrayList<>();
        double best = 0;
        for (String k : keys) {
            if (Math.abs(k.length() - key.length()) > maxEdits || k.equals(key)) {
                continue;
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

    /** Edits allowed for a key: one per ten characters, at least one, at most three. */
    static int edits(String key) {
        return Math.max(1, Math.min(3, key.length() / 10));
    }
}
