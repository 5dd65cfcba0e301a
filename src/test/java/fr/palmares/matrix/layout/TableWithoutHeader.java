package fr.palmares.matrix.layout;

import fr.palmares.matrix.AbstractLayout;
import fr.palmares.matrix.Doc;
import fr.palmares.matrix.GoldSet;
import java.util.List;

/** Headerless tables (medal, collectivité, project) under category headings; the jury likewise. */
public final class TableWithoutHeader extends AbstractLayout {
    public TableWithoutHeader() {
        super("m02-tableau-sans-entete", "communique");
    }

    @Override
    protected void palmares(GoldSet s, List<Doc.Node> out) {
        out.add(new Doc.Heading(2, "Palmarès " + s.edition()));
        for (String c : s.categories()) {
            out.add(new Doc.Heading(3, c));
            out.add(new Doc.Table(null, s.inCategory(c).stream()
                    .map(a -> List.of(Doc.Cell.of(a.medal().label()), Doc.Cell.of(names(a)), Doc.Cell.of(a.project())))
                    .toList()));
        }
    }

    @Override
    protected void jury(GoldSet s, List<Doc.Node> out) {
        juryTable(s, out, false);
    }
}
