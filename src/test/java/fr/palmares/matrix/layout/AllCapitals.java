package fr.palmares.matrix.layout;

import fr.palmares.matrix.AbstractLayout;
import fr.palmares.matrix.Award;
import fr.palmares.matrix.Doc;
import fr.palmares.matrix.GoldSet;
import fr.palmares.matrix.Medal;
import java.util.List;

/** Everything in capitals: medal sections, then "CATÉGORIE — COLLECTIVITÉ : TITRE" lines. */
public final class AllCapitals extends AbstractLayout {
    public AllCapitals() {
        super("m13-tout-en-capitales", "communique");
    }

    @Override
    protected void palmares(GoldSet s, List<Doc.Node> out) {
        for (Medal m : Medal.values()) {
            out.add(new Doc.Heading(2, m.label()));
            for (Award a : s.withMedal(m)) {
                out.add(Doc.Para.of(a.category() + " — " + names(a) + " : " + a.project()));
            }
        }
    }

    @Override
    protected Doc finish(Doc doc) {
        return doc.map(Doc::upper);
    }
}
