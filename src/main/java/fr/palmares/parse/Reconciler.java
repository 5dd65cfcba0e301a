package fr.palmares.parse;

import fr.palmares.model.RawLaureate;
import fr.palmares.model.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Within one document, the same award may be read twice (a yearbook's summary list and its laureate
 * page): such readings become one, keeping the surest title and names and the fields only one gives.
 */
public final class Reconciler {
    private static final JaroWinklerSimilarity JW = new JaroWinklerSimilarity();

    public List<RawLaureate> reconcile(List<RawLaureate> found) {
        List<RawLaureate> out = new ArrayList<>();
        for (RawLaureate r : found) {
            int same = -1;
            for (int i = 0; i < out.size(); i++) {
                if (sameAward(out.get(i), r)) {
                    same = i;
                    break;
                }
            }
            if (same < 0) {
                out.add(r);
            } else {
                out.set(same, combine(out.get(same), r));
            }
        }
        return out;
    }

    public static boolean sameAward(RawLaureate a, RawLaureate b) {
        if (!Objects.equals(a.edition(), b.edition())) {
            return false;
        }
        if (a.category() != null && b.category() != null && !Text.fold(a.category()).equals(Text.fold(b.category()))) {
            return false;
        }
        if (a.medal() != null && b.medal() != null && a.medal() != b.medal()) {
            return false;
        }
        if (similarTitles(a.project(), b.project())) {
            return true;
        }
        return a.category() != null && b.category() != null && a.medal() != null && a.medal() == b.medal()
                && sameNames(a.collectivites(), b.collectivites());
    }

    /** Equal after folding, one containing the other, or nearly equal. */
    public static boolean similarTitles(String x, String y) {
        String a = key(x);
        String b = key(y);
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

    private static boolean sameNames(List<String> a, List<String> b) {
        for (String x : a) {
            for (String y : b) {
                String kx = key(x);
                String ky = key(y);
                if (kx.equals(ky) || kx.startsWith(ky) || ky.startsWith(kx)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String key(String s) {
        return s == null ? "" : Text.fold(s).replaceAll("[^a-z0-9]+", " ").strip();
    }

    static RawLaureate combine(RawLaureate a, RawLaureate b) {
        RawLaureate sure = b.confidence() > a.confidence() ? b : a;
        return new RawLaureate(
                a.edition(),
                a.medal() != null ? a.medal() : b.medal(),
                a.category() != null ? a.category() : b.category(),
                sure.project(),
                sure.collectivites(),
                a.description() != null ? a.description() : b.description(),
                a.origin(),
                Math.max(a.confidence(), b.confidence()));
    }
}
