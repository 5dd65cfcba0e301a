package fr.palmares.matrix.layout;

import fr.palmares.matrix.AbstractLayout;
import fr.palmares.matrix.Award;
import fr.palmares.matrix.Doc;
import fr.palmares.matrix.Doc.Para;
import fr.palmares.matrix.GoldSet;
import java.util.List;

/**
 * A magazine's cards, the attribution last: category headings, then for each laureate its project as a
 * heading, its description, and one line at the foot that gives the medal and the collectivités ("Label
 * d’or — Ville de X"), with nothing between the project and the description to say who it is.
 */
public final class AttributionLast extends AbstractLayout {
    public AttributionLast() {
        super("m24-attribution-en-pied", "page");
    }

    @Override
    protected void palmares(GoldSet s, List<Doc.Node> out) {
        for (String c : s.categories()) {
            out.add(new Doc.Heading(2, "Catégorie " + c));
            for (Award a : s.inCategory(c)) {
                out.add(new Doc.Heading(3, a.project()));
                out.add(Para.of(a.description()));
                out.add(Para.of(a.medal().label() + " — " + names(a)));
            }
        }
    }
}
