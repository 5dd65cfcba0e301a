package fr.palmares.load;

import static fr.palmares.load.PdfFixtures.BOLD;
import static fr.palmares.load.PdfFixtures.REGULAR;
import static org.assertj.core.api.Assertions.assertThat;

import fr.palmares.load.PdfFixtures.Page;
import fr.palmares.model.Block;
import fr.palmares.model.BlockKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * PDF tables drawn without ruling, found from the alignment of their cells only; and what only looks
 * aligned (text columns, an indented table of contents) left as text.
 */
class PdfUnruledTableTest {
    private static List<Block> blocks(Page... pages) throws Exception {
        return new PdfLoader().load(null, PdfFixtures.pdf(List.of(pages)), "unruled.pdf").blocks();
    }

    private static List<String> rows(List<Block> blocks) {
        return blocks.stream().filter(b -> b.kind() == BlockKind.TABLE_ROW).map(Block::text).toList();
    }

    /** Three columns of unequal widths, the first filled by long names: a table, not text columns. */
    @Test
    void threeColumnsWhoseFirstIsFilledByItsNames() throws Exception {
        float[] x = {60, 215, 440};
        String[][] cells = {{"Collectivité lauréate", "Projet", "Niveau"},
                {"Communauté urbaine d’Alençon", "Alençon Démarches : le guichet unique", "Or"},
                {"Ville de L’Haÿ-les-Roses", "Le Compagnon des familles", "Argent"},
                {"Département de la Haute-Vienne", "Haute-Vienne Proximité", "Bronze"}};
        Page p = new Page();
        float y = 80;
        for (String[] r : cells) {
            for (int i = 0; i < r.length; i++) {
                p.text(y == 80 ? BOLD : REGULAR, 9.5f, x[i], y, r[i]);
            }
            y += 20;
        }
        assertThat(rows(blocks(p))).containsExactly("Collectivité lauréate\tProjet\tNiveau",
                "Communauté urbaine d’Alençon\tAlençon Démarches : le guichet unique\tOr",
                "Ville de L’Haÿ-les-Roses\tLe Compagnon des familles\tArgent",
                "Département de la Haute-Vienne\tHaute-Vienne Proximité\tBronze");
    }

    /** Cells wrapped on a second line that starts in lower case ("d’Alençon"): still one table. */
    @Test
    void wrappedCellsStartingInLowerCase() throws Exception {
        float[] x = {60, 220, 355, 462};
        Page p = new Page();
        String[][][] rows = {
                {{"Projet"}, {"Porteur"}, {"Catégorie"}, {"Distinction"}},
                {{"Alençon Démarches"}, {"Communauté urbaine", "d’Alençon"}, {"Accueil et démarches", "des habitants"},
                        {"Label d’or"}},
                {{"Le Compagnon"}, {"Ville de L’Haÿ"}, {"Accueil et démarches", "des habitants"}, {"Label d’argent"}},
                {{"Haute-Vienne Proximité"}, {"Département de la", "Haute-Vienne"}, {"Accueil et démarches",
                        "des habitants"}, {"Label de bronze"}}};
        float y = 80;
        for (String[][] r : rows) {
            int lines = 1;
            for (int i = 0; i < r.length; i++) {
                for (int l = 0; l < r[i].length; l++) {
                    p.text(y == 80 ? BOLD : REGULAR, 9.5f, x[i], y + 12 * l, r[i][l]);
                }
                lines = Math.max(lines, r[i].length);
            }
            y += 12 * lines + 8;
        }
        assertThat(rows(blocks(p))).containsExactly("Projet\tPorteur\tCatégorie\tDistinction",
                "Alençon Démarches\tCommunauté urbaine d’Alençon\tAccueil et démarches des habitants\tLabel d’or",
                "Le Compagnon\tVille de L’Haÿ\tAccueil et démarches des habitants\tLabel d’argent",
                "Haute-Vienne Proximité\tDépartement de la Haute-Vienne\tAccueil et démarches des habitants"
                        + "\tLabel de bronze");
    }

    /** Two text columns of short lines whose baselines meet on a few rows: no table. */
    @Test
    void twoTextColumnsWhoseBaselinesMeetOnSomeRows() throws Exception {
        Page p = new Page();
        String[] left = {"Label d’or", "Communauté urbaine d’Alençon", "Alençon Démarches", "Label d’argent",
                "Ville de L’Haÿ-les-Roses", "Le Compagnon des familles", "Label de bronze", "Département de la Haute-Vienne",
                "Haute-Vienne Proximité", "Label d’or", "Ville d’Aurillac", "Les jardins qui parlent"};
        String[] right = {"Label d’argent", "Ville de Saint-Laurent-du-Maroni", "Les médiateurs du fleuve",
                "Label de bronze", "Ville du Lamentin", "Lamentin Wi-Fi citoyen", "Label d’or", "Orléans Métropole",
                "Orléans Mobilités", "Label d’argent", "Ville de Mulhouse", "Mulhouse diagnostic"};
        // The left column at a pitch of 20 points, the right one at 17 from 9 points lower, then both at
        // 20 from the same baseline: they meet on the last rows only.
        for (int i = 0; i < left.length; i++) {
            p.text(REGULAR, 10.5f, 56, 80 + 20 * i, left[i]);
        }
        for (int i = 0; i < right.length; i++) {
            float top = i < 6 ? 89 + 17 * i : 80 + 20 * i;
            p.text(REGULAR, 10.5f, 308, top, right[i]);
        }
        assertThat(blocks(p)).extracting(Block::kind).doesNotContain(BlockKind.TABLE_ROW);
    }

    /** Contents entries indented under headings that run over the indent: no table of three columns. */
    @Test
    void indentedContentsAreNoTable() throws Exception {
        Page p = new Page();
        String[][] lines = {{"57", "ÉDITO, JURY ET CRITÈRES", "3"}, {"57", "SERVICES AUX USAGERS", "4"},
                {"71", "Métropole Européenne de Lille — Compte usager", "5"}, {"71", "Ville de Saint-Malo — Rendez-vous", "6"},
                {"71", "Grand-Figeac — Bus numérique des démarches", "7"}, {"57", "TERRITOIRE INTELLIGENT", "9"},
                {"71", "Dijon Métropole — Éclairage public connecté", "10"}};
        float y = 80;
        for (String[] l : lines) {
            p.text(l[0].equals("57") ? BOLD : REGULAR, 9.5f, Float.parseFloat(l[0]), y, l[1]);
            p.text(REGULAR, 9.5f, 533, y, l[2]);
            y += 18;
        }
        assertThat(rows(blocks(p))).noneMatch(r -> r.startsWith("ÉD\t") || r.startsWith("SE\t"));
    }
}
