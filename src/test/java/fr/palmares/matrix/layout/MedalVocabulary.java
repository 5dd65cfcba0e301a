package fr.palmares.matrix.layout;

import fr.palmares.matrix.AbstractLayout;
import fr.palmares.matrix.Doc;
import fr.palmares.matrix.GoldSet;
import fr.palmares.matrix.Medal;
import fr.palmares.matrix.Words;
import java.util.List;

/** "Médaille d’or / d’argent / de bronze" headings and "prix" wording instead of "label". */
public final class MedalVocabulary extends AbstractLayout {
    public MedalVocabulary() {
        super("m19-vocabulaire-medailles-et-prix", "communique");
    }

    @Override
    protected String title(GoldSet s) {
        return "Prix Territoire Innovant " + s.edition() + " : les médaillés";
    }

    @Override
    protected void palmares(GoldSet s, List<Doc.Node> out) {
        out.add(Doc.Para.of("Les prix sont attribués en trois niveaux de médaille, dans " + Words.fr(s.categories().size())
                + " catégories."));
        for (Medal m : Medal.values()) {
            out.add(new Doc.Heading(2, "Médaille " + m.of));
            out.add(Doc.ItemList.bullets(s.withMedal(m).stream()
                    .map(a -> List.of(Doc.Run.plain(names(a) + ", pour " + quoted(a.project()) + " — prix de la "
                            + "catégorie " + a.category())))
                    .toList()));
        }
    }
}
