package fr.palmares.matrix.layout;

import fr.palmares.matrix.AbstractLayout;
import fr.palmares.matrix.Doc;
import fr.palmares.matrix.GoldSet;
import java.util.List;

/** A bilingual release: French and English text, category headings in both, English medal words. */
public final class Bilingual extends AbstractLayout {
    public Bilingual() {
        super("m20-bilingue-gold-silver-bronze", "communique");
    }

    @Override
    protected String title() {
        return "Label Territoire Innovant 2020 — Winners / Lauréats";
    }

    @Override
    protected void front(List<Doc.Node> out) {
        super.front(out);
        out.add(Doc.Para.of("Fourteen projects by French local authorities received the Territoire Innovant label "
                + "in 2020: four gold, five silver and five bronze awards, presented online on 8 December 2020."));
    }

    @Override
    protected void palmares(List<Doc.Node> out) {
        for (String c : GoldSet.categories()) {
            out.add(new Doc.Heading(2, "Catégorie / Category : " + c));
            out.add(Doc.ItemList.bullets(GoldSet.inCategory(c).stream()
                    .map(a -> List.of(Doc.Run.bold(a.medal().english), Doc.Run.plain(" — " + names(a) + " — "
                            + a.project())))
                    .toList()));
        }
    }
}
