package fr.palmares.matrix.layout;

import fr.palmares.matrix.AbstractLayout;
import fr.palmares.matrix.Doc;
import fr.palmares.matrix.GoldSet;
import java.util.List;

/** "Ville de X, « Titre » (argent)": the medal last, in lower case, in parentheses. */
public final class MedalLastLines extends AbstractLayout {
    public MedalLastLines() {
        super("m07-medaille-en-fin-de-ligne", "page");
    }

    @Override
    protected void palmares(GoldSet s, List<Doc.Node> out) {
        for (String c : s.categories()) {
            out.add(new Doc.Heading(2, "Catégorie « " + c + " »"));
            out.add(Doc.ItemList.bullets(s.inCategory(c).stream()
                    .map(a -> List.of(Doc.Run.plain(names(a) + ", " + quoted(a.project()) + " (" + a.medal().lower()
                            + ")")))
                    .toList()));
        }
    }
}
