package fr.palmares.eval;

import fr.palmares.model.Collectivite;
import fr.palmares.model.Laureate;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Scores the laureates extracted from one document against its gold exactly as the reference scorer
 * ({@code shared/tools/score.py}) does, so that {@code palmares eval} and the reference agree:
 * extracted laureates that match an optional gold laureate are set aside; the rest are paired with the
 * gold laureates, best pairs first (same title, or titles sharing words and a collectivité); then each
 * field is right or wrong. Text compares after NFKD folding, lower case, "&" as "et" and every run of
 * non-alphanumerics as one space; a name also without its leading article. Region is counted over
 * the gold collectivités that give one.
 */
public final class Evaluator {
    public static final List<String> FIELDS = List.of("record", "edition", "medal", "category", "project",
            "collectivites", "region");
    private static final Pattern NON_ALNUM = Pattern.compile("[^0-9a-z]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final List<String> ARTICLES = List.of("la ", "le ", "les ", "l ");

    /** The scores and the differences of one document. */
    public record Result(Map<String, FieldScore> scores, List<String> missed, List<String> extra, List<String> wrong) {
    }

    public Result evaluate(Gold gold, List<Laureate> extracted) {
        List<Laureate> preds = new ArrayList<>(extracted);
        if (!gold.optional().isEmpty()) {
            List<int[]> opt = match(gold.optional(), preds);
            opt.sort(Comparator.comparingInt((int[] p) -> -p[1]));
            for (int[] p : opt) {
                preds.remove(p[1]);
            }
        }
        List<Gold.GoldLaureate> golds = gold.laureates();
        List<int[]> pairs = match(golds, preds);
        Map<String, FieldScore> scores = new LinkedHashMap<>();
        for (String f : FIELDS) {
            scores.put(f, new FieldScore());
        }
        int np = preds.size();
        int ng = golds.size();
        scores.get("record").add(pairs.size(), np, ng);
        for (String f : List.of("edition", "medal", "category", "project", "collectivites")) {
            int c = 0;
            for (int[] p : pairs) {
                if (fieldOk(f, golds.get(p[0]), preds.get(p[1]))) {
                    c++;
                }
            }
            scores.get(f).add(c, np, ng);
        }
        int rn = 0;
        for (Gold.GoldLaureate g : golds) {
            for (Gold.GoldCollectivite gc : g.collectivites()) {
                if (gc.region() != null && !gc.optional()) {
                    rn++;
                }
            }
        }
        int rok = 0;
        for (int[] p : pairs) {
            rok += regionsRight(golds.get(p[0]), preds.get(p[1]));
        }
        scores.get("region").add(rok, rn, rn);

        Set<Integer> pairedGold = new HashSet<>();
        Set<Integer> pairedPred = new HashSet<>();
        pairs.forEach(p -> {
            pairedGold.add(p[0]);
            pairedPred.add(p[1]);
        });
        List<String> missed = new ArrayList<>();
        for (int i = 0; i < ng; i++) {
            if (!pairedGold.contains(i)) {
                missed.add(describe(golds.get(i)));
            }
        }
        List<String> extra = new ArrayList<>();
        for (int j = 0; j < np; j++) {
            if (!pairedPred.contains(j)) {
                Laureate l = preds.get(j);
                extra.add(l.edition() + " " + l.medal() + " | " + l.category() + " | " + names(l) + " | " + l.project());
            }
        }
        List<String> wrong = new ArrayList<>();
        for (int[] p : pairs) {
            Gold.GoldLaureate g = golds.get(p[0]);
            Laureate l = preds.get(p[1]);
            List<String> diffs = new ArrayList<>();
            for (String f : List.of("edition", "medal", "category", "project", "collectivites")) {
                if (!fieldOk(f, g, l)) {
                    diffs.add(f + ": got " + value(f, l));
                }
            }
            if (!diffs.isEmpty()) {
                wrong.add(describe(g) + "\n      " + String.join("\n      ", diffs));
            }
        }
        return new Result(scores, missed, extra, wrong);
    }

    private static Object value(String f, Laureate l) {
        return switch (f) {
            case "edition" -> l.edition();
            case "medal" -> l.medal();
            case "category" -> l.category();
            case "project" -> l.project();
            default -> names(l);
        };
    }

    // --- the reference scorer's rules -------------------------------------------------------------

    /** norm(): NFKD without marks, lower case, œ/æ expanded, "&" as " et ", non-alphanumerics as spaces. */
    public static String norm(String s) {
        if (s == null) {
            return null;
        }
        String t = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
        t = t.toLowerCase(Locale.ROOT).replace("œ", "oe").replace("æ", "ae").replace("&", " et ");
        t = NON_ALNUM.matcher(t).replaceAll(" ");
        return String.join(" ", t.trim().split("\\s+")).trim();
    }

    static String normName(String s) {
        String n = norm(s);
        if (n == null) {
            n = "";
        }
        for (String a : ARTICLES) {
            if (n.startsWith(a)) {
                return n.substring(a.length());
            }
        }
        return n;
    }

    /** The folded accepted values; an empty list (a null gold field) accepts only null. */
    private static Set<String> alts(List<String> values, boolean name) {
        Set<String> out = new HashSet<>();
        if (values.isEmpty()) {
            out.add(null);
            return out;
        }
        for (String v : values) {
            out.add(name ? normName(v) : norm(v));
        }
        return out;
    }

    private static Set<String> tokens(String s) {
        Set<String> out = new HashSet<>();
        if (s != null && !s.isEmpty()) {
            Collections.addAll(out, s.split(" "));
        }
        out.remove("");
        return out;
    }

    private static double jaccard(String a, String b) {
        Set<String> x = tokens(a);
        Set<String> y = tokens(b);
        Set<String> union = new HashSet<>(x);
        union.addAll(y);
        if (union.isEmpty()) {
            return 0;
        }
        Set<String> inter = new HashSet<>(x);
        inter.retainAll(y);
        return (double) inter.size() / union.size();
    }

    private static List<String> predNames(Laureate p) {
        List<String> out = new ArrayList<>();
        for (Collectivite c : p.collectivites()) {
            out.add(normName(c.name()));
        }
        return out;
    }

    private static boolean colsOk(Gold.GoldLaureate g, Laureate p) {
        List<String> names = predNames(p);
        List<List<Map.Entry<Set<String>, Boolean>>> options = new ArrayList<>();
        List<Map.Entry<Set<String>, Boolean>> main = new ArrayList<>();
        for (Gold.GoldCollectivite gc : g.collectivites()) {
            main.add(Map.entry(alts(gc.names(), true), gc.optional()));
        }
        options.add(main);
        for (List<String> alt : g.alternatives()) {
            List<Map.Entry<Set<String>, Boolean>> o = new ArrayList<>();
            for (String n : alt) {
                Set<String> one = new HashSet<>();
                one.add(normName(n));
                o.add(Map.entry(one, false));
            }
            options.add(o);
        }
        for (List<Map.Entry<Set<String>, Boolean>> cols : options) {
            List<String> rest = new ArrayList<>(names);
            boolean ok = true;
            for (Map.Entry<Set<String>, Boolean> c : cols) {
                if (c.getValue()) {
                    continue;
                }
                String hit = rest.stream().filter(n -> c.getKey().contains(n)).findFirst().orElse(null);
                if (hit == null) {
                    ok = false;
                    break;
                }
                rest.remove(hit);
            }
            if (ok) {
                for (Map.Entry<Set<String>, Boolean> c : cols) {
                    if (!c.getValue()) {
                        continue;
                    }
                    rest.stream().filter(n -> c.getKey().contains(n)).findFirst().ifPresent(rest::remove);
                }
                if (rest.isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    private record Sim(double score, double title, int overlap) {
    }

    private static Sim similarity(Gold.GoldLaureate g, Laureate p) {
        String pt = norm(p.project());
        Set<String> ga = alts(g.project(), false);
        double ts;
        if (ga.contains(pt)) {
            ts = 2.0;
        } else {
            ts = 0;
            for (String a : ga) {
                ts = Math.max(ts, jaccard(pt, a));
            }
        }
        Set<String> names = new HashSet<>(predNames(p));
        int overlap = 0;
        for (Gold.GoldCollectivite gc : g.collectivites()) {
            Set<String> a = alts(gc.names(), true);
            if (names.stream().anyMatch(a::contains)) {
                overlap++;
            }
        }
        return new Sim(ts + 0.5 * overlap, ts, overlap);
    }

    /** Pairs (gold index, prediction index), best first, as the reference scorer's match(). */
    static List<int[]> match(List<Gold.GoldLaureate> golds, List<Laureate> preds) {
        List<double[]> cand = new ArrayList<>();
        for (int i = 0; i < golds.size(); i++) {
            for (int j = 0; j < preds.size(); j++) {
                Sim s = similarity(golds.get(i), preds.get(j));
                if (s.title() >= 2.0 || s.title() >= 0.5 && s.overlap() >= 1 || s.overlap() >= 1 && s.title() >= 0.25) {
                    cand.add(new double[] {s.score(), i, j});
                }
            }
        }
        // sorted(reverse=True) over (score, i, j) tuples
        cand.sort((a, b) -> {
            for (int k = 0; k < 3; k++) {
                int c = Double.compare(b[k], a[k]);
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        });
        Set<Integer> gi = new HashSet<>();
        Set<Integer> pj = new HashSet<>();
        List<int[]> pairs = new ArrayList<>();
        for (double[] c : cand) {
            int i = (int) c[1];
            int j = (int) c[2];
            if (gi.contains(i) || pj.contains(j)) {
                continue;
            }
            gi.add(i);
            pj.add(j);
            pairs.add(new int[] {i, j});
        }
        return pairs;
    }

    static boolean fieldOk(String f, Gold.GoldLaureate g, Laureate p) {
        return switch (f) {
            case "edition" -> Objects.equals(g.edition(), p.edition());
            case "medal" -> Objects.equals(g.medal(), p.medal());
            case "category" -> alts(g.category(), false).contains(norm(p.category()));
            case "project" -> alts(g.project(), false).contains(norm(p.project()));
            case "collectivites" -> colsOk(g, p);
            default -> throw new IllegalArgumentException(f);
        };
    }

    /** The gold collectivités with a region whose region the prediction gives right. */
    private static int regionsRight(Gold.GoldLaureate g, Laureate p) {
        List<Map.Entry<String, Collectivite>> pcs = new ArrayList<>();
        for (Collectivite c : p.collectivites()) {
            pcs.add(Map.entry(normName(c.name()), c));
        }
        int ok = 0;
        for (Gold.GoldCollectivite gc : g.collectivites()) {
            if (gc.region() == null || gc.optional()) {
                continue;
            }
            Set<String> a = alts(gc.names(), true);
            Collectivite hit = pcs.stream().filter(e -> a.contains(e.getKey())).map(Map.Entry::getValue).findFirst()
                    .orElse(null);
            if (hit == null && pcs.size() == 1 && g.collectivites().size() == 1) {
                hit = pcs.get(0).getValue();
            }
            if (hit != null && gc.region().equals(String.valueOf(hit.region()))) {
                ok++;
            }
        }
        return ok;
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
