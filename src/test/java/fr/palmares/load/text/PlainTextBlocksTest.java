package fr.palmares.load.text;

import static org.assertj.core.api.Assertions.assertThat;

import fr.palmares.load.DocumentLoader;
import fr.palmares.model.Block;
import fr.palmares.model.BlockKind;
import fr.palmares.model.Line;
import fr.palmares.model.Role;
import fr.palmares.model.SourceDocument;
import fr.palmares.model.Style;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Plain text keeps its lines: rules and markers are markup, fixed-width columns are gaps. */
class PlainTextBlocksTest {

    static List<String> texts(Block b) {
        return b.lines().stream().map(Line::text).toList();
    }

    @Test
    void theOfficialList2011KeepsItsLinesColumnsAndIndentsWithoutItsRulesBomOrCarriageReturns() throws Exception {
        Path file = Path.of("src/test/resources/corpus/palmares-labels-2011_liste-officielle.txt");
        SourceDocument doc = new DocumentLoader().load(file, file.toString());
        assertThat(doc.format()).isEqualTo("text");
        assertThat(doc.warnings()).isEmpty();
        List<Block> blocks = doc.blocks();
        assertThat(texts(blocks.get(0))).containsExactly("LES INTERCONNECTÉS — Réseau des territoires innovants",
                "AdCF · ACUF · AMGVF");
        assertThat(blocks.get(0).lines().get(0).line()).isEqualTo(1);
        // The category stands between two rules: a block of its own, the rules are not text.
        Block category = blocks.stream().filter(b -> b.text().equals("E-ADMINISTRATION ET SERVICES EN LIGNE")).findFirst()
                .orElseThrow();
        assertThat(category.line()).isEqualTo(14);
        Block entries = blocks.get(blocks.indexOf(category) + 1);
        assertThat(entries.kind()).isEqualTo(BlockKind.PARAGRAPH);
        assertThat(texts(entries)).containsExactly(
                "OR\tCA DE LA RÉGION NAZAIRIENNE ET DE L'ESTUAIRE (CARENE) (44)",
                "« Portail famille : inscriptions et paiements en ligne des services périscolaires »",
                "ARGENT\tVILLE D'ISSY-LES-MOULINEAUX (92)",
                "« Issy Mobile : les démarches municipales sur smartphone »",
                "ARGENT\tCONSEIL GÉNÉRAL DE LA GIRONDE (33)",
                "« Gironde Solidarités en ligne : le suivi des aides sociales »",
                "BRONZE\tCC DU PAYS DE LANDERNEAU-DAOULAS (29)",
                "« e-Démarches intercommunales »",
                "BRONZE\tCA DE CERGY-PONTOISE (95)",
                "« Paiement en ligne des services aux familles »");
        assertThat(entries.lines()).extracting(l -> l.style().indent()).containsExactly(0, 8, 0, 8, 0, 8, 0, 8, 0, 8);
        assertThat(entries.lines()).extracting(Line::line).startsWith(16, 17, 18);
        assertThat(entries.lines().get(0).parts()).containsExactly("OR", "CA DE LA RÉGION NAZAIRIENNE ET DE L'ESTUAIRE (CARENE) (44)");
        assertThat(doc.blocks()).allSatisfy(b -> assertThat(b.text()).doesNotContain("─", "\uFEFF", "\r"));
    }

    @Test
    void rulesQuotesAndDecorativeMarkersAreMarkupNeverText() {
        List<Block> blocks = PlainTextBlocks.read("""
                ═══ LABEL OR ═══
                > Grand Lyon avec Grand Lyon SmartData
                > suite de la citation
                >> réponse citée
                ━━━━━━━━━━━━━━━━━━━━
                - > Lille Métropole avec DIVA
                → Ville de Brest avec Brest Créative
                • Rennes Métropole
                  pour le projet INFOLAB
                ✓ Ville de Marseille
                🏆 Métropole de Lyon
                1. Premier
                   - sous-point
                ╌╌╌╌╌╌╌╌╌╌
                L A B E L  O R
                -------------------
                Texte    en colonnes
                """);
        assertThat(blocks).extracting(Block::text).containsExactly("LABEL OR",
                "Grand Lyon avec Grand Lyon SmartData\nsuite de la citation", "réponse citée",
                "Lille Métropole avec DIVA", "Ville de Brest avec Brest Créative",
                "Rennes Métropole\npour le projet INFOLAB", "Ville de Marseille", "Métropole de Lyon", "Premier", "sous-point",
                "LABEL OR", "Texte\ten colonnes");
        assertThat(blocks).extracting(Block::kind).containsExactly(BlockKind.PARAGRAPH, BlockKind.PARAGRAPH,
                BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.LIST_ITEM, BlockKind.LIST_ITEM, BlockKind.LIST_ITEM,
                BlockKind.LIST_ITEM, BlockKind.LIST_ITEM, BlockKind.LIST_ITEM, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH);
        assertThat(blocks).extracting(Block::role).containsExactly(Role.BODY, Role.QUOTE, Role.QUOTE, Role.BODY,
                Role.BODY, Role.BODY, Role.BODY, Role.BODY, Role.BODY, Role.BODY, Role.BODY, Role.BODY);
        assertThat(blocks).extracting(b -> b.lines().get(0).style().marker()).containsExactly(null, ">", ">>", "- >", "→",
                "•", "✓", "🏆", "1.", "-", null, null);
        assertThat(blocks.get(9).level()).as("nested by indentation").isEqualTo(1);
        assertThat(blocks.get(5).lines().get(1).style()).isEqualTo(new Style(0, false, false, 2, null, false));
        assertThat(blocks.get(10).lines().get(0).style().letterSpaced()).isTrue();
        assertThat(blocks.get(1).lines()).extracting(Line::line).containsExactly(2, 3);
    }

    @Test
    void aParagraphEndsAtABlankLineAndAListItemAtTheNextMarkerOrAnUnindentedLine() {
        List<Block> blocks = PlainTextBlocks.read("""
                Les lauréats sont :
                - Ville de Brest
                - Ville de Rennes
                Fin de la liste.

                Un autre paragraphe
                sur deux lignes.
                """);
        assertThat(blocks).extracting(Block::text).containsExactly("Les lauréats sont :", "Ville de Brest", "Ville de Rennes",
                "Fin de la liste.", "Un autre paragraphe\nsur deux lignes.");
        assertThat(blocks).extracting(Block::line).containsExactly(1, 2, 3, 4, 6);
    }

    @Test
    void twoLinesCutAtTheDocumentsMeasureAreOneLineAndAShortFirstLineIsNot() {
        List<Block> blocks = PlainTextBlocks.read("""
                COMMUNIQUÉ DE PRESSE
                LYON, LE 9 DÉCEMBRE

                SERVICES AUX HABITANTS — VILLE DE PAU : PAU DÉMARCHES, LE GUICHET EN LIGNE DES
                HABITANTS

                UN PARAGRAPHE QUI TIENT SUR UNE LIGNE ENTIÈRE ET QUI DONNE SA LARGEUR AU TEXTE.
                """);
        assertThat(blocks).extracting(Block::text).containsExactly("COMMUNIQUÉ DE PRESSE\nLYON, LE 9 DÉCEMBRE",
                "SERVICES AUX HABITANTS — VILLE DE PAU : PAU DÉMARCHES, LE GUICHET EN LIGNE DES HABITANTS",
                "UN PARAGRAPHE QUI TIENT SUR UNE LIGNE ENTIÈRE ET QUI DONNE SA LARGEUR AU TEXTE.");
    }

    @Test
    void aDashUnderAnItemGoesOnInLowerCaseAndOpensASubItemAfterAColon() {
        List<Block> blocks = PlainTextBlocks.read("""
                • Ville de Niort, pour « Guichet unique »
                  — lauréate de la catégorie Services
                • Ville de Pau :
                  — projet Mobilités
                  — projet Écoles
                """);
        assertThat(blocks).extracting(Block::text).containsExactly(
                "Ville de Niort, pour « Guichet unique »\n— lauréate de la catégorie Services", "Ville de Pau :",
                "projet Mobilités", "projet Écoles");
        assertThat(blocks).extracting(Block::kind).containsOnly(BlockKind.LIST_ITEM);
        assertThat(blocks.get(0).lines().get(1).style().marker()).isNull();
    }

    @Test
    void aLineUnderlinedByARuleOfItsLengthIsAHeadingAndALineOfColumnsOverItsRuleIsNot() {
        List<Block> blocks = PlainTextBlocks.read("""
                Palmarès 2020
                =============

                Intro paragraph
                Les lauréats
                ------------

                Collectivité      Projet      Niveau
                ------------------------------------
                Ville de Rennes   Guichet     Or
                """);
        assertThat(blocks).extracting(Block::kind, Block::level, Block::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(BlockKind.HEADING, 1, "Palmarès 2020"),
                org.assertj.core.groups.Tuple.tuple(BlockKind.PARAGRAPH, 0, "Intro paragraph"),
                org.assertj.core.groups.Tuple.tuple(BlockKind.HEADING, 2, "Les lauréats"),
                org.assertj.core.groups.Tuple.tuple(BlockKind.PARAGRAPH, 0, "Collectivité\tProjet\tNiveau"),
                org.assertj.core.groups.Tuple.tuple(BlockKind.PARAGRAPH, 0, "Ville de Rennes\tGuichet\tOr"));
        assertThat(blocks.get(0).lines().get(0).style().sizeRank()).isEqualTo(3);
        assertThat(blocks.get(2).lines().get(0).line()).isEqualTo(5);
    }
}
