package fr.palmares.load;

import static fr.palmares.load.PdfFixtures.BOLD;
import static fr.palmares.load.PdfFixtures.REGULAR;
import static org.assertj.core.api.Assertions.assertThat;

import fr.palmares.load.PdfFixtures.Page;
import fr.palmares.model.Block;
import fr.palmares.model.BlockKind;
import fr.palmares.model.SourceDocument;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tables in PDFs: one TABLE_ROW block per row, cells separated by tabs, in reading order. */
class PdfTableTest {
    static final float[] COLS = {50, 190, 330, 400};
    static final String INTRO = "Le jury a retenu quatre projets cette année. Les lauréats recevront leur label lors "
            + "du Forum des Interconnectés, à Lyon, au mois de décembre.";

    private static SourceDocument load(byte[] pdf) throws Exception {
        return new PdfLoader().load(null, pdf, "table.pdf");
    }

    private static void row(Page p, float top, boolean bold, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (!cells[i].isEmpty()) {
                p.text(bold ? BOLD : REGULAR, 10, COLS[i], top, cells[i]);
            }
        }
    }

    /** Paragraph, table (bold header, a cell wrapped on two lines, cells at the top), paragraph. */
    static byte[] topAligned(float rowGap) throws Exception {
        Page p = new Page();
        float y = p.paragraph(REGULAR, 10, 50, 80, 480, 12, INTRO) + 14;
        row(p, y, true, "Collectivité", "Projet", "Label", "Catégorie");
        y += rowGap;
        row(p, y, false, "Ville de Brest", "Brest en commun", "Or", "Participation");
        p.text(REGULAR, 10, COLS[3], y + 12, "citoyenne");
        y += 12 + rowGap;
        row(p, y, false, "CA du Grand Cahors", "Le Grand Pass", "Argent", "Services");
        y += rowGap;
        row(p, y, false, "Rennes Métropole", "Open data", "Bronze", "Données");
        y += rowGap;
        row(p, y, false, "Ville de Lille", "Lille en ligne", "Bronze", "");
        y += 26;
        p.text(REGULAR, 10, 50, y, "Contacts presse : presse@example.org");
        return PdfFixtures.pdf(List.of(new Page(), p));
    }

    private static void assertTable(SourceDocument doc) {
        List<Block> blocks = doc.blocks();
        assertThat(blocks).extracting(Block::kind).containsExactly(BlockKind.PARAGRAPH, BlockKind.TABLE_ROW,
                BlockKind.TABLE_ROW, BlockKind.TABLE_ROW, BlockKind.TABLE_ROW, BlockKind.TABLE_ROW, BlockKind.PARAGRAPH);
        assertThat(blocks.get(0).text()).isEqualTo(INTRO);
        assertThat(blocks.subList(1, 6)).extracting(Block::text).containsExactly(
                "Collectivité\tProjet\tLabel\tCatégorie",
                "Ville de Brest\tBrest en commun\tOr\tParticipation citoyenne",
                "CA du Grand Cahors\tLe Grand Pass\tArgent\tServices",
                "Rennes Métropole\tOpen data\tBronze\tDonnées",
                "Ville de Lille\tLille en ligne\tBronze");
        assertThat(blocks.get(1).boldRuns()).containsExactly("Collectivité", "Projet", "Label", "Catégorie");
        assertThat(blocks.get(2).boldRuns()).isEmpty();
        assertThat(blocks.get(6).text()).isEqualTo("Contacts presse : presse@example.org");
        assertThat(blocks).extracting(Block::page).containsOnly(2);
    }

    @Test
    void rowsSpacedOutByPadding() throws Exception {
        assertTable(load(topAligned(20)));
    }

    @Test
    void rowsAtTheLinePitch() throws Exception {
        assertTable(load(topAligned(12)));
    }

    @Test
    void twoCellsCloserThanTheFragmentGap() throws Exception {
        // The last column starts 9 points after "Argent": one fragment, still two cells.
        float[] cols = {50, 150, 300, 300 + PdfFixtures.width(REGULAR, 10, "Argent") + 9};
        String[][] rows = {{"Nom", "Projet", "Label", "Catégorie"}, {"Brest", "Brest en commun", "Or", "Participation"},
                {"Cahors", "Le Grand Pass", "Argent", "Services"}, {"Gironde", "Solidaire", "Argent", "Inclusion"}};
        Page p = new Page();
        float y = 80;
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                p.text(REGULAR, 10, cols[i], y, r[i]);
            }
            y += 20;
        }
        List<Block> blocks = load(PdfFixtures.pdf(List.of(p))).blocks();
        assertThat(blocks).extracting(Block::kind).containsOnly(BlockKind.TABLE_ROW);
        assertThat(blocks).extracting(Block::text).containsExactly("Nom\tProjet\tLabel\tCatégorie",
                "Brest\tBrest en commun\tOr\tParticipation", "Cahors\tLe Grand Pass\tArgent\tServices",
                "Gironde\tSolidaire\tArgent\tInclusion");
    }

    @Test
    void chromiumTableWithCellsCentredVertically() throws Exception {
        byte[] pdf;
        try (InputStream in = PdfTableTest.class.getResourceAsStream("/load/table-chromium-2019.pdf")) {
            pdf = in.readAllBytes();
        }
        List<Block> blocks = load(pdf).blocks();
        List<String> rows = blocks.stream().filter(b -> b.kind() == BlockKind.TABLE_ROW).map(Block::text).toList();
        assertThat(rows).containsExactly(
                "Collectivité\tProjet\tLabel\tCatégorie",
                "VILLE DE BREST\tBrest en commun, la plateforme participative\tOr\tParticipation citoyenne",
                "CA du Grand Cahors\tLe Grand Pass 2\tArgent\tServices aux usagers",
                "Département de la Gironde et Bordeaux Métropole\tGironde Numérique Solidaire\tArgent\tInclusion numérique",
                "CC Cœur Coteaux Comminges\tComminges connecté\tBronze\tAménagement du territoire",
                "Rennes Métropole\tOpen data « Rennes en données »\tBronze\tDonnées");
        assertThat(blocks).extracting(Block::text).startsWith("COMMUNIQUÉ DE PRESSE", "Lyon, le 5 février 2019",
                "Label « Territoire Innovant » 2019 : le palmarès");
        assertThat(blocks.get(blocks.size() - 1).text()).isEqualTo("Contacts presse : presse@example.org");
        assertThat(blocks.get(3).kind()).isEqualTo(BlockKind.PARAGRAPH);
        assertThat(blocks.get(4).boldRuns()).containsExactly("Collectivité", "Projet", "Label", "Catégorie");
    }

    @Test
    void twoColumnsOfTextAreNotATable() throws Exception {
        Page p = new Page();
        String text = "Le label récompense les collectivités qui innovent au service de leurs habitants, "
                + "dans tous les domaines de l'action publique locale, et il distingue chaque année des projets "
                + "numériques remarquables portés par des communes, des intercommunalités et des départements.";
        p.paragraph(REGULAR, 10, 50, 80, 230, 12, text + " " + text);
        p.paragraph(REGULAR, 10, 315, 80, 230, 12, text + " " + text);
        List<Block> blocks = load(PdfFixtures.pdf(List.of(p))).blocks();
        assertThat(blocks).extracting(Block::kind).doesNotContain(BlockKind.TABLE_ROW);
    }
}
