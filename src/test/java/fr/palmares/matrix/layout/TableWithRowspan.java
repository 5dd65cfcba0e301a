package fr.palmares.matrix.layout;

import fr.palmares.matrix.AbstractLayout;
import fr.palmares.matrix.Award;
import fr.palmares.matrix.Doc;
import fr.palmares.matrix.GoldSet;
import java.util.ArrayList;
import java.util.List;

/**
 * One table grouped by category: the category cell spans its rows (rowspan in HTML, a merged cell in
 * the PDF, the value repeated in Markdown and text).
 */
public final class TableWithRowspan extends AbstractLayout {
    public TableWithRowspan() {
        super("m04-tableau-categories-fusionnees", "communique");
    }

    @Override
    protected void palmares(GoldSet s, List<Doc.Node> out) {
        List<List<Doc.Cell>> rows = new ArrayList<>();
        for (String c : s.categories()) {
            List<Award> in = s.inCategory(c);
            for (int i = 0; i < in.size(); i++) {
                Award a = in.get(i);
                rows.add(List.of(i == 0 ? Doc.Cell.spanning(c, in.size()) : Doc.Cell.COVERED,
                        Doc.Cell.of(a.medal().word), Doc.Cell.of(names(a, ", ")), Doc.Cell.of(a.project())));
            }
        }
        out.add(new Doc.Heading(2, "Les " + s.awards().size() + " projets labellisés"));
        out.add(new Doc.Table(List.of("Catégorie", "Label", "Lauréat", "Projet"), rows));
    }
}
