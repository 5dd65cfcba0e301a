package fr.palmares.classify;

import fr.palmares.model.Block;
import fr.palmares.model.Text;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the label's edition from the document's words. A year next to "label(s)", "lauréats",
 * "édition", "annuaire", "Territoire(s) Innovant(s)" counts much more than a year in passing; a year in
 * a call for candidates ("et si c'était vous", "candidater") or in a look back ("l'année dernière",
 * "leur labellisation 2021" inside prose) counts less; headings count more than body text.
 */
public final class EditionDetector {
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(20[0-4]\\d)(?!\\d)");
    private static final Pattern STRONG_BEFORE = Pattern.compile(
            "(labels?|laureats?|edition|annuaire|innovants?»?|innovants? »|palmares|promotion|millesime)\\W{0,4}$");
    private static final Pattern STRONG_AFTER = Pattern.compile("^\\W{0,3}(labels?|laureats?)\\b");
    private static final Pattern CALL = Pattern.compile(
            "et si c'etait vous|candidat|appel a (projets|candidatures)|prochaine edition|inscri|l'annee prochaine");
    private static final Pattern LOOK_BACK = Pattern.compile("l'annee derniere|precedente|dans la continuite|en \\d{4},");

    public Integer detect(List<Block> blocks) {
        Map<Integer, Double> score = new TreeMap<>();
        for (Block b : blocks) {
            String t = Text.fold(b.text().replace('\n', ' '));
            Matcher m = YEAR.matcher(t);
            boolean call = CALL.matcher(t).find();
            boolean lookBack = LOOK_BACK.matcher(t).find();
            while (m.find()) {
                int year = Integer.parseInt(m.group(1));
                if (year < 2009) {
                    continue;
                }
                String before = t.substring(Math.max(0, m.start() - 40), m.start());
                String after = t.substring(m.end(), Math.min(t.length(), m.end() + 12));
                double w = 0.2;
                if (STRONG_BEFORE.matcher(before).find() || STRONG_AFTER.matcher(after).find()) {
                    w = before.contains("labellisation") ? 0.5 : 3;
                }
                if (b.isHeading()) {
                    w *= 2;
                }
                if (call) {
                    w *= 0.1;
                }
                if (lookBack && !b.isHeading()) {
                    w *= 0.3;
                }
                score.merge(year, w, Double::sum);
            }
        }
        Integer best = null;
        double bestScore = 0;
        for (Map.Entry<Integer, Double> e : score.entrySet()) {
            if (e.getValue() > bestScore) {
                best = e.getKey();
                bestScore = e.getValue();
            }
        }
        return best;
    }
}
