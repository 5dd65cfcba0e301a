package fr.palmares.matrix.layout;

import fr.palmares.matrix.AbstractLayout;
import fr.palmares.matrix.Body;
import fr.palmares.matrix.Doc;
import fr.palmares.matrix.GoldSet;
import java.util.List;

/**
 * Abbreviated names (CU, CA, CC, Dépt, SM) with the département number in parentheses, co-awards joined
 * with "+", the medal last after a dash.
 */
public final class Abbreviations extends AbstractLayout {
    public Abbreviations() {
        super("m14-abreviations", "communique");
    }

    @Override
    protected void palmares(GoldSet s, List<Doc.Node> out) {
        out.add(new Doc.Heading(2, "Liste des lauréats"));
        for (String c : s.categories()) {
            out.add(new Doc.Heading(3, c));
            out.add(Doc.ItemList.bullets(s.inCategory(c).stream()
                    .map(a -> List.of(Doc.Run.plain(a.names(Body.NameStyle.ABBREVIATED_WITH_DEPARTEMENT, " + ") + " – "
                            + quoted(a.project()) + " – " + a.medal().word)))
                    .toList()));
        }
    }
}
