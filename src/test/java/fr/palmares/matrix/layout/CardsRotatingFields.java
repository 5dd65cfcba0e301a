package fr.palmares.matrix.layout;

import fr.palmares.matrix.AbstractLayout;
import fr.palmares.matrix.Award;
import fr.palmares.matrix.Doc;
import fr.palmares.matrix.Doc.Para;
import fr.palmares.matrix.Doc.Run;
import fr.palmares.matrix.GoldSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Record cards whose fields come in a different order from one card to the next (Lauréat, Intitulé du
 * projet, Catégorie, Label), as a form export does when fields were reordered.
 */
public final class CardsRotatingFields extends AbstractLayout {
    public CardsRotatingFields() {
        super("m09-fiches-ordre-des-champs-variable", "annuaire");
    }

    @Override
    protected void palmares(GoldSet s, List<Doc.Node> out) {
        out.add(new Doc.Heading(2, "Fiches lauréats"));
        int k = 0;
        for (Award a : s.awards()) {
            List<Para> fields = new ArrayList<>(List.of(
                    Para.of(Run.bold("Lauréat : "), Run.plain(names(a))),
                    Para.of(Run.bold("Intitulé du projet : "), Run.plain(a.project())),
                    Para.of(Run.bold("Catégorie : "), Run.plain(a.category())),
                    Para.of(Run.bold("Label : "), Run.plain(a.medal().word))));
            java.util.Collections.rotate(fields, k++);
            out.add(new Doc.Heading(3, "Fiche n° " + k));
            out.addAll(fields);
        }
    }
}
