package fr.palmares.load.html;

import static org.assertj.core.api.Assertions.assertThat;

import fr.palmares.load.HtmlLoader;
import fr.palmares.model.Block;
import fr.palmares.model.BlockKind;
import fr.palmares.model.Cell;
import fr.palmares.model.Line;
import fr.palmares.model.Role;
import fr.palmares.model.SourceDocument;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Web pages into the document model: grids, lines inside cells and items, cards, roles, marks. */
class HtmlModelTest {

    static SourceDocument load(String html) throws Exception {
        return new HtmlLoader().load(null, html.getBytes(StandardCharsets.UTF_8), "page.html");
    }

    static List<String> lines(Cell c) {
        return c.lines().stream().map(Line::text).toList();
    }

    @Test
    void aTableIsAGridRowspanAndColspanExpandedBreaksKeptAsLinesOfTheCell() throws Exception {
        SourceDocument doc = load("""
                <main><table><caption>Lauréats 2021</caption>
                <thead><tr><th>Catégorie</th><th>Distinction</th><th colspan="2">Lauréat</th></tr></thead>
                <tbody>
                <tr><th rowspan="2">Inclusion</th><td>Or</td><td>Ville de Niort<br>CA du Niortais</td><td>Compte citoyen</td></tr>
                <tr><td>Argent</td><td colspan="2">Ville des Abymes</td></tr>
                <tr><td>Données</td><td>Bronze</td><td><b>Rennes</b> Métropole</td><td>RUDI</td></tr>
                </tbody></table></main>""");
        List<Block> rows = doc.blocks().stream().filter(b -> b.kind() == BlockKind.TABLE_ROW).toList();
        assertThat(doc.blocks().get(0).role()).isEqualTo(Role.CAPTION);
        assertThat(rows).extracting(Block::table).containsOnly(1);
        assertThat(rows).extracting(Block::row).containsExactly(0, 1, 2, 3);
        assertThat(rows.get(0).cells()).extracting(Cell::header).containsOnly(true);
        assertThat(rows.get(0).cells()).extracting(Cell::col, Cell::spanned).containsExactly(
                org.assertj.core.groups.Tuple.tuple(0, false), org.assertj.core.groups.Tuple.tuple(1, false),
                org.assertj.core.groups.Tuple.tuple(2, false), org.assertj.core.groups.Tuple.tuple(3, true));
        Block first = rows.get(1);
        assertThat(lines(first.cells().get(2))).containsExactly("Ville de Niort", "CA du Niortais");
        Block second = rows.get(2);
        assertThat(second.cells()).extracting(Cell::col).containsExactly(0, 1, 2, 3);
        assertThat(second.cells().get(0).spanned()).as("the rowspan copy").isTrue();
        assertThat(lines(second.cells().get(0))).containsExactly("Inclusion");
        assertThat(second.cells().get(0).header()).isTrue();
        assertThat(second.cells().get(3).spanned()).as("the colspan copy").isTrue();
        assertThat(second.text()).isEqualTo("Inclusion\tArgent\tVille des Abymes\tVille des Abymes");
        assertThat(rows.get(3).cells().get(0).spanned()).as("the rowspan is over").isFalse();
        assertThat(rows.get(3).cells().get(2).lines().get(0).boldRuns()).containsExactly("Rennes");
    }

    @Test
    void definitionListsCardsAndBreaksInItems() throws Exception {
        SourceDocument doc = load("""
                <main><h2>Les lauréats</h2>
                <div class="grid">
                  <div class="card"><h3>Métropole de Lyon</h3><p>Inclusif, le jeu</p><img src="or.png" alt="Label Or"></div>
                  <div class="card"><h3>Ville de Brest</h3><p>Brest en commun</p><img src="argent.png" alt="Label Argent"></div>
                </div>
                <dl><dt>Collectivité</dt><dd>Rennes Métropole</dd><dt>Projet</dt><dd>RUDI</dd></dl>
                <ul><li><strong>Grand Lyon</strong><br>Grand Lyon SmartData</li><li>&gt; Lille Métropole avec DIVA</li></ul>
                </main>""");
        List<Block> b = doc.blocks();
        assertThat(b).extracting(Block::text).containsExactly("Les lauréats", "Métropole de Lyon", "Inclusif, le jeu", "Label Or",
                "Ville de Brest", "Brest en commun", "Label Argent", "Collectivité", "Rennes Métropole", "Projet", "RUDI",
                "Grand Lyon\nGrand Lyon SmartData", "Lille Métropole avec DIVA");
        assertThat(b).extracting(Block::group).containsExactly(0, 1, 1, 1, 2, 2, 2, 0, 0, 0, 0, 0, 0);
        assertThat(b.get(8).lines().get(0).style().indent()).as("a definition").isEqualTo(1);
        assertThat(b.get(7).lines().get(0).style().indent()).isZero();
        assertThat(b.get(11).kind()).isEqualTo(BlockKind.LIST_ITEM);
        assertThat(b.get(11).lines()).extracting(Line::text).containsExactly("Grand Lyon", "Grand Lyon SmartData");
        assertThat(b.get(11).lines().get(0).style().bold()).isTrue();
        assertThat(b.get(11).lines().get(0).style().marker()).isEqualTo("-");
        assertThat(b.get(12).lines().get(0).style().marker()).as("a '> ' written as text").isEqualTo("- >");
    }

    @Test
    void footnoteMarksQuotesContentsLinesNestedListsAndHiddenTabs() throws Exception {
        SourceDocument doc = load("""
                <main><p>Métropole de Lyon<sup>1</sup>, 1<sup>er</sup> prix, 985 km<sup>2</sup></p>
                <blockquote><p>Un projet exemplaire, dit le jury.</p></blockquote>
                <p>Le jury ..... 4<br>Les lauréats ..... 5</p>
                <ol><li>Inclusion<ol><li><em>Ville de Brest</em></li></ol></li></ol>
                <div class="tabs"><div class="tab-pane" id="tab-or">Or : Ville de Lille</div>
                <div class="tab-pane" id="tab-argent" style="display:none">Argent : Ville de Niort</div></div>
                <div style="display:none">Bannière masquée</div></main>""");
        List<Block> b = doc.blocks();
        assertThat(b).extracting(Block::text).containsExactly("Métropole de Lyon [1], 1er prix, 985 km2",
                "Un projet exemplaire, dit le jury.", "Le jury ..... 4", "Les lauréats ..... 5", "Inclusion", "Ville de Brest",
                "Or : Ville de Lille", "Argent : Ville de Niort");
        assertThat(b).extracting(Block::role).containsExactly(Role.BODY, Role.QUOTE, Role.TOC, Role.TOC, Role.BODY, Role.BODY,
                Role.BODY, Role.BODY);
        assertThat(b.get(4).lines().get(0).style().marker()).isEqualTo("1.");
        assertThat(b.get(5).level()).isEqualTo(1);
        assertThat(b.get(5).lines().get(0).style().italic()).isTrue();
    }

    @Test
    void theCorpusTableWithRowspansAndABreakInACell() throws Exception {
        Path file = Path.of("src/test/resources/corpus/communique-labels-2021-tableau.html");
        SourceDocument doc = new HtmlLoader().load(file, Files.readAllBytes(file), file.toString());
        List<Block> rows = doc.blocks().stream().filter(x -> x.table() == 1).toList();
        assertThat(rows.get(0).cells()).extracting(c -> c.text()).containsExactly("Catégorie", "Distinction",
                "Collectivité(s)", "Projet");
        // Every row has its category: the rowspan cell is copied into the rows it covers.
        assertThat(rows.subList(1, rows.size())).allSatisfy(r -> assertThat(r.cells()).hasSize(4));
        assertThat(rows.get(2).cells().get(0).text()).isEqualTo("Numérique responsable");
        assertThat(rows.get(2).cells().get(0).spanned()).isTrue();
        assertThat(rows.get(2).cells().get(1).text()).isEqualTo("Argent");
        Block niort = rows.stream().filter(r -> r.text().contains("Niort")).findFirst().orElseThrow();
        assertThat(lines(niort.cells().get(2))).containsExactly("Ville de Niort", "CA du Niortais");
        assertThat(doc.blocks().stream().mapToInt(Block::table).max().orElse(0)).as("three tables").isEqualTo(3);
    }
}
