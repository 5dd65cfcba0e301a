package fr.palmares.matrix.layout;

import fr.palmares.matrix.AbstractLayout;
import fr.palmares.matrix.Doc;
import fr.palmares.matrix.GoldSet;
import fr.palmares.matrix.Medal;
import java.util.List;

/** Lists by medal whose bullets are drawn squares in the PDF (no glyph in the text layer). */
public final class DrawnBullets extends AbstractLayout {
    public DrawnBullets() {
        super("m17-puces-dessinees", "communique");
    }

    @Override
    protected Doc.Options options() {
        return Doc.Options.PLAIN.withShapeBullets();
    }

    @Override
    protected void palmares(GoldSet s, List<Doc.Node> out) {
        for (Medal m : Medal.values()) {
            out.add(new Doc.Heading(2, "Les labels " + m.of));
            out.add(Doc.ItemList.bullets(s.withMedal(m).stream()
                    .map(a -> List.of(Doc.Run.plain(names(a) + " : " + quoted(a.project()) + " (catégorie "
                            + a.category() + ")")))
                    .toList()));
        }
    }
}
