package fr.palmares.load;

import static fr.palmares.load.PdfHtmlSampleChecks.block;
import static fr.palmares.load.PdfHtmlSampleChecks.index;
import static fr.palmares.load.PdfHtmlSampleChecks.texts;
import static org.assertj.core.api.Assertions.assertThat;

import fr.palmares.model.Block;
import fr.palmares.model.BlockKind;
import fr.palmares.model.SourceDocument;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The PDF versions of the samples (made by scripts/samples/make-samples.sh). */
class PdfSamplesTest {
    static final Map<String, SourceDocument> DOCS = new HashMap<>();

    @BeforeAll
    static void loadAll() throws Exception {
        for (String name : PdfHtmlSampleChecks.NAMES) {
            DOCS.put(name, PdfHtmlSampleChecks.load(new PdfLoader(), name, "pdf"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-communique-de-presse", "2023-dossier-de-presse", "2013-page-web-labels",
        "2022-article-presse", "2023-annuaire-labels"})
    void everySample(String name) throws Exception {
        SourceDocument doc = DOCS.get(name);
        assertThat(doc.format()).isEqualTo("pdf");
        assertThat(doc.blocks()).hasSizeGreaterThan(30);
        for (Block b : doc.blocks()) {
            assertThat(b.page()).isPositive();
            assertThat(b.line()).isZero();
            assertThat(b.text()).isNotBlank()
                    .doesNotContain("\u00AD", "\u2010", "\uFFFD")
                    .doesNotMatch("(?s).*\\bPage \\d+\\b.*");
        }
        // Every word is a word of the Markdown source: no word glued to another or cut in two by a
        // wrong join of lines, no header or footer.
        assertThat(PdfHtmlSampleChecks.foreignWords(doc, name)).isEmpty();
        PdfHtmlSampleChecks.assertGoldNamesPresent(doc, name);
    }

    @Test
    void communique() {
        SourceDocument doc = DOCS.get("2024-communique-de-presse");
        Block laureates = block(doc, "Les lauréats 2024");
        assertThat(laureates.kind()).isEqualTo(BlockKind.HEADING);
        Block lyon = block(doc, "Métropole de Lyon");
        assertThat(lyon.kind()).isEqualTo(BlockKind.LIST_ITEM);
        assertThat(lyon.allBold()).isTrue();
        assertThat(lyon.text()).isEqualTo("Métropole de Lyon");
        assertThat(index(doc, "LABEL OR")).isLessThan(index(doc, "Métropole de Lyon"));
        assertThat(index(doc, "INCLUSION NUMÉRIQUE")).isLessThan(index(doc, "LABEL OR"));
        assertThat(block(doc, "LABEL OR").kind()).isEqualTo(BlockKind.HEADING);
        assertThat(block(doc, "LABEL OR").level()).isGreaterThan(laureates.level());
        // Two columns: what follows in the right column comes after the left column.
        assertThat(index(doc, "Inclusif, le jeu")).isLessThan(index(doc, "La Fabrique de l’Inclusion Numérique AMP"));
        assertThat(index(doc, "Le jury, qui a auditionné")).isGreaterThan(index(doc, "Sobriété numérique"));
        // A list item with a forced line break between a bold name and its project.
        Block megalis = block(doc, "Megalis Bretagne");
        assertThat(megalis.lineTexts()).containsExactly("Megalis Bretagne",
                "Collec-Data – Automatiser la chaîne de publication des données publiques des collectivités bretonnes");
        assertThat(megalis.boldRuns()).containsExactly("Megalis Bretagne");
        // Typographic apostrophes and quotes are kept; hyphenation is undone.
        assertThat(block(doc, "Le Forum des Interconnectés, organisé").text())
                .contains("à l’invitation de la Métropole Aix-Marseille-Provence a réuni 1130 participants")
                .contains("le Label «Territoire Innovant» 2024.");
        for (String t : texts(doc)) {
            assertThat(t).doesNotContain("Les Interconnectés — Forum 2024", "www.interconnectes.com",
                    "Les Interconnectés — Communiqué de presse", "Marseille, 4 avril 2024");
        }
        assertThat(doc.blocks().stream().mapToInt(Block::page).max().orElse(0)).isEqualTo(3);
    }

    @Test
    void annuaireInTwoColumns() {
        SourceDocument doc = DOCS.get("2023-annuaire-labels");
        // The jury list runs from the bottom of the left column to the top of the right one.
        assertThat(index(doc, "Le jury")).isLessThan(index(doc, "Julien Anselme, Orange"));
        assertThat(index(doc, "Sophie Brier, Région Sud PACA")).isLessThan(index(doc, "Jeanne Carrez-Debock"));
        assertThat(index(doc, "Benjamin Szames, Microsoft")).isLessThan(index(doc, "Les critères de notation"));
        assertThat(index(doc, "Les critères de notation")).isLessThan(index(doc, "Résultats de la sélection"));
        Block paris = block(doc, "Label d’or attribué à la Ville de Paris");
        assertThat(paris.lineTexts()).containsExactly("Label d’or attribué à la Ville de Paris", "Pour le projet «Démat’URBA»");
        assertThat(paris.allBold()).isTrue();
        assertThat(String.join(" ", texts(doc))).contains("dématérialisation des demandes d’autorisations d’urbanisme");
        for (String t : texts(doc)) {
            assertThat(t).doesNotContain("Les Interconnectés — Annuaire des labels 2023", "Réseau des Territoires Innovants",
                    "Annuaire labels 2023");
        }
    }

    @Test
    void dossier() {
        SourceDocument doc = DOCS.get("2023-dossier-de-presse");
        assertThat(index(doc, "LES LAURÉATS 2023")).isLessThan(index(doc, "Ville de Paris"));
        assertThat(block(doc, "Programme «Démat'URBA»").lineTexts())
                .containsExactly("Programme «Démat'URBA»", "Dématérialisation de bout en bout des démarches d'urbanisme");
        assertThat(block(doc, "Maire de Toulouse").lineTexts()).containsExactly("Maire de Toulouse", "Président de Toulouse Métropole");
        for (String t : texts(doc)) {
            assertThat(t).doesNotContain("FORUM DES INTERCONNECTÉS — TOULOUSE 2023");
        }
    }
}
