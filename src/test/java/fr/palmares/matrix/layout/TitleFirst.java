package fr.palmares.matrix.layout;

import fr.palmares.matrix.AbstractLayout;
import fr.palmares.matrix.Award;
import fr.palmares.matrix.Doc;
import fr.palmares.matrix.GoldSet;
import fr.palmares.matrix.Medal;
import java.util.List;

/** Medal headings, category subheadings, and the title before the collectivité: "« Titre », Ville de X". */
public final class TitleFirst extends AbstractLayout {
    public TitleFirst() {
        super("m23-titre-avant-collectivite", "page");
    }

    @Override
    protected void palmares(GoldSet s, List<Doc.Node> out) {
        for (Medal m : Medal.values()) {
            out.add(new Doc.Heading(2, m.word));
            for (String c : s.categories()) {
                List<Award> in = s.inCategory(c).stream().filter(a -> a.medal() == m).toList();
                if (!in.isEmpty()) {
                    out.add(new Doc.Heading(3, c));
                    out.add(Doc.ItemList.bullets(in.stream()
                            .map(a -> List.of(Doc.Run.plain(quoted(a.project()) + ", " + names(a)))).toList()));
                }
            }
        }
    }
}
