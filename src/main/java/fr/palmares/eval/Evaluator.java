package fr.palmares.eval;

import fr.palmares.model.Collectivite;
import fr.palmares.model.Laureate;
import fr.palmares.model.Text;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Scores the laureates extracted from one document against its gold, per the contract: laureates are
 * paired with gold laureates, then each field is counted right or wrong; text compares after folding
 * case, accents, typography, surrounding quotes and spaces, and any listed alternative is accepted.
 */
public final class Evaluator {
    public static final List<String> FIELDS = List.of("record", "edition", "medal", "category", "project",
            "collectivites", "region");

    /** The scores and the differences of one document. */
    public record Result(Map<String, FieldScore> scores, List<String> missed, List<String> extra, List<String> wrong) {
    }

    public Result evaluate(Gold gold, List<Laureate> extracted) {
        Map<String, FieldScore> scores = new LinkedHashMap<>();
        for (String f : FIELDS) {
            scores.put(f, new FieldScore());
        }
        List<String> missed = new ArrayList<>();
        List<String> extra = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        List<Laureate> pool = new ArrayList<>(extracted);
        Map<Gold.GoldLaureate, Laureate> pairs = new LinkedHashMap<>();
        // Pair the best matches first.
        List<Gold.GoldLaureate> golds = gold.laureates();
        boolean progress = true;
        while (progress) {
            progress = false;
            double best = 0;
            Gold.GoldLaureate bg = null;
            Laureate bl = null;
            for (Gold.GoldLaureate g : golds) {
                if (pairs.containsKey(g)) {
                    continue;
                }
                for (Laureate l : pool) {
                    double s = affinity(g, l);
                    if (s > best) {
                        best = s;
                        bg = g;
                        bl = l;
                    }
                }
            }
            if (bg != null && best >= 1) {
                pairs.put(bg, bl);
                pool.remove(bl);
                progress = true;
            }
        }
        // Extracted laureates that match an optional gold laureate count neither way.
        pool.removeIf(l -> gold.optional().stream().anyMatch(g -> affinity(g, l) >= 1));
        int predicted = pairs.size() + pool.size();
        int expected = golds.size();
        scores.get("record").add(pairs.size(), predicted, expected);
        for (Gold.GoldLaureate g : golds) {
            Laureate l = pairs.get(g);
            if (l == null) {
                missed.add(describe(g));
                for (Gold.GoldCollectivite gc : g.collectivites()) {
                    if (gc.region() != null && !gc.optional()) {
                        scores.get("region").add(0, 0, 1);
                    }
                }
                continue;
            }
            List<String> diffs = new ArrayList<>();
            count(scores.get("edition"), Objects.equals(g.edition(), l.edition()), diffs, "edition", l.edition());
            count(scores.get("medal"), Objects.equals(g.medal(), l.medal()), diffs, "medal", l.medal());
            count(scores.get("category"), textMatches(g.category(), l.category()), diffs, "category", l.category());
            count(scores.get("project"), textMatches(g.project(), l.project()), diffs, "project", l.project());
            count(scores.get("collectivites"), sameCollectivites(g, l), diffs, "collectivites", names(l));
            regions(g, l, scores.get("region"), diffs);
            if (!diffs.isEmpty()) {
                wrong.add(describe(g) + "\n      " + String.join("\n      ", diffs));
            }
        }
        for (Laureate l : pool) {
            extra.add(l.edition() + " " + l.medal() + " | " + l.category() + " | " + names(l) + " | " + l.project());
            scores.get("edition").add(0, 1, 0);
            scores.get("medal").add(0, 1, 0);
            scores.get("category").add(0, 1, 0);
            scores.get("project").add(0, 1, 0);
            scores.get("collectivites").add(0, 1, 0);
        }
        return new Result(scores, missed, extra, wrong);
    }

    private static void count(FieldScore s, boolean ok, List<String> diffs, String field, Object got) {
        s.add(ok ? 1 : 0, 1, 1);
        if (!ok) {
            diffs.add(field + ": got " + got);
        }
    }

    private static void regions(Gold.GoldLaureate g, Laureate l, FieldScore s, List<String> diffs) {
        for (Gold.GoldCollectivite gc : g.collectivites()) {
            if (gc.region() == null) {
                continue;
            }
            Collectivite c = l.collectivites().stream().filter(x -> nameMatches(gc.names(), x.name())).findFirst()
                    .orElse(null);
            if (c == null) {
                if (!gc.optional()) {
                    s.add(0, 0, 1);
                }
                continue;
            }
            boolean ok = gc.region().equals(c.region());
            s.add(ok ? 1 : 0, c.region() == null ? 0 : 1, 1);
            if (!ok) {
                diffs.add("region of " + c.name() + ": got " + c.region() + ", expected " + gc.region());
            }
        }
    }

    /** 1 or more when the extracted laureate is this gold laureate: same title or same collectivités. */
    static double affinity(Gold.GoldLaureate g, Laureate l) {
        double s = 0;
        if (textMatches(g.project(), l.project())) {
            s += 1;
        } else if (g.project().stream().anyMatch(p -> contains(p, l.project()))) {
            s += 0.6;
        }
        if (sameCollectivites(g, l)) {
            s += 1;
        } else if (g.collectivites().stream().anyMatch(gc -> l.collectivites().stream()
                .anyMatch(c -> nameMatches(gc.names(), c.name())))) {
            s += 0.5;
        }
        if (g.edition() != null && !g.edition().equals(l.edition())) {
            s -= 1;
        }
        return s;
    }

    static boolean sameCollectivites(Gold.GoldLaureate g, Laureate l) {
        List<String> got = names(l);
        if (g.alternatives().stream().anyMatch(alt -> sameSet(alt, got))) {
            return true;
        }
        Set<Integer> used = new HashSet<>();
        for (Gold.GoldCollectivite gc : g.collectivites()) {
            int found = -1;
            for (int i = 0; i < got.size(); i++) {
                if (!used.contains(i) && nameMatches(gc.names(), got.get(i))) {
                    found = i;
                    break;
                }
            }
            if (found < 0 && !gc.optional()) {
                return false;
            }
            if (found >= 0) {
                used.add(found);
            }
        }
        return used.size() == got.size();
    }

    private static boolean sameSet(List<String> expected, List<String> got) {
        if (expected.size() != got.size()) {
            return false;
        }
        Set<String> a = new HashSet<>();
        Set<String> b = new HashSet<>();
        expected.forEach(x -> a.add(norm(x)));
        got.forEach(x -> b.add(norm(x)));
        return a.equals(b);
    }

    static boolean nameMatches(List<String> accepted, String name) {
        return accepted.stream().anyMatch(a -> norm(a).equals(norm(name)));
    }

    static boolean textMatches(List<String> accepted, String value) {
        if (accepted.isEmpty()) {
            return value == null;
        }
        return value != null && accepted.stream().anyMatch(a -> norm(a).equals(norm(value)));
    }

    private static boolean contains(String a, String b) {
        if (b == null) {
            return false;
        }
        String x = norm(a);
        String y = norm(b);
        return x.length() > 3 && y.length() > 3 && (x.contains(y) || y.contains(x));
    }

    /** The contract's comparison key. */
    public static String norm(String s) {
        return s == null ? "" : Text.fold(s);
    }

    private static List<String> names(Laureate l) {
        List<String> out = new ArrayList<>();
        l.collectivites().forEach(c -> out.add(c.name()));
        return out;
    }

    private static String describe(Gold.GoldLaureate g) {
        List<String> names = new ArrayList<>();
        g.collectivites().forEach(c -> names.add(c.names().isEmpty() ? "?" : c.names().get(0)));
        return g.edition() + " " + g.medal() + " | " + (g.category().isEmpty() ? null : g.category().get(0)) + " | "
                + names + " | " + (g.project().isEmpty() ? "" : g.project().get(0));
    }
}
