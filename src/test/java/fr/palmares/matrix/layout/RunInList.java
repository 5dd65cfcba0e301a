package fr.palmares.matrix.layout;

import fr.palmares.matrix.AbstractLayout;
import fr.palmares.matrix.Award;
import fr.palmares.matrix.Doc;
import fr.palmares.matrix.Doc.Run;
import fr.palmares.matrix.GoldSet;
import fr.palmares.matrix.Medal;
import java.util.ArrayList;
import java.util.List;

/**
 * One paragraph per category, the laureates run in: "Catégorie. Or : X (Titre) ; argent : Y (Titre) ;
 * bronze : Z (Titre) ; W (Titre)."
 */
public final class RunInList extends AbstractLayout {
    public RunInList() {
        super("m21-liste-au-fil-du-texte", "communique");
    }

    @Override
    protected void palmares(GoldSet s, List<Doc.Node> out) {
        out.add(new Doc.Heading(2, "Le palmarès complet"));
        for (String c : s.categories()) {
            List<String> parts = new ArrayList<>();
            for (Medal m : Medal.values()) {
                List<Award> in = s.inCategory(c).stream().filter(a -> a.medal() == m).toList();
                List<String> each = in.stream().map(a -> names(a) + " (" + a.project() + ")").toList();
                if (!each.isEmpty()) {
                    String word = parts.isEmpty() ? m.word : m.lower();
                    parts.add(word + " : " + String.join(" ; ", each));
                }
            }
            out.add(Doc.Para.of(Run.bold(c + "."), Run.plain(" " + String.join(" ; ", parts) + ".")));
        }
    }
}
