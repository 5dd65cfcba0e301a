package fr.palmares.merge;

import fr.palmares.model.Regexes;
import fr.palmares.model.Text;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/** Whether two printed titles name the same project: equal once folded, one holding the other, or nearly equal. */
final class Titles {
    private static final JaroWinklerSimilarity JW = new JaroWinklerSimilarity();

    private Titles() {
    }

    /** Whether two titles, each already turned into its {@link #key}, name the same project. */
    static boolean similar(String a, String b) {
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

    /** A title folded, its punctuation turned into single spaces. */
    static String key(String s) {
        return s == null ? "" : Regexes.replaceAll(Text.fold(s), "[^a-z0-9]+", " ").strip();
    }
}
