package fr.palmares.matrix.layout;

import fr.palmares.matrix.AbstractLayout;
import fr.palmares.matrix.Award;
import fr.palmares.matrix.Doc;
import fr.palmares.matrix.Doc.Para;
import fr.palmares.matrix.Doc.Run;
import fr.palmares.matrix.GoldSet;
import fr.palmares.matrix.Medal;
import java.util.List;

/**
 * A press kit set in two columns (PDF) in a serif font: an editorial, then categories, medal
 * subheadings, the collectivité in bold and the title in italics on the next line.
 */
public final class TwoColumns extends AbstractLayout {
    public TwoColumns() {
        super("m16-deux-colonnes", "dossier");
    }

    @Override
    protected Doc.Options options() {
        return Doc.Options.PLAIN.withColumns(2).withSerif();
    }

    @Override
    protected void front(GoldSet s, List<Doc.Node> out) {
        super.front(s, out);
        out.add(new Doc.Heading(2, "Éditorial"));
        out.add(Para.of("Ouvrir des guichets à distance, équiper les agents, garder le lien avec les habitants les "
                + "plus isolés : les dossiers reçus cette année disent ce que les collectivités ont appris à faire, et "
                + "le jury a voulu saluer autant l’audace que la sobriété des solutions retenues."));
        out.add(Para.of("Ce dossier présente les projets labellisés, catégorie par catégorie, puis le prix start-up, "
                + "le jury et le calendrier de la prochaine édition."));
    }

    @Override
    protected void palmares(GoldSet s, List<Doc.Node> out) {
        out.add(new Doc.Heading(2, "Le palmarès " + s.edition()));
        for (String c : s.categories()) {
            out.add(new Doc.Heading(3, c));
            for (Medal m : Medal.values()) {
                List<Award> in = s.inCategory(c).stream().filter(a -> a.medal() == m).toList();
                if (in.isEmpty()) {
                    continue;
                }
                out.add(new Doc.Heading(4, m.label()));
                for (Award a : in) {
                    out.add(Para.bold(names(a)));
                    out.add(new Para(List.of(Run.italic(a.project())), false));
                }
            }
        }
    }
}
