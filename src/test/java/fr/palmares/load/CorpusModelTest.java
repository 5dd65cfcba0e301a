package fr.palmares.load;

import static org.assertj.core.api.Assertions.assertThat;

import fr.palmares.model.Block;
import fr.palmares.model.BlockKind;
import fr.palmares.model.Cell;
import fr.palmares.model.Line;
import fr.palmares.model.Role;
import fr.palmares.model.SourceDocument;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The corpus documents (src/test/resources/corpus) in the document model, where each one is hard. */
class CorpusModelTest {

    static SourceDocument load(String name) throws Exception {
        Path file = Path.of("src/test/resources/corpus", name);
        return new DocumentLoader().load(file, file.toString());
    }

    static Optional<Block> find(SourceDocument doc, String text) {
        return doc.blocks().stream().filter(b -> b.text().equals(text)).findFirst();
    }

    @Test
    void theYearbook2019BannerIsLetterSpacedItsContentsPageMarkedItsFurnitureGone() throws Exception {
        SourceDocument doc = load("annuaire-labels-territoire-innovant-2019.pdf");
        Block banner = doc.blocks().stream().filter(b -> b.page() == 5 && b.text().equals("LABEL OR")).findFirst().orElseThrow();
        Line l = banner.lines().get(0);
        assertThat(l.style().letterSpaced()).isTrue();
        assertThat(l.style().bold()).isTrue();
        Block name = doc.blocks().get(doc.blocks().indexOf(banner) + 2);
        assertThat(name.text()).isEqualTo("Métropole Européenne de Lille");
        assertThat(name.lines().get(0).style().sizeRank()).isPositive();
        assertThat(doc.blocks().get(doc.blocks().indexOf(banner) + 3).lines().get(0).style().italic()).isTrue();
        List<Block> contents = doc.blocks().stream().filter(b -> b.page() == 2 && !b.text().equals("Sommaire")).toList();
        assertThat(contents.stream().filter(b -> b.role() == Role.TOC).count()).as("contents lines of page 2")
                .isGreaterThanOrEqualTo(12);
        assertThat(doc.blocks()).noneMatch(b -> b.text().contains("Annuaire des labels 2019 — page"));
        assertThat(doc.blocks().get(0).lines().get(0).style().letterSpaced()).isTrue();
        assertThat(doc.blocks().get(0).text()).isEqualTo("LES INTERCONNECTÉS");
    }

    @Test
    void thePressKit2016ReadsItsTwoColumnsInOrderWithItsContentsTable() throws Exception {
        SourceDocument doc = load("2016_dossier-de-presse_forum-interconnectes.pdf");
        Block edito = find(doc, "Édito").orElseThrow();
        int i = doc.blocks().indexOf(edito);
        assertThat(doc.blocks().get(i + 1).text()).startsWith("Depuis 2009, le réseau des Interconnectés repère et distingue")
                .endsWith("territoires urbains et territoires ruraux.");
        assertThat(doc.blocks().get(i + 2).text()).startsWith("La réforme territoriale")
                .contains("le partage d’expériences entre pairs").endsWith("frontières administratives.");
        List<Block> toc = doc.blocks().stream().filter(b -> b.role() == Role.TOC).toList();
        assertThat(toc).extracting(b -> b.cells().get(0).text()).startsWith("Édito", "Le Forum en chiffres", "Le jury 2016");
        assertThat(doc.blocks()).noneMatch(b -> b.text().matches("(?i).*\\bpage \\d+$"));
    }

    @Test
    void theWindows1252ArticleAndTheMarkdownPressRelease() throws Exception {
        SourceDocument article = load("article_territoires-numeriques-hebdo_2014-12_cp1252.txt");
        assertThat(article.format()).isEqualTo("text");
        assertThat(article.warnings()).isEmpty();
        assertThat(article.blocks().get(0).lines()).extracting(Line::text).containsExactly(
                "TERRITOIRES & NUMÉRIQUE — La lettre hebdomadaire des décideurs publics",
                "N° 412 — Jeudi 11 décembre 2014 — Rubrique : Innovation");
        SourceDocument md = load("communique-label-territoire-innovant-2025.md");
        assertThat(md.format()).isEqualTo("markdown");
        Block quote = md.blocks().stream().filter(b -> b.role() == Role.QUOTE).findFirst().orElseThrow();
        assertThat(quote.text()).startsWith("« Les lauréats 2025 montrent").endsWith("— la présidente du jury");
        assertThat(quote.lines().get(0).style().marker()).isEqualTo(">");
        Block jury = md.blocks().stream().filter(b -> b.kind() == BlockKind.TABLE_ROW).findFirst().orElseThrow();
        assertThat(jury.cells()).extracting(Cell::text).containsExactly("Membre", "Structure");
        assertThat(jury.cells()).allMatch(Cell::header);
    }
}
