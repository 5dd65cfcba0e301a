package fr.palmares.assemble;

import fr.palmares.lexicon.Folded;
import fr.palmares.model.RawLaureate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether two readings are of the same award: a collectivité in common and titles alike (equal once
 * folded, one holding the other, or most of their words shared), or the very same title. Each reading's
 * keys are made once ({@link #keys}), since a document's readings are compared pair by pair.
 */
final class SameAward {
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)");
    private static final Pattern ARTICLE = Pattern.compile("^(la|le|les|l) ");

    /** A reading's title and collectivités as compared: folded, letters and digits only. */
    record Keys(String title, List<String> names) {
    }

    private SameAward() {
    }

    static Keys keys(RawLaureate r) {
        return new Keys(key(r.project()), r.collectivites().stream().map(SameAward::nameKey).toList());
    }

    static boolean test(RawLaureate a, RawLaureate b) {
        return test(keys(a), keys(b));
    }

    static boolean test(Keys a, Keys b) {
        String ta = a.title();
        String tb = b.title();
        if (ta.isEmpty() || tb.isEmpty()) {
            return false;
        }
        boolean sameTitle = ta.equals(tb);
        boolean names = shareNameKey(a.names(), b.names());
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
        return s == null ? "" : NOT_ALNUM.matcher(Folded.fold(s)).replaceAll(" ").strip();
    }

    static boolean shareName(List<String> a, List<String> b) {
        return shareNameKey(a.stream().map(SameAward::nameKey).toList(), b.stream().map(SameAward::nameKey).toList());
    }

    private static boolean shareNameKey(List<String> a, List<String> b) {
        for (String kx : a) {
            for (String ky : b) {
                if (!kx.isEmpty() && (kx.equals(ky) || kx.contains(ky) && ky.length() >= 5 || ky.contains(kx) && kx.length() >= 5)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String nameKey(String n) {
        return ARTICLE.matcher(key(PARENTHESES.matcher(n).replaceAll(""))).replaceFirst("");
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
