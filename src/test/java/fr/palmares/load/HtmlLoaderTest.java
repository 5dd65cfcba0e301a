package fr.palmares.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.palmares.load.html.HtmlCharset;
import fr.palmares.model.Block;
import fr.palmares.model.BlockKind;
import fr.palmares.model.SourceDocument;
import fr.palmares.model.Span;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HtmlLoaderTest {
    private static final Charset CP1252 = Charset.forName("windows-1252");

    static SourceDocument load(byte[] bytes) throws Exception {
        return new HtmlLoader().load(null, bytes, "page.html");
    }

    static SourceDocument load(String html) throws Exception {
        return load(html.getBytes(StandardCharsets.UTF_8));
    }

    static List<String> texts(SourceDocument doc) {
        return doc.blocks().stream().map(Block::text).toList();
    }

    static Optional<Block> find(SourceDocument doc, String start) {
        return doc.blocks().stream().filter(b -> b.text().startsWith(start)).findFirst();
    }

    // ---------------------------------------------------------------------------------------------
    // Charsets

    @Test
    void utf8WithoutDeclaration() throws Exception {
        SourceDocument doc = load("<html><body><p>Métropole d’Aix « Marseille »</p></body></html>");
        assertThat(texts(doc)).containsExactly("Métropole d’Aix « Marseille »");
        assertThat(doc.format()).isEqualTo("html");
        assertThat(doc.file()).isEqualTo("page.html");
    }

    @Test
    void utf8ByteOrderMark() throws Exception {
        byte[] body = "<p>Communauté de communes</p>".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        assertThat(texts(load(bytes))).containsExactly("Communauté de communes");
        assertThat(HtmlCharset.decode(bytes).how()).isEqualTo("BOM");
    }

    @Test
    void utf16ByteOrderMark() throws Exception {
        byte[] bytes = "\uFEFF<html><body><p>Région Île-de-France</p></body></html>".getBytes(StandardCharsets.UTF_16LE);
        assertThat(texts(load(bytes))).containsExactly("Région Île-de-France");
    }

    @Test
    void windows1252MetaCharset() throws Exception {
        byte[] bytes = "<html><head><meta charset=\"windows-1252\"></head><body><p>Élu à l’unanimité – « bravo » œuvre</p></body></html>"
                .getBytes(CP1252);
        assertThat(texts(load(bytes))).containsExactly("Élu à l’unanimité – « bravo » œuvre");
    }

    @Test
    void iso88591HttpEquivMeansWindows1252() throws Exception {
        byte[] bytes = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"></head>"
                + "<body><p>Déjà l’été – 25 €</p></body></html>").getBytes(CP1252);
        assertThat(HtmlCharset.decode(bytes).charset()).isEqualTo(CP1252);
        assertThat(texts(load(bytes))).containsExactly("Déjà l’été – 25 €");
    }

    @Test
    void invalidUtf8FallsBackToWindows1252() throws Exception {
        byte[] bytes = "<html><body><p>Collectivité lauréate</p></body></html>".getBytes(CP1252);
        assertThat(texts(load(bytes))).containsExactly("Collectivité lauréate");
        byte[] lying = "<meta charset=\"utf-8\"><p>Collectivité</p>".getBytes(CP1252);
        assertThat(texts(load(lying))).containsExactly("Collectivité");
    }

    @Test
    void utf8BytesDeclaredLatin1AreUtf8() throws Exception {
        byte[] bytes = "<meta charset=\"iso-8859-1\"><p>Métropole</p>".getBytes(StandardCharsets.UTF_8);
        assertThat(texts(load(bytes))).containsExactly("Métropole");
    }

    // ---------------------------------------------------------------------------------------------
    // Main content and boilerplate

    @Test
    void boilerplateIsRemoved() throws Exception {
        byte[] bytes;
        try (InputStream in = getClass().getResourceAsStream("/load/boilerplate.html")) {
            bytes = in.readAllBytes();
        }
        SourceDocument doc = load(bytes);
        assertThat(texts(doc)).containsExactly(
                "Les lauréats du label 2024",
                "Publié le 4 avril 2024",
                "Le jury a distingué 21 territoires cette année.",
                "Inclusion numérique",
                "Label or",
                "Métropole de Lyon\nInclusif, le jeu",
                "Décerné aux collectivités innovantes, le label récompense des projets utiles.",
                "La cérémonie a eu lieu à Marseille.");
        String all = String.join(" ", texts(doc));
        assertThat(all).doesNotContain("cookies", "traceurs", "Accueil", "Partager", "Publicité", "lire aussi",
                "Forum 2023", "similaires", "même sujet", "baromètre", "lettre", "JavaScript", "commentaires",
                "Bravo", "Tags", "plus lus", "Twitter", "Mentions", "script");
    }

    @Test
    void theLoneCardOfASectionIsACardOfItsNamedKind() throws Exception {
        SourceDocument doc = load("""
                <html><body><main>
                <section><h2>Éducation</h2>
                  <article class="carte"><h3>Des tablettes</h3><p>Prêtées aux familles.</p>
                    <p class="pied">Label d'or — Département de la Creuse</p></article>
                  <article class="carte"><h3>L'école itinérante</h3><p>Un camion équipé.</p>
                    <p class="pied">Label de bronze — Ville de Bitche</p><footer>Tags : école</footer></article>
                </section>
                <section><h2>Démocratie</h2>
                  <article class="carte"><h3>Budget participatif</h3><p>Des projets votés.</p>
                    <p class="pied">Label d'argent — Ville de Poitiers</p></article>
                </section>
                <section><h2>Santé</h2>
                  <article><h3>Un article sans classe</h3><p>Seul dans sa section.</p></article>
                </section>
                </main><footer><p>© 2022 Le magazine — Mentions légales</p></footer></body></html>
                """);
        // a footer, a card's as the page's, is not content (bylines, tags, rights)
        assertThat(texts(doc)).containsExactly("Éducation", "Des tablettes", "Prêtées aux familles.",
                "Label d'or — Département de la Creuse", "L'école itinérante", "Un camion équipé.",
                "Label de bronze — Ville de Bitche", "Démocratie", "Budget participatif", "Des projets votés.",
                "Label d'argent — Ville de Poitiers", "Santé", "Un article sans classe", "Seul dans sa section.");
        // the lone "carte" of its section is a card as those of the first section; a lone article of no class
        // is not one
        List<Integer> groups = doc.blocks().stream().map(Block::group).toList();
        assertThat(groups).containsExactly(0, 1, 1, 1, 2, 2, 2, 0, 3, 3, 3, 0, 0, 0);
    }

    @Test
    void headingsParagraphsListsAndBold() throws Exception {
        byte[] bytes;
        try (InputStream in = getClass().getResourceAsStream("/load/boilerplate.html")) {
            bytes = in.readAllBytes();
        }
        SourceDocument doc = load(bytes);
        Block h1 = find(doc, "Les lauréats du label").orElseThrow();
        assertThat(h1.kind()).isEqualTo(BlockKind.HEADING);
        assertThat(h1.level()).isEqualTo(1);
        assertThat(find(doc, "Inclusion numérique").orElseThrow().level()).isEqualTo(2);
        assertThat(find(doc, "Label or").orElseThrow().level()).isEqualTo(3);
        Block li = find(doc, "Métropole de Lyon").orElseThrow();
        assertThat(li.kind()).isEqualTo(BlockKind.LIST_ITEM);
        assertThat(li.spans()).containsExactly(new Span("Métropole de Lyon", true), Span.BREAK, new Span("Inclusif, le jeu", false));
        Block p = find(doc, "Le jury").orElseThrow();
        assertThat(p.kind()).isEqualTo(BlockKind.PARAGRAPH);
        assertThat(p.boldRuns()).containsExactly("21 territoires");
        assertThat(p.page()).isZero();
        assertThat(p.line()).isEqualTo(21); // its line in the HTML source
    }

    @Test
    void mainOrRoleMainWithoutArticle() throws Exception {
        SourceDocument doc = load("<body><div class=\"top\"><p>Bandeau du site avec un long texte de présentation générale</p></div>"
                + "<div role=\"main\"><p>Premier paragraphe du contenu principal qui est assez long pour compter.</p>"
                + "<p>Second paragraphe du contenu.</p></div><div class=\"bottom\"><p>Pied</p></div></body>");
        assertThat(texts(doc)).containsExactly("Premier paragraphe du contenu principal qui est assez long pour compter.",
                "Second paragraphe du contenu.");
    }

    @Test
    void headersOfTheContentAndItsSectionsStayTheBannerGoes() throws Exception {
        SourceDocument doc = load("<body><header><p>Les Interconnectés, le réseau des territoires</p><ul><li>Accueil</li></ul></header>"
                + "<main><header><h1>Label Territoire Innovant 2021 : le palmarès</h1></header>"
                + "<section><header><h2>Catégorie Mobilités</h2></header><p>Label d'or : Ville de Niort, pour ses navettes à la demande.</p></section>"
                + "<section><header><h2>Catégorie Santé</h2></header><p>Label d'argent : Département de l'Aube, pour la télémédecine.</p></section>"
                + "<div role=\"region\"><header><h2>Catégorie Culture</h2></header><p>Label de bronze : Ville de Laval.</p></div></main>"
                + "<footer><header><p>Mentions légales</p></header></footer></body>");
        assertThat(texts(doc)).containsExactly("Label Territoire Innovant 2021 : le palmarès", "Catégorie Mobilités",
                "Label d'or : Ville de Niort, pour ses navettes à la demande.", "Catégorie Santé",
                "Label d'argent : Département de l'Aube, pour la télémédecine.", "Catégorie Culture",
                "Label de bronze : Ville de Laval.");
    }

    @Test
    void cardsGroupedInSectionsAreAllContent() throws Exception {
        SourceDocument doc = load("<body><nav><a href=\"/\">Accueil</a></nav><main><h1>Annuaire 2022</h1>"
                + "<section><h2>Services</h2><article><h3>Ville de Quimper</h3><p>Un agenda partagé par les associations, alimenté par elles-mêmes et repris chaque semaine par la médiathèque.</p></article>"
                + "<article><h3>Ville de Metz</h3><p>Des capteurs de qualité de l'air dans chaque classe des écoles, et les mesures publiées chaque jour.</p></article></section>"
                + "<section><h2>Inclusion</h2><article><h3>Département du Gers</h3><p>Un bus numérique dans les villages.</p></article>"
                + "<article><h3>Ville de Besançon</h3><p>Des conseils municipaux sous-titrés.</p></article></section></main>"
                + "<footer>Les Interconnectés</footer></body>");
        assertThat(texts(doc)).containsExactly("Annuaire 2022", "Services", "Ville de Quimper",
                "Un agenda partagé par les associations, alimenté par elles-mêmes et repris chaque semaine par la médiathèque.", "Ville de Metz", "Des capteurs de qualité de l'air dans chaque classe des écoles, et les mesures publiées chaque jour.",
                "Inclusion", "Département du Gers", "Un bus numérique dans les villages.", "Ville de Besançon",
                "Des conseils municipaux sous-titrés.");
    }

    @Test
    void densestContainerWithoutLandmarks() throws Exception {
        String html = "<html><body><table><tr><td id=\"gauche\"><p><a href=\"/a\">Accueil</a></p><p><a href=\"/b\">Le forum en 2013</a></p></td>"
                + "<td id=\"centre\"><p>LES LABELS TERRITOIRES INNOVANTS 2013</p>"
                + "<p>Le Forum des Interconnectés a été l'occasion, encore cette année, de récompenser les territoires innovants.</p>"
                + "<p>Sur la centaine de dossiers étudiés cette année, 25 projets seront primés lors de la remise du label.</p>"
                + "<ul><li>Grand Lyon avec Grand Lyon SmartData</li><li>Mairie de Toulouse avec Toulouse.fr</li></ul></td></tr></table>"
                + "<div id=\"pied\">Les Interconnectés 2013 | <a href=\"/contact\">Contact</a> | <a href=\"/mentions\">Mentions légales</a></div>"
                + "</body></html>";
        SourceDocument doc = load(html);
        assertThat(texts(doc)).containsExactly("LES LABELS TERRITOIRES INNOVANTS 2013",
                "Le Forum des Interconnectés a été l'occasion, encore cette année, de récompenser les territoires innovants.",
                "Sur la centaine de dossiers étudiés cette année, 25 projets seront primés lors de la remise du label.",
                "Grand Lyon avec Grand Lyon SmartData", "Mairie de Toulouse avec Toulouse.fr");
    }

    @Test
    void tablesRowsWithTabs() throws Exception {
        SourceDocument doc = load("<article><table><tr><th>Catégorie</th><th>Lauréat</th></tr>"
                + "<tr><td>Or</td><td><b>Bordeaux   Métropole</b></td></tr><tr><td></td><td></td></tr></table></article>");
        assertThat(doc.blocks()).hasSize(2);
        Block row = doc.blocks().get(1);
        assertThat(row.kind()).isEqualTo(BlockKind.TABLE_ROW);
        assertThat(row.spans()).containsExactly(new Span("Or", false), new Span("\t", false), new Span("Bordeaux Métropole", true));
        String raw = row.spans().stream().map(Span::text).reduce("", String::concat);
        assertThat(raw.split("\t")).containsExactly("Or", "Bordeaux Métropole");
    }

    @Test
    void divTextBlockquotePreAndInlineStyles() throws Exception {
        SourceDocument doc = load("<main><div>Texte direct <span style=\"font-weight: 700\">en gras</span> ici"
                + "<p>Un paragraphe</p>suite du div</div>"
                + "<blockquote><p>Citation un</p><p>Citation deux</p></blockquote>"
                + "<pre>ligne 1\nligne 2</pre>"
                + "<p><span style=\"font-weight:bold\">Label</span> <em>or</em>&nbsp;:\n   <a href=\"#\">Lyon</a></p>"
                + "<p>  </p><div><span></span></div><ul><li></li></ul>"
                + "<ol><li>Un<ul><li>Un point un</li></ul></li><li><p>Deux</p><p>Suite</p></li></ol></main>");
        assertThat(texts(doc)).containsExactly("Texte direct en gras ici", "Un paragraphe", "suite du div", "Citation un",
                "Citation deux", "ligne 1\nligne 2", "Label or : Lyon", "Un", "Un point un", "Deux\nSuite");
        assertThat(find(doc, "Texte direct").orElseThrow().boldRuns()).containsExactly("en gras");
        assertThat(find(doc, "Label or").orElseThrow().boldRuns()).containsExactly("Label");
        assertThat(find(doc, "Un point").orElseThrow().kind()).isEqualTo(BlockKind.LIST_ITEM);
        assertThat(find(doc, "Deux").orElseThrow().kind()).isEqualTo(BlockKind.LIST_ITEM);
    }

    @Test
    void softHyphensAndZeroWidthAreDropped() throws Exception {
        SourceDocument doc = load("<p>dé&shy;ma&shy;té&shy;ria&shy;li&shy;sa&shy;tion&#8203; numérique</p>");
        assertThat(texts(doc)).containsExactly("dématérialisation numérique");
    }

    @Test
    void pageWithoutTextIsRefused() {
        assertThatThrownBy(() -> load("<html><body><nav>Menu</nav><script>x()</script></body></html>"))
                .isInstanceOf(LoadException.class).hasMessageContaining("no text");
    }
}
