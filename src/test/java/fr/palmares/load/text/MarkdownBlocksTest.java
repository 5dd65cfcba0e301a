package fr.palmares.load.text;

import static org.assertj.core.api.Assertions.assertThat;

import fr.palmares.model.Block;
import fr.palmares.model.BlockKind;
import fr.palmares.model.Cell;
import fr.palmares.model.Line;
import fr.palmares.model.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Markdown read by a CommonMark parser into the document model. */
class MarkdownBlocksTest {

    static List<String> texts(Block b) {
        return b.lines().stream().map(Line::text).toList();
    }

    @Test
    void headingsListsBreaksEmphasisAndTables() {
        List<Block> blocks = MarkdownBlocks.read("""
                ## **LABEL BRONZE**

                - **Communauté d'Agglomération Lisieux Normandie**\s\s
                Le Flex Office
                - > Grand Lyon avec Grand Lyon SmartData
                1. Premier

                Un paragraphe
                qui continue, avec un [lien](https://x.fr), <b>du gras</b> et *de l'italique* &amp; une entité.

                | Collectivité | Projet |
                |---|---|
                | Ville de Brest | Brest en commun<br>Plateforme |
                ---
                """);
        assertThat(blocks).extracting(Block::kind).containsExactly(BlockKind.HEADING, BlockKind.LIST_ITEM,
                BlockKind.LIST_ITEM, BlockKind.LIST_ITEM, BlockKind.PARAGRAPH, BlockKind.TABLE_ROW, BlockKind.TABLE_ROW);
        assertThat(blocks.get(0).level()).isEqualTo(2);
        assertThat(blocks.get(0).allBold()).isTrue();
        assertThat(blocks.get(0).lines().get(0).style().sizeRank()).isEqualTo(2);
        assertThat(texts(blocks.get(1))).containsExactly("Communauté d'Agglomération Lisieux Normandie", "Le Flex Office");
        assertThat(blocks.get(1).lines().get(0).style().bold()).isTrue();
        assertThat(blocks.get(1).lines().get(1).style().bold()).isFalse();
        assertThat(blocks.get(1).lines()).extracting(Line::line).containsExactly(3, 4);
        assertThat(blocks.get(2).text()).isEqualTo("Grand Lyon avec Grand Lyon SmartData");
        assertThat(blocks.get(2).lines().get(0).style().marker()).isEqualTo("- >");
        assertThat(blocks.get(3).lines().get(0).style().marker()).isEqualTo("1.");
        // a soft break ends a line, as in plain text: the core joins what was wrapped
        assertThat(texts(blocks.get(4))).containsExactly("Un paragraphe",
                "qui continue, avec un lien, du gras et de l'italique & une entité.");
        assertThat(blocks.get(4).boldRuns()).containsExactly("du gras");
        assertThat(blocks.get(4).lines().get(1).spans()).anyMatch(s -> s.italic() && s.text().equals("de l'italique"));
        Block header = blocks.get(5);
        assertThat(header.table()).isEqualTo(1);
        assertThat(header.row()).isZero();
        assertThat(header.cells()).extracting(Cell::header).containsExactly(true, true);
        Block row = blocks.get(6);
        assertThat(row.row()).isEqualTo(1);
        assertThat(row.cells()).extracting(Cell::header).containsExactly(false, false);
        assertThat(row.cells().get(1).lines()).extracting(Line::text).containsExactly("Brest en commun", "Plateforme");
        assertThat(row.cells()).extracting(Cell::col).containsExactly(0, 1);
    }

    @Test
    void setextHeadingsNestingQuotesFootnotesAndMarkersInParagraphs() {
        List<Block> blocks = MarkdownBlocks.read("""
                Les lauréats 2024
                =================

                Catégorie
                ---------

                - Inclusion
                  - Métropole de Lyon
                    - Projet Inclusif
                - - Ville de Brest

                > Une citation du jury
                > > et sa réponse

                Métropole de Lyon[^1] et Rennes<sup>2</sup>, 1<sup>er</sup> prix
                • Ville de Nantes
                → Ville de Lille

                [^1]: Une note.
                """);
        assertThat(blocks).extracting(Block::text).containsExactly("Les lauréats 2024", "Catégorie", "Inclusion",
                "Métropole de Lyon", "Projet Inclusif", "Ville de Brest", "Une citation du jury", "et sa réponse",
                "Métropole de Lyon [1] et Rennes [2], 1er prix", "Ville de Nantes", "Ville de Lille", "Une note.");
        assertThat(blocks.subList(0, 2)).extracting(Block::kind, Block::level).containsExactly(
                org.assertj.core.groups.Tuple.tuple(BlockKind.HEADING, 1), org.assertj.core.groups.Tuple.tuple(BlockKind.HEADING, 2));
        assertThat(blocks.subList(2, 6)).extracting(Block::level).containsExactly(0, 1, 2, 1);
        assertThat(blocks.get(3).lines().get(0).style().indent()).isEqualTo(1);
        assertThat(blocks.subList(6, 8)).extracting(Block::role).containsOnly(Role.QUOTE);
        assertThat(blocks.subList(6, 8)).extracting(b -> b.lines().get(0).style().marker()).containsExactly(">", ">>");
        assertThat(blocks.subList(9, 11)).extracting(Block::kind).containsOnly(BlockKind.LIST_ITEM);
        assertThat(blocks.subList(9, 11)).extracting(b -> b.lines().get(0).style().marker()).containsExactly("•", "→");
        assertThat(blocks.get(11).role()).isEqualTo(Role.NOTE);
        assertThat(blocks.get(0).line()).isEqualTo(1);
        assertThat(blocks.get(9).line()).isEqualTo(16);
    }

    @Test
    void contentsLinesWithDotLeadersAreBlocksOfTheirOwn() {
        List<Block> blocks = MarkdownBlocks.read("""
                ## Table des matières

                Le jury.....\t4
                Les critères de notation .....\t4
                Ville de Paris - Démat'URBA .....\t9
                Une ligne sans numéro
                <b>E-SANTÉ .....</b>\t<b>36</b>
                """);
        assertThat(blocks).extracting(Block::text).containsExactly("Table des matières", "Le jury.....\t4",
                "Les critères de notation .....\t4", "Ville de Paris - Démat'URBA .....\t9", "Une ligne sans numéro",
                "E-SANTÉ .....\t36");
        assertThat(blocks).extracting(Block::role).containsExactly(Role.BODY, Role.TOC, Role.TOC, Role.TOC, Role.BODY,
                Role.TOC);
        assertThat(blocks.get(5).allBold()).isTrue();
        assertThat(blocks).extracting(Block::line).containsExactly(1, 3, 4, 5, 6, 7);
    }
}
