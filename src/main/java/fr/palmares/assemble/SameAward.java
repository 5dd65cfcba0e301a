package fr.palmares.assemble;

import fr.palmares.lexicon.Folded;
import fr.palmares.model.RawLaureate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether two readings are of the same award: a collectivité in common and titles alike (equal once
 * folded, one holding the other, or most of their words shared), or the very same title.
 */
final class SameAward {
    private SameAward() {
    }

    static boolean test(RawLaureate a, RawLaureate b) {
        String ta = key(a.project());
        String tb = key(b.project());
        if (ta.isEmpty() || tb.isEmpty()) {
            return false;
        }
        boolean sameTitle = ta.equals(tb);
        boolean names = shareName(a.collectivites(), b.collectivites());
        if (sameTitle && (names || ta.length() >= 25)) {
            return true;
        }
        if (!names) {
            return false;
        }
        if (ta.length() >= 6 && tb.length() >= 6 && (ta.contains(tb) || tb.contains(ta))) {
            return true;
        }
        return jaccard(ta, tb) >= 0.5;
    }

    static String key(String s) {
        return s == null ? "" : Folded.fold(s).replaceAll("[^a-z0-9]+", " ").strip();
    }

    static boolean shareName(List<String> a, List<String> b) {
        for (String x : a) {
            String kx = nameKey(x);
            for (String y : b) {
                String ky = nameKey(y);
                if (!kx.isEmpty() && (kx.equals(ky) || kx.contains(ky) && ky.length() >= 5 || ky.contains(kx) && kx.length() >= 5)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String nameKey(String n) {
        return key(n.replaceAll("\\([^)]*\\)", "")).replaceAll("^(la|le|les|l) ", "");
    }

    static double jaccard(String a, String b) {
        Set<String> x = new HashSet<>(List.of(a.split(" ")));
        Set<String> y = new HashSet<>(List.of(b.split(" ")));
        Set<String> inter = new HashSet<>(x);
        inter.retainAll(y);
        Set<String> union = new HashSet<>(x);
        union.addAll(y);
        return union.isEmpty() ? 0 : (double) inter.size() / union.size();
    }
}
