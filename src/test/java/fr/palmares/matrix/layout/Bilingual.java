package fr.palmares.matrix.layout;

import fr.palmares.matrix.AbstractLayout;
import fr.palmares.matrix.Doc;
import fr.palmares.matrix.GoldSet;
import fr.palmares.matrix.Medal;
import fr.palmares.matrix.Words;
import java.util.List;

/** A bilingual release: French and English text, category headings in both, English medal words. */
public final class Bilingual extends AbstractLayout {
    public Bilingual() {
        super("m20-bilingue-gold-silver-bronze", "communique");
    }

    @Override
    protected String title(GoldSet s) {
        return "Label Territoire Innovant " + s.edition() + " — Winners / Lauréats";
    }

    @Override
    protected void front(GoldSet s, List<Doc.Node> out) {
        super.front(s, out);
        out.add(Doc.Para.of(Words.capitalized(Words.en(s.awards().size())) + " projects by French local authorities "
                + "received the Territoire Innovant label in " + s.edition() + ": " + Words.en(s.withMedal(Medal.OR).size())
                + " gold, " + Words.en(s.withMedal(Medal.ARGENT).size()) + " silver and "
                + Words.en(s.withMedal(Medal.BRONZE).size()) + " bronze awards, presented on 8 December " + s.edition()
                + "."));
    }

    @Override
    protected void palmares(GoldSet s, List<Doc.Node> out) {
        for (String c : s.categories()) {
            out.add(new Doc.Heading(2, "Catégorie / Category : " + c));
            out.add(Doc.ItemList.bullets(s.inCategory(c).stream()
                    .map(a -> List.of(Doc.Run.bold(a.medal().english), Doc.Run.plain(" — " + names(a) + " — "
                            + a.project())))
                    .toList()));
        }
    }
}
