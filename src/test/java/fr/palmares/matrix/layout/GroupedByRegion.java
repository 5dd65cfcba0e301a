package fr.palmares.matrix.layout;

import fr.palmares.matrix.AbstractLayout;
import fr.palmares.matrix.Award;
import fr.palmares.matrix.Doc;
import fr.palmares.matrix.Doc.Run;
import fr.palmares.matrix.GoldSet;
import java.util.List;
import java.util.Map;

/** Region headings; each laureate with its medal and category inline. */
public final class GroupedByRegion extends AbstractLayout {
    public GroupedByRegion() {
        super("m11-par-region", "page");
    }

    @Override
    protected void palmares(GoldSet s, List<Doc.Node> out) {
        out.add(new Doc.Heading(2, "Les lauréats, région par région"));
        for (Map.Entry<String, List<Award>> e : s.byRegion().entrySet()) {
            out.add(new Doc.Heading(3, e.getKey()));
            out.add(Doc.ItemList.bullets(e.getValue().stream().map(a -> List.of(Run.bold(names(a)),
                    Run.plain(" — " + quoted(a.project()) + " : label " + a.medal().of + ", catégorie " + a.category())))
                    .toList()));
        }
    }
}
