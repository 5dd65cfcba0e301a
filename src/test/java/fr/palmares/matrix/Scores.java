package fr.palmares.matrix;

import fr.palmares.eval.Evaluator;
import fr.palmares.eval.FieldScore;
import fr.palmares.eval.Gold;
import fr.palmares.model.Laureate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores extracted laureates against a gold with the repository's {@link Evaluator} (the contract's
 * rules, as shared/tools/score.py applies them), and prints the figures: one line per document, and the
 * differences of a document that falls short.
 */
public final class Scores {
    /** The fields a test holds at F1 = 1.0: all but region, which follows with the geography issue. */
    public static final List<String> CHECKED = Evaluator.FIELDS.stream().filter(f -> !f.equals("region")).toList();

    private Scores() {
    }

    public static Evaluator.Result score(Gold gold, List<Laureate> found) {
        return new Evaluator().evaluate(gold, found);
    }

    /** The checked fields under F1 = 1.0. */
    public static List<String> failing(Evaluator.Result r) {
        return CHECKED.stream().filter(f -> r.scores().get(f).f1() < 1.0).toList();
    }

    /** The header of {@link #line}. */
    public static String header(int width) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-" + width + "s", "document"));
        for (String f : Evaluator.FIELDS) {
            sb.append(String.format(Locale.ROOT, " %8s", f.length() > 8 ? f.substring(0, 8) : f));
        }
        return sb.append("  found").toString();
    }

    /** One document's F1 per field and the number of laureates found. */
    public static String line(String name, int width, Evaluator.Result r, int found) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-" + width + "s", name));
        for (Map.Entry<String, FieldScore> e : r.scores().entrySet()) {
            sb.append(String.format(Locale.ROOT, " %8.3f", e.getValue().f1()));
        }
        return sb.append(String.format(Locale.ROOT, "  %5d", found)).toString();
    }

    /** The missed, extra and wrong laureates, one per line. */
    public static String differences(Evaluator.Result r) {
        List<String> out = new ArrayList<>();
        r.missed().forEach(m -> out.add("missed: " + m));
        r.extra().forEach(m -> out.add("extra:  " + m));
        r.wrong().forEach(m -> out.add("wrong:  " + m));
        return String.join("\n", out);
    }
}
