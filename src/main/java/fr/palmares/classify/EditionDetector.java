package fr.palmares.classify;

import fr.palmares.model.Regexes;
import fr.palmares.lexicon.Hit;
import fr.palmares.lexicon.Lexicon;
import fr.palmares.lexicon.Vocab;
import fr.palmares.model.Block;
import fr.palmares.model.Text;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the label's edition from what the document says of itself: first its title (the first
 * headings, before any section), then its headings and the years the label's words name ("labels
 * 2019", "lauréats 2016", "palmarès 2021"), far above a year in passing; the date its head prints (its
 * dateline, "jeudi 13 décembre 2012") above a year in passing too. A section that calls for the next
 * candidates ("Label 2020 : et si c'était vous ?") or looks back at past laureates ("Les lauréats
 * 2018, un an après") gives its years no weight, nor does the text under its heading; a look back inside
 * a sentence ("l'an dernier") weighs little. The cues are the lexicon's (EDITION_CUE, CALL_CUE,
 * RECALL_CUE).
 */
public final class EditionDetector {
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(20[0-4]\\d)(?!\\d)");
    /** How many blocks the title may take at the head of the document. */
    private static final int TITLE_BLOCKS = 4;
    private static final double TITLE = 4;
    private static final double CUED = 3;
    private static final double PASSING = 0.2;
    /** The year of the date a document's head prints (its dateline): more than a year in passing. */
    private static final double DATED = 1;

    private final Lexicon lexicon;

    public EditionDetector() {
        this(Lexicon.get());
    }

    public EditionDetector(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    public Integer detect(List<Block> blocks) {
        Map<Integer, Double> score = new TreeMap<>();
        int asideLevel = -1; // the level of the heading of a call or a look back, while under it
        int headings = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            String t = Text.fold(b.text().replace('\n', ' '));
            boolean heading = b.isHeading();
            if (heading) {
                headings++;
                int level = Math.max(1, b.level());
                if (asideLevel >= 0 && level <= asideLevel) {
                    asideLevel = -1;
                }
                if (aside(t)) {
                    asideLevel = level;
                }
            }
            if (asideLevel >= 0) {
                continue;
            }
            boolean call = lexicon.contains(Vocab.CALL_CUE, t);
            boolean lookBack = !heading && lookBack(t);
            boolean title = i < TITLE_BLOCKS && headings <= 2;
            Matcher m = YEAR.matcher(t);
            while (m.find()) {
                int year = Integer.parseInt(m.group(1));
                if (year < 2009) {
                    continue;
                }
                String near = t.substring(Math.max(0, m.start() - 40), Math.min(t.length(), m.end() + 12));
                double w = lexicon.contains(Vocab.EDITION_CUE, near) ? CUED : PASSING;
                if (heading) {
                    w *= 2;
                }
                if (title && w >= CUED) {
                    w *= TITLE;
                }
                if (title && w < DATED && dated(t, m.start())) {
                    w = DATED;
                }
                if (call) {
                    w *= 0.1;
                }
                if (lookBack) {
                    w *= 0.2;
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

    /** The year at {@code at} is that of a date ("jeudi 13 décembre 2012"). */
    private boolean dated(String t, int at) {
        return lexicon.find(Vocab.DATE, t).stream().anyMatch(h -> h.start() <= at && at < h.end());
    }

    /** A heading of a call for candidates or of a look back at past laureates. */
    private boolean aside(String heading) {
        if (lexicon.contains(Vocab.CALL_CUE, heading)) {
            return true;
        }
        for (Hit h : lexicon.find(Vocab.RECALL_CUE, heading)) {
            if (!"past".equals(h.key())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A sentence looking back ("l'an dernier", "avait reçu", "dans la continuité de", "leur labellisation
     * 2021"), not one merely naming the label and its year ("les labels 2019").
     */
    private boolean lookBack(String t) {
        for (Hit h : lexicon.find(Vocab.RECALL_CUE, t)) {
            String said = t.substring(h.start(), h.end());
            if (!"past".equals(h.key()) || !Regexes.matches(said, "(?:label|laureat)\\S*(?: \\S+){0,2} \\d{4}")) {
                return true;
            }
        }
        return false;
    }
}
