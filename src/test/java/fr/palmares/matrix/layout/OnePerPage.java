package fr.palmares.matrix.layout;

import fr.palmares.matrix.AbstractLayout;
import fr.palmares.matrix.Award;
import fr.palmares.matrix.Doc;
import fr.palmares.matrix.Doc.Para;
import fr.palmares.matrix.Doc.Run;
import fr.palmares.matrix.GoldSet;
import java.util.List;

/**
 * A yearbook, one laureate per page (per section outside PDF): the category in small print, the project
 * as the page's heading, the collectivité in bold, the medal, a description and a place line.
 */
public final class OnePerPage extends AbstractLayout {
    public OnePerPage() {
        super("m10-un-laureat-par-page", "annuaire");
    }

    @Override
    protected void front(GoldSet s, List<Doc.Node> out) {
        out.add(new Doc.Heading(1, "Annuaire des lauréats " + s.edition()));
        out.add(Para.of("Label « Territoire Innovant » — Les Interconnectés"));
        out.add(new Doc.PageBreak());
        out.add(new Doc.Heading(2, "Éditorial"));
        out.add(Para.of(intro(s)));
        out.add(Para.of(pastLaureate(s)));
    }

    @Override
    protected void palmares(GoldSet s, List<Doc.Node> out) {
        for (Award a : s.awards()) {
            out.add(new Doc.PageBreak());
            out.add(Para.small(a.category()));
            out.add(new Doc.Heading(2, a.project()));
            out.add(Para.bold(names(a, " & ")));
            out.add(Para.of(a.medal().label() + " " + a.edition()));
            out.add(Para.of(a.description()));
            out.add(Para.small(a.bodies().get(0).place() + " — " + a.regionName()));
        }
        out.add(new Doc.PageBreak());
    }
}
