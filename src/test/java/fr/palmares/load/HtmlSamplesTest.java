package fr.palmares.load;

import static fr.palmares.load.PdfHtmlSampleChecks.block;
import static fr.palmares.load.PdfHtmlSampleChecks.index;
import static fr.palmares.load.PdfHtmlSampleChecks.texts;
import static org.assertj.core.api.Assertions.assertThat;

import fr.palmares.model.Block;
import fr.palmares.model.BlockKind;
import fr.palmares.model.SourceDocument;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The HTML versions of the samples: the Markdown inside a web page full of boilerplate. */
class HtmlSamplesTest {
    static final Map<String, SourceDocument> DOCS = new HashMap<>();
    /** What the site around the content says: none of it may be read. */
    static final List<String> BOILERPLATE = List.of("cookies", "Tout accepter", "Menu principal", "Rechercher sur le site",
            "Fil d'Ariane", "Forum des Interconnectés 2025", "Start-up interconnectée » : les finalistes", "Partager : Facebook",
            "lettre d'information", "Je m'abonne", "Mentions légales", "Plan du site", "22 rue Joubert",
            "Sur le même sujet", "Forum 2022 à Nantes", "Laisser un commentaire", "Espace presse", "Téléchargez les logos",
            "Je m'inscris", "Nos partenaires : Orange", "Suivez-nous", "Site réalisé par", "Label 2021 : la sobriété",
            "Publicité — Découvrez", "Les plus lus", "Budget 2022", "Soyez le premier", "Groupe Moniteur",
            "Dans cette page", "Avec le soutien de", "gtag");

    @BeforeAll
    static void loadAll() throws Exception {
        for (String name : PdfHtmlSampleChecks.NAMES) {
            DOCS.put(name, PdfHtmlSampleChecks.load(new HtmlLoader(), name, "html"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-communique-de-presse", "2023-dossier-de-presse", "2013-page-web-labels",
        "2022-article-presse", "2023-annuaire-labels"})
    void everySample(String name) throws Exception {
        SourceDocument doc = DOCS.get(name);
        assertThat(doc.format()).isEqualTo("html");
        assertThat(doc.blocks()).hasSizeGreaterThan(30);
        for (Block b : doc.blocks()) {
            assertThat(b.page()).isZero();
            assertThat(b.line()).isPositive();
            assertThat(b.text()).isNotBlank().doesNotContain("\uFFFD", "\u00AD");
            for (String s : BOILERPLATE) {
                assertThat(b.text()).as(name).doesNotContainIgnoringCase(s);
            }
        }
        // Only words of the Markdown source, and the date line of the communiqué's page.
        assertThat(PdfHtmlSampleChecks.foreignWords(doc, name))
                .isSubsetOf(PdfHtmlSampleChecks.words("Publié le 4 avril 2024 dans Communiqués"));
        PdfHtmlSampleChecks.assertGoldNamesPresent(doc, name);
    }

    @Test
    void communique() {
        SourceDocument doc = DOCS.get("2024-communique-de-presse");
        Block laureates = block(doc, "Les lauréats 2024");
        assertThat(laureates.kind()).isEqualTo(BlockKind.HEADING);
        assertThat(laureates.level()).isEqualTo(2);
        assertThat(block(doc, "LABEL OR").level()).isEqualTo(4);
        Block lyon = block(doc, "Métropole de Lyon");
        assertThat(lyon.kind()).isEqualTo(BlockKind.LIST_ITEM);
        assertThat(lyon.allBold()).isTrue();
        assertThat(index(doc, "LABEL OR")).isLessThan(index(doc, "Métropole de Lyon"));
        assertThat(block(doc, "Communauté d'Agglomération Lisieux Normandie").lineTexts())
                .containsExactly("Communauté d'Agglomération Lisieux Normandie", "Le Flex Office à la mode NORKING");
        assertThat(texts(doc)).doesNotContain("À lire aussi");
    }

    @Test
    void oldPageInWindows1252() {
        SourceDocument doc = DOCS.get("2013-page-web-labels");
        assertThat(texts(doc).get(0)).isEqualTo("LES LABELS TERRITOIRES INNOVANTS 2013");
        assertThat(String.join(" ", texts(doc))).contains("l'inversion des Ordres", "société", "Métropole Nice côte d'Azur");
        assertThat(block(doc, "Grand Lyon avec").kind()).isEqualTo(BlockKind.LIST_ITEM);
    }

    @Test
    void articleWithoutItsRelatedLinks() {
        SourceDocument doc = DOCS.get("2022-article-presse");
        Block title = block(doc, "Les labels « territoires innovants » des Interconnectés passent à l'ouest");
        assertThat(title.kind()).isEqualTo(BlockKind.HEADING);
        // The article's own "À LIRE AUSSI" and "SUR LE MÊME SUJET" boxes go too.
        assertThat(String.join(" ", texts(doc))).doesNotContain("Un nouveau pool au service", "Le retour de bâton");
        assertThat(String.join(" ", texts(doc))).contains("Objectif full démat'");
    }
}
