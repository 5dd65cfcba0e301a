package fr.palmares.load;

import static fr.palmares.load.PdfFixtures.BOLD;
import static fr.palmares.load.PdfFixtures.REGULAR;
import static org.assertj.core.api.Assertions.assertThat;

import fr.palmares.load.PdfFixtures.Page;
import fr.palmares.model.Block;
import fr.palmares.model.BlockKind;
import fr.palmares.model.Cell;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Page layouts into the document model: three columns under a full-width title, a table over two pages. */
class PdfLayoutModelTest {
    private static final String[] TEXTS = {
        "Première colonne. Le label récompense les collectivités qui innovent au service de leurs habitants dans tous les domaines de l'action publique locale.",
        "Deuxième colonne. Le jury a auditionné les territoires lors de quatre sessions et a retenu vingt et un projets venus de toutes les régions.",
        "Troisième colonne. La cérémonie de remise des labels a eu lieu à Marseille devant plus de mille participants venus de toute la France."};

    static List<Block> load(byte[] pdf) throws Exception {
        return new PdfLoader().load(null, pdf, "layout.pdf").blocks();
    }

    @Test
    void threeColumnsAreReadOneAfterTheOtherUnderTheirTitle() throws Exception {
        Page p = new Page().text(BOLD, 18, 50, 60, "Les lauréats du label Territoire Innovant 2024 à Marseille");
        float[] xs = {50, 222, 394};
        for (int c = 0; c < 3; c++) {
            p.paragraph(REGULAR, 10, xs[c], 100, 150, 12, TEXTS[c] + " " + TEXTS[c]);
        }
        List<Block> blocks = load(PdfFixtures.pdf(List.of(p)));
        assertThat(blocks).extracting(Block::kind).containsExactly(BlockKind.HEADING, BlockKind.PARAGRAPH,
                BlockKind.PARAGRAPH, BlockKind.PARAGRAPH);
        assertThat(blocks.get(0).text()).isEqualTo("Les lauréats du label Territoire Innovant 2024 à Marseille");
        for (int c = 0; c < 3; c++) {
            assertThat(blocks.get(c + 1).text().replace('\n', ' ')).isEqualTo(TEXTS[c] + " " + TEXTS[c]);
        }
        assertThat(blocks.get(0).lines().get(0).style().sizeRank()).isPositive();
        assertThat(blocks.get(1).lines().get(0).style().indent()).isZero();
    }

    private static final float[] COLS = {50, 220, 420};

    private static void row(Page p, float top, boolean bold, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (!cells[i].isEmpty()) {
                p.text(bold ? BOLD : REGULAR, 10, COLS[i], top, cells[i]);
            }
        }
    }

    @Test
    void aTableOverAPageBreakIsOneTableItsRepeatedHeaderDroppedItsSplitRowJoined() throws Exception {
        Page one = new Page().text(REGULAR, 10, 50, 60, "Les lauréats 2019, par ordre alphabétique des collectivités :");
        row(one, 90, true, "Collectivité", "Projet", "Label");
        float y = 110;
        String[][] rows = {{"Ville de Brest", "Brest en commun", "Or"}, {"CA du Grand Cahors", "Le Grand Pass", "Argent"},
            {"Rennes Métropole", "Open data", "Bronze"}};
        for (String[] r : rows) {
            row(one, y, false, r);
            y += 20;
        }
        // The last row of the page: its title goes on at the top of the next page.
        row(one, y, false, "Ville de Lille", "Lille en ligne, les démarches", "Bronze");
        Page two = new Page();
        row(two, 60, true, "Collectivité", "Projet", "Label");
        row(two, 80, false, "", "des familles");
        row(two, 100, false, "Métropole de Lyon", "Inclusif", "Or");
        row(two, 120, false, "Ville de Nantes", "Nantes en commun", "Argent");
        two.text(REGULAR, 10, 50, 160, "Contacts presse : presse@example.org");
        List<Block> blocks = load(PdfFixtures.pdf(List.of(one, two)));
        List<Block> table = blocks.stream().filter(b -> b.kind() == BlockKind.TABLE_ROW).toList();
        assertThat(table).extracting(Block::text).containsExactly("Collectivité\tProjet\tLabel",
                "Ville de Brest\tBrest en commun\tOr", "CA du Grand Cahors\tLe Grand Pass\tArgent",
                "Rennes Métropole\tOpen data\tBronze", "Ville de Lille\tLille en ligne, les démarches des familles\tBronze",
                "Métropole de Lyon\tInclusif\tOr", "Ville de Nantes\tNantes en commun\tArgent");
        assertThat(table).extracting(Block::table).containsOnly(1);
        assertThat(table).extracting(Block::row).containsExactly(0, 1, 2, 3, 4, 5, 6);
        assertThat(table.get(0).cells()).extracting(Cell::header).containsOnly(true);
        assertThat(table.get(4).cells().get(1).lines()).extracting(fr.palmares.model.Line::text)
                .containsExactly("Lille en ligne, les démarches", "des familles");
        assertThat(table.get(4).page()).isEqualTo(1);
        assertThat(blocks.get(blocks.size() - 1).text()).isEqualTo("Contacts presse : presse@example.org");
    }
}
