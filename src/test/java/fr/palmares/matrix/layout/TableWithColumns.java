package fr.palmares.matrix.layout;

import fr.palmares.matrix.AbstractLayout;
import fr.palmares.matrix.Doc;
import fr.palmares.matrix.GoldSet;
import java.util.List;

/** One table, project first, with a category column and a medal column repeated on every row. */
public final class TableWithColumns extends AbstractLayout {
    public TableWithColumns() {
        super("m03-tableau-colonnes-categorie-distinction", "communique");
    }

    @Override
    protected void palmares(GoldSet s, List<Doc.Node> out) {
        out.add(new Doc.Heading(2, "Tableau des lauréats"));
        out.add(new Doc.Table(List.of("Projet", "Porteur(s)", "Catégorie", "Distinction"), s.awards().stream()
                .map(a -> List.of(Doc.Cell.of(a.project()), Doc.Cell.of(names(a, " / ")), Doc.Cell.of(a.category()),
                        Doc.Cell.of(a.medal().label())))
                .toList()));
    }

    @Override
    protected void jury(GoldSet s, List<Doc.Node> out) {
        juryTable(s, out, true);
    }
}
