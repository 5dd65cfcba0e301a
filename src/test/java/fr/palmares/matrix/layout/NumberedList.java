package fr.palmares.matrix.layout;

import fr.palmares.matrix.AbstractLayout;
import fr.palmares.matrix.Award;
import fr.palmares.matrix.Doc;
import fr.palmares.matrix.GoldSet;
import fr.palmares.matrix.Medal;
import java.util.ArrayList;
import java.util.List;

/** One numbered list of all laureates, by medal: "1. Titre, porté par X — label d’or (Catégorie)". */
public final class NumberedList extends AbstractLayout {
    public NumberedList() {
        super("m12-liste-numerotee", "communique");
    }

    @Override
    protected void palmares(GoldSet s, List<Doc.Node> out) {
        out.add(new Doc.Heading(2, "Les " + s.awards().size() + " lauréats"));
        List<List<Doc.Run>> items = new ArrayList<>();
        for (Medal m : Medal.values()) {
            for (Award a : s.withMedal(m)) {
                items.add(List.of(Doc.Run.plain(a.project() + ", porté par " + names(a) + " — label " + m.of + " ("
                        + a.category() + ")")));
            }
        }
        out.add(Doc.ItemList.numbered(items));
    }
}
