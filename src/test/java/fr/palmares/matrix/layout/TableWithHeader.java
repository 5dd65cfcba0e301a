package fr.palmares.matrix.layout;

import fr.palmares.matrix.AbstractLayout;
import fr.palmares.matrix.Award;
import fr.palmares.matrix.Doc;
import fr.palmares.matrix.GoldSet;
import java.util.List;

/** A table per category under its heading, with a header row; the jury is a table of the same look. */
public final class TableWithHeader extends AbstractLayout {
    public TableWithHeader() {
        super("m01-tableau-avec-entete", "communique");
    }

    @Override
    protected void palmares(GoldSet s, List<Doc.Node> out) {
        out.add(new Doc.Heading(2, "Les lauréats"));
        for (String c : s.categories()) {
            out.add(new Doc.Heading(3, c));
            out.add(new Doc.Table(List.of("Collectivité lauréate", "Projet", "Niveau"),
                    s.inCategory(c).stream().map(TableWithHeader::row).toList()));
        }
    }

    private static List<Doc.Cell> row(Award a) {
        return List.of(Doc.Cell.of(names(a)), Doc.Cell.of(a.project()), Doc.Cell.of(a.medal().word));
    }

    @Override
    protected void jury(GoldSet s, List<Doc.Node> out) {
        juryTable(s, out, true);
    }
}
