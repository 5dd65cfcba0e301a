package fr.palmares.matrix.layout;

import fr.palmares.matrix.AbstractLayout;
import fr.palmares.matrix.Award;
import fr.palmares.matrix.Doc;
import fr.palmares.matrix.GoldSet;
import fr.palmares.matrix.Medal;
import java.util.List;

/** Letter-spaced medal banners, then each laureate: name in bold, title, category in small print. */
public final class LetterSpacedBanners extends AbstractLayout {
    public LetterSpacedBanners() {
        super("m22-bandeaux-espaces", "annuaire");
    }

    @Override
    protected void palmares(GoldSet s, List<Doc.Node> out) {
        for (Medal m : Medal.values()) {
            out.add(new Doc.Banner(m.label()));
            for (Award a : s.withMedal(m)) {
                out.add(Doc.Para.bold(names(a)));
                out.add(Doc.Para.of(quoted(a.project())));
                out.add(Doc.Para.small(a.category()));
            }
        }
    }
}
