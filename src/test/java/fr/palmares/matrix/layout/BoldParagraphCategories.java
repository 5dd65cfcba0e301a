package fr.palmares.matrix.layout;

import fr.palmares.matrix.AbstractLayout;
import fr.palmares.matrix.Doc;
import fr.palmares.matrix.GoldSet;
import java.util.List;

/** Categories as bold paragraphs, not headings; "Argent · Ville de X · Titre" lines under them. */
public final class BoldParagraphCategories extends AbstractLayout {
    public BoldParagraphCategories() {
        super("m18-categories-en-gras", "communique");
    }

    @Override
    protected void palmares(GoldSet s, List<Doc.Node> out) {
        out.add(Doc.Para.of("Voici la liste complète des projets labellisés cette année."));
        for (String c : s.categories()) {
            out.add(Doc.Para.bold(c));
            s.inCategory(c).forEach(a -> out.add(Doc.Para.of(a.medal().word + " · " + names(a) + " · "
                    + a.project())));
        }
    }
}
