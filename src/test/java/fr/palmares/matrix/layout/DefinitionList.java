package fr.palmares.matrix.layout;

import fr.palmares.matrix.AbstractLayout;
import fr.palmares.matrix.Doc;
import fr.palmares.matrix.GoldSet;
import java.util.List;

/** Definition lists: the collectivité as the term, "« Titre » — Label d’or" as its description. */
public final class DefinitionList extends AbstractLayout {
    public DefinitionList() {
        super("m15-liste-de-definitions", "page");
    }

    @Override
    protected void palmares(GoldSet s, List<Doc.Node> out) {
        for (String c : s.categories()) {
            out.add(new Doc.Heading(2, c));
            out.add(new Doc.DefList(s.inCategory(c).stream().map(a -> new Doc.Definition(names(a),
                    List.of(Doc.Run.plain(quoted(a.project()) + " — " + a.medal().label())))).toList()));
        }
    }
}
