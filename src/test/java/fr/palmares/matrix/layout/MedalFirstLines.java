package fr.palmares.matrix.layout;

import fr.palmares.matrix.AbstractLayout;
import fr.palmares.matrix.Doc;
import fr.palmares.matrix.GoldSet;
import java.util.List;

/** One line per laureate, medal first: "Or — Ville de X : Titre", under category headings. */
public final class MedalFirstLines extends AbstractLayout {
    public MedalFirstLines() {
        super("m06-medaille-en-tete-de-ligne", "communique");
    }

    @Override
    protected void palmares(GoldSet s, List<Doc.Node> out) {
        out.add(new Doc.Heading(2, "Le palmarès"));
        for (String c : s.categories()) {
            out.add(new Doc.Heading(3, c));
            s.inCategory(c).forEach(a -> out.add(Doc.Para.of(a.medal().word + " — " + names(a) + " : "
                    + a.project())));
        }
    }
}
