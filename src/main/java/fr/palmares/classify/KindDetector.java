package fr.palmares.classify;

import fr.palmares.model.Block;
import fr.palmares.model.DocumentKind;
import fr.palmares.model.Text;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Decides a document's kind from its own words: "communiqué de presse", "dossier de presse",
 * "annuaire", the marks of a press article (by-line, publication date, reader boxes), else a web page.
 * Cues near the top of the document weigh more.
 */
public final class KindDetector {
    /**
     * A cue, and words it cannot match without (any one of them): a block holding none of them is not
     * searched with the expression, which would find nothing there (most blocks hold none).
     */
    private record Cue(DocumentKind kind, Pattern pattern, int weight, List<String> needs) {
        Cue(DocumentKind kind, String pattern, int weight, String... needs) {
            this(kind, Pattern.compile(pattern), weight, List.of(needs));
        }

        boolean in(String folded) {
            for (String n : needs) {
                if (folded.contains(n)) {
                    return pattern.matcher(folded).find();
                }
            }
            return false;
        }
    }

    private static final List<Cue> CUES = List.of(
            new Cue(DocumentKind.COMMUNIQUE, "\\bcommunique de presse\\b", 10, "communique de presse"),
            new Cue(DocumentKind.COMMUNIQUE, "\\bcontacts? presse\\b", 2, "presse"),
            new Cue(DocumentKind.COMMUNIQUE, "\\bpress release\\b", 10, "press release"),
            new Cue(DocumentKind.DOSSIER, "\\bdossier de presse\\b", 10, "dossier de presse"),
            new Cue(DocumentKind.DOSSIER, "\\bpress kit\\b", 10, "press kit"),
            new Cue(DocumentKind.DOSSIER, "^sommaire$", 3, "sommaire"),
            new Cue(DocumentKind.ANNUAIRE, "\\bannuaire\\b", 8, "annuaire"),
            new Cue(DocumentKind.ANNUAIRE, "\\blabel d'(or|argent)\\s+attribue\\b|\\blabel de bronze\\s+attribue\\b", 3,
                    "attribue"),
            new Cue(DocumentKind.ANNUAIRE, "^table des matieres$", 2, "table des matieres"),
            new Cue(DocumentKind.ARTICLE, "\\bpublie le \\d", 8, "publie le "),
            new Cue(DocumentKind.ARTICLE, "^par [a-z]+ [a-z]+|\\bpar [A-Za-z]+ [A-Za-z]+ • ", 3, "par "),
            new Cue(DocumentKind.ARTICLE,
                    "\\b(reagir a cet article|a lire aussi|sur le meme sujet|lire l'article|cet article)\\b", 4,
                    "cet article", "a lire aussi", "sur le meme sujet", "lire l'article"),
            new Cue(DocumentKind.ARTICLE, "\\bexplique\\b|\\bprecise\\b|\\bselon\\b", 1, "explique", "precise", "selon"),
            new Cue(DocumentKind.PAGE, "\\bles heureux gagnants\\b|\\bcliquez\\b|\\baccueil\\b", 1,
                    "les heureux gagnants", "cliquez", "accueil"));

    /** Whether a cue's expression finds something in a folded text its words are not in (a test: never). */
    static boolean missedByNeeds(String folded) {
        for (Cue c : CUES) {
            if (c.pattern.matcher(folded).find() && !c.in(folded)) {
                return true;
            }
        }
        return false;
    }

    public DocumentKind detect(List<Block> blocks) {
        Map<DocumentKind, Integer> score = new EnumMap<>(DocumentKind.class);
        int index = 0;
        for (Block b : blocks) {
            String t = Text.fold(b.text().replace('\n', ' '));
            int boost = index < 30 ? 2 : 1;
            for (Cue c : CUES) {
                if (c.in(t)) {
                    score.merge(c.kind, c.weight * boost, Integer::sum);
                }
            }
            index++;
        }
        DocumentKind best = DocumentKind.PAGE;
        int bestScore = 3;
        for (DocumentKind k : DocumentKind.values()) {
            int s = score.getOrDefault(k, 0);
            if (s > bestScore) {
                best = k;
                bestScore = s;
            }
        }
        return best;
    }
}
