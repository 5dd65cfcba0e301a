package fr.palmares.matrix.layout;

import fr.palmares.matrix.AbstractLayout;
import fr.palmares.matrix.Doc;
import fr.palmares.matrix.GoldSet;
import java.util.List;

/** "Ville de X (label d’or) : Titre", a list per category. */
public final class MedalInParentheses extends AbstractLayout {
    public MedalInParentheses() {
        super("m05-medaille-entre-parentheses", "communique");
    }

    @Override
    protected void palmares(GoldSet s, List<Doc.Node> out) {
        for (String c : s.categories()) {
            out.add(new Doc.Heading(2, c));
            out.add(Doc.ItemList.bullets(s.inCategory(c).stream()
                    .map(a -> List.of(Doc.Run.plain(names(a) + " (label " + a.medal().of + ") : " + a.project())))
                    .toList()));
        }
    }
}
