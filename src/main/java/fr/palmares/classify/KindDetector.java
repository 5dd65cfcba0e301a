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
    private record Cue(DocumentKind kind, Pattern pattern, int weight) {
    }

    private static final List<Cue> CUES = List.of(
            new Cue(DocumentKind.COMMUNIQUE, Pattern.compile("\\bcommunique de presse\\b"), 10),
            new Cue(DocumentKind.COMMUNIQUE, Pattern.compile("\\bcontacts? presse\\b"), 2),
            new Cue(DocumentKind.COMMUNIQUE, Pattern.compile("\\bpress release\\b"), 10),
            new Cue(DocumentKind.DOSSIER, Pattern.compile("\\bdossier de presse\\b"), 10),
            new Cue(DocumentKind.DOSSIER, Pattern.compile("\\bpress kit\\b"), 10),
            new Cue(DocumentKind.DOSSIER, Pattern.compile("^sommaire$"), 3),
            new Cue(DocumentKind.ANNUAIRE, Pattern.compile("\\bannuaire\\b"), 8),
            new Cue(DocumentKind.ANNUAIRE, Pattern.compile("\\blabel d'(or|argent)\\s+attribue\\b|\\blabel de bronze\\s+attribue\\b"), 3),
            new Cue(DocumentKind.ANNUAIRE, Pattern.compile("^table des matieres$"), 2),
            new Cue(DocumentKind.ARTICLE, Pattern.compile("\\bpublie le \\d"), 8),
            new Cue(DocumentKind.ARTICLE, Pattern.compile("^par [a-z]+ [a-z]+|\\bpar [A-Za-z]+ [A-Za-z]+ • "), 3),
            new Cue(DocumentKind.ARTICLE, Pattern.compile("\\b(reagir a cet article|a lire aussi|sur le meme sujet|lire l'article|cet article)\\b"), 4),
            new Cue(DocumentKind.ARTICLE, Pattern.compile("\\bexplique\\b|\\bprecise\\b|\\bselon\\b"), 1),
            new Cue(DocumentKind.PAGE, Pattern.compile("\\bles heureux gagnants\\b|\\bcliquez\\b|\\baccueil\\b"), 1));

    public DocumentKind detect(List<Block> blocks) {
        Map<DocumentKind, Integer> score = new EnumMap<>(DocumentKind.class);
        int index = 0;
        for (Block b : blocks) {
            String t = Text.fold(b.text().replace('\n', ' '));
            int boost = index < 30 ? 2 : 1;
            for (Cue c : CUES) {
                if (c.pattern.matcher(t).find()) {
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
