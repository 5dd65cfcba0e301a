package fr.palmares.matrix.layout;

import fr.palmares.matrix.AbstractLayout;
import fr.palmares.matrix.Award;
import fr.palmares.matrix.Doc;
import fr.palmares.matrix.Doc.Para;
import fr.palmares.matrix.Doc.Run;
import fr.palmares.matrix.GoldSet;
import java.util.List;

/** Record cards with labelled fields, project first: Projet / Collectivité / Distinction / Catégorie. */
public final class CardsProjectFirst extends AbstractLayout {
    public CardsProjectFirst() {
        super("m08-fiches-projet-en-premier", "annuaire");
    }

    @Override
    protected void palmares(GoldSet s, List<Doc.Node> out) {
        out.add(new Doc.Heading(2, "Les fiches des lauréats"));
        for (Award a : s.awards()) {
            out.add(new Doc.Rule());
            out.add(Para.of(Run.bold("Projet : "), Run.plain(a.project())));
            out.add(Para.of(Run.bold(a.bodies().size() > 1 ? "Collectivités : " : "Collectivité : "),
                    Run.plain(names(a))));
            out.add(Para.of(Run.bold("Distinction : "), Run.plain(a.medal().label())));
            out.add(Para.of(Run.bold("Catégorie : "), Run.plain(a.category())));
            out.add(Para.of(Run.italic(a.description())));
        }
        out.add(new Doc.Rule());
    }
}
