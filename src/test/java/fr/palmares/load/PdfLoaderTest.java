package fr.palmares.load;

import static fr.palmares.load.PdfFixtures.BOLD;
import static fr.palmares.load.PdfFixtures.REGULAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.palmares.load.PdfFixtures.Page;
import fr.palmares.model.Block;
import fr.palmares.model.BlockKind;
import fr.palmares.model.SourceDocument;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfLoaderTest {
    static final float LEFT = 50;
    static final float RIGHT = 315;
    static final float COL = 230;
    static final float PITCH = 12;
    static final String FOOTER = "Les Interconnectés — Rapport 2024";
    static final String HEADER = "Rapport des Interconnectés";

    static SourceDocument report;

    /** Four A4 pages in two columns, with a running header and footer and page numbers. */
    @BeforeAll
    static void makeReport() throws Exception {
        List<Page> pages = new ArrayList<>();
        for (int n = 1; n <= 4; n++) {
            Page p = new Page();
            p.text(REGULAR, 8, LEFT, 40, HEADER).text(REGULAR, 8, 480, 40, "Édition 2024");
            p.text(REGULAR, 8, LEFT, 815, FOOTER).text(REGULAR, 8, 520, 815, "Page " + n);
            pages.add(p);
        }
        // Page 1: a title across the columns, a heading, a paragraph and lists in the left column,
        // hyphenated paragraphs in the right one.
        Page p1 = pages.get(0);
        p1.text(BOLD, 18, LEFT, 80, "Le label Territoire Innovant en 2024 : le rapport complet");
        float y = 120;
        p1.text(BOLD, 14, LEFT, y, "Les lauréats 2024");
        y = p1.paragraph(REGULAR, 10, LEFT, y + 20, COL, PITCH, INTRO) + 8;
        y = item(p1, y, "Métropole de Lyon", "Inclusif, le jeu");
        y = item(p1, y, "Ville de Rennes", "Ambassad'Ondes");
        p1.text(REGULAR, 10, LEFT, y, "1.").text(REGULAR, 10, LEFT + 12, y, "Première étape du projet");
        p1.text(REGULAR, 10, LEFT, y + PITCH, "2.").text(REGULAR, 10, LEFT + 12, y + PITCH, "Seconde étape du projet");
        // a two-digit number drawn right against its item's text: no space between them in the line
        p1.text(REGULAR, 10, LEFT, y + 2 * PITCH, "10.").text(REGULAR, 10, LEFT + 14.2f, y + 2 * PITCH, "Dixième étape du projet");
        y += 3 * PITCH + 8;
        p1.paragraph(REGULAR, 10, LEFT, y, COL, PITCH, "Le jury remercie les collectivités candidates pour la qualité de leurs dossiers et la co-construction de leurs projets.");
        float r = 120;
        r = hyphenated(p1, r, "la dé~matérialisation", "dé-") + 8;
        r = hyphenated(p1, r, "la Métropole d'Aix-Marseille-Provence", "Aix-") + 8;
        r = hyphenated(p1, r, "son projet de co-construction", "co-") + 8;
        hyphenated(p1, r, "une réunion en visio-conférence", "visio-");
        // Page 2: one paragraph that goes on from the bottom of the left column to the top of the right one.
        Page p2 = pages.get(1);
        List<String> lines = PdfFixtures.wrap(REGULAR, 10, COL, LONG);
        for (int i = 0; i < lines.size(); i++) {
            boolean left = i < 6;
            p2.text(REGULAR, 10, left ? LEFT : RIGHT, 100 + (left ? i : i - 6) * PITCH, lines.get(i));
        }
        // Pages 3 and 4: two columns side by side, on the same baselines.
        for (int n = 3; n <= 4; n++) {
            Page p = pages.get(n - 1);
            p.paragraph(REGULAR, 10, LEFT, 100, COL, PITCH, "Alpha " + n + " " + FILLER + " " + FILLER);
            p.paragraph(REGULAR, 10, RIGHT, 100, COL, PITCH, "Omega " + n + " " + FILLER + " " + FILLER);
        }
        byte[] bytes = PdfFixtures.pdf(pages);
        report = new PdfLoader().load(null, bytes, "report.pdf");
    }

    static final String INTRO = "Le jury a distingué cette année vingt et un territoires pour leurs projets numériques "
            + "au service des habitants, de la sobriété et de l'inclusion.";
    static final String LONG = "Cette année encore les collectivités ont présenté des projets remarquables qui montrent "
            + "comment le numérique peut servir les habitants et les agents publics dans tous les territoires, urbains "
            + "ou ruraux, petits ou grands, avec des moyens parfois modestes mais une grande inventivité et beaucoup "
            + "de coopération entre les services, les élus et les partenaires associatifs ou privés de chaque territoire "
            + "concerné par la transformation numérique.";
    static final String FILLER = "texte de la colonne qui raconte les projets des territoires lauréats et leurs "
            + "résultats obtenus pendant l'année écoulée avec les habitants.";
    static final String[] PADDING = {"Par", "ailleurs", "la", "collectivité", "a", "souhaité", "que", "cette",
        "démarche", "soit", "partagée", "par", "tous", "ses", "services", "et", "mise", "en", "œuvre", "avec", "soin"};

    /** A bold list item ("• name") and a regular second line under its text. */
    static float item(Page p, float y, String name, String second) {
        p.text(REGULAR, 10, LEFT, y, "•").text(BOLD, 10, LEFT + 12, y, name);
        p.text(REGULAR, 10, LEFT + 12, y + PITCH, second);
        return y + 2 * PITCH + 4;
    }

    /**
     * A right-column paragraph in which {@code words} is broken at a line end right after
     * {@code lineEnd} ("~" marks a hyphenation point that shows a hyphen when broken): padding words
     * are added in front until a layout at the column width breaks there.
     */
    static float hyphenated(Page p, float top, String words, String lineEnd) {
        for (int k = 0; k < PADDING.length; k++) {
            String text = String.join(" ", java.util.Arrays.copyOf(PADDING, k + 1)) + " " + words
                    + " pour tous les habitants du territoire.";
            List<String> lines = wrapWithHyphens(text);
            if (lines.stream().anyMatch(l -> l.endsWith(lineEnd))) {
                for (String l : lines) {
                    p.text(REGULAR, 10, RIGHT, top, l);
                    top += PITCH;
                }
                return top;
            }
        }
        throw new IllegalStateException("no layout breaks after " + lineEnd);
    }

    /** A piece of a word between break points; "~" at its end is a hyphenation point. */
    record Piece(String text, boolean spaceAfter) {
    }

    /** Greedy wrap where a word may also break after a hyphen, or at "~" (shown as a hyphen). */
    static List<String> wrapWithHyphens(String text) {
        List<Piece> pieces = new ArrayList<>();
        for (String word : text.split(" ")) {
            int start = 0;
            for (int i = 1; i < word.length() - 1; i++) {
                if (word.charAt(i) == '-' || word.charAt(i) == '~') {
                    pieces.add(new Piece(word.substring(start, i + 1), false));
                    start = i + 1;
                }
            }
            pieces.add(new Piece(word.substring(start), true));
        }
        List<String> lines = new ArrayList<>();
        List<Piece> cur = new ArrayList<>();
        for (Piece piece : pieces) {
            List<Piece> trial = new ArrayList<>(cur);
            trial.add(piece);
            if (!cur.isEmpty() && PdfFixtures.width(REGULAR, 10, render(trial)) > COL) {
                lines.add(render(cur));
                cur = new ArrayList<>(List.of(piece));
            } else {
                cur = trial;
            }
        }
        lines.add(render(cur));
        return lines;
    }

    private static String render(List<Piece> pieces) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pieces.size(); i++) {
            boolean last = i == pieces.size() - 1;
            String t = pieces.get(i).text();
            if (t.endsWith("~")) {
                t = t.substring(0, t.length() - 1) + (last ? "-" : "");
            }
            sb.append(t);
            if (pieces.get(i).spaceAfter() && !last) {
                sb.append(' ');
            }
        }
        return sb.toString();
    }

    static List<String> texts(SourceDocument doc) {
        return doc.blocks().stream().map(Block::text).toList();
    }

    static Optional<Block> find(SourceDocument doc, String start) {
        return doc.blocks().stream().filter(b -> b.text().startsWith(start)).findFirst();
    }

    static int index(SourceDocument doc, String start) {
        List<String> t = texts(doc);
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).startsWith(start)) {
                return i;
            }
        }
        throw new AssertionError("no block starting with '" + start + "' in " + t);
    }

    @Test
    void documentMetadata() {
        assertThat(report.format()).isEqualTo("pdf");
        assertThat(report.file()).isEqualTo("report.pdf");
        assertThat(report.sha256()).hasSize(64).matches("[0-9a-f]+");
    }

    @Test
    void headingsFromFontSize() {
        Block title = find(report, "Le label Territoire Innovant").orElseThrow();
        Block section = find(report, "Les lauréats 2024").orElseThrow();
        assertThat(title.kind()).isEqualTo(BlockKind.HEADING);
        assertThat(section.kind()).isEqualTo(BlockKind.HEADING);
        assertThat(title.level()).isLessThan(section.level());
        assertThat(title.level()).isEqualTo(1);
        assertThat(section.allBold()).isTrue();
    }

    @Test
    void wrappedParagraphIsJoinedWithSpaces() {
        Block intro = find(report, "Le jury a distingué").orElseThrow();
        assertThat(intro.kind()).isEqualTo(BlockKind.PARAGRAPH);
        assertThat(intro.text()).isEqualTo(INTRO);
        assertThat(intro.page()).isEqualTo(1);
        assertThat(intro.line()).isZero();
    }

    @Test
    void bulletListItemsWithBoldAndBreaks() {
        Block lyon = find(report, "Métropole de Lyon").orElseThrow();
        assertThat(lyon.kind()).isEqualTo(BlockKind.LIST_ITEM);
        assertThat(lyon.text()).isEqualTo("Métropole de Lyon\nInclusif, le jeu");
        assertThat(lyon.boldRuns()).containsExactly("Métropole de Lyon");
        Block rennes = find(report, "Ville de Rennes").orElseThrow();
        assertThat(rennes.kind()).isEqualTo(BlockKind.LIST_ITEM);
        assertThat(rennes.lineTexts()).containsExactly("Ville de Rennes", "Ambassad'Ondes");
    }

    @Test
    void numberedListItems() {
        assertThat(find(report, "Première étape du projet").orElseThrow().kind()).isEqualTo(BlockKind.LIST_ITEM);
        assertThat(find(report, "Seconde étape du projet").orElseThrow().kind()).isEqualTo(BlockKind.LIST_ITEM);
        Block tenth = find(report, "Dixième étape du projet").orElseThrow();
        assertThat(tenth.kind()).isEqualTo(BlockKind.LIST_ITEM);
        assertThat(tenth.text()).isEqualTo("Dixième étape du projet");
    }

    @Test
    void leftColumnIsReadBeforeRightColumn() {
        assertThat(index(report, "Le label Territoire Innovant")).isLessThan(index(report, "Les lauréats 2024"));
        int lastLeft = index(report, "Le jury remercie");
        int firstRight = texts(report).indexOf(texts(report).stream().filter(t -> t.contains("dématérialisation")).findFirst().orElseThrow());
        assertThat(lastLeft).isLessThan(firstRight);
        assertThat(index(report, "Alpha 3")).isLessThan(index(report, "Omega 3"));
        assertThat(index(report, "Omega 3")).isLessThan(index(report, "Alpha 4"));
        Block alpha = find(report, "Alpha 3").orElseThrow();
        assertThat(alpha.text()).isEqualTo("Alpha 3 " + FILLER + " " + FILLER).doesNotContain("Omega");
        assertThat(alpha.page()).isEqualTo(3);
    }

    @Test
    void paragraphGoesOnInTheNextColumn() {
        Block b = find(report, "Cette année encore").orElseThrow();
        assertThat(b.text()).isEqualTo(LONG);
        assertThat(b.page()).isEqualTo(2);
    }

    @Test
    void hyphenationIsUndoneButRealHyphensStay() {
        String all = String.join("\n", texts(report));
        assertThat(all).contains("la dématérialisation pour tous");
        assertThat(all).contains("la Métropole d'Aix-Marseille-Provence pour tous");
        // "co-" is also a hyphenation syllable: the hyphen stays because the document writes
        // "co-construction" elsewhere; "visio-" is a known first element of compounds.
        assertThat(all).contains("son projet de co-construction pour tous");
        assertThat(all).contains("une réunion en visio-conférence pour tous");
        assertThat(all).doesNotContain("dé-").doesNotContain("Aix- ").doesNotContain("AixMarseille");
    }

    @Test
    void runningHeaderFooterAndPageNumbersAreDropped() {
        for (Block b : report.blocks()) {
            assertThat(b.text()).doesNotContain(FOOTER).doesNotContain(HEADER).doesNotContain("Édition 2024")
                    .doesNotMatch("(?s).*Page \\d.*");
            assertThat(b.page()).isBetween(1, 4);
        }
    }

    @Test
    void headerOnTwoPagesOnlyIsKept() throws Exception {
        List<Page> pages = new ArrayList<>();
        for (int n = 1; n <= 2; n++) {
            Page p = new Page().text(REGULAR, 8, LEFT, 40, "En-tête du document");
            p.paragraph(REGULAR, 10, LEFT, 100, 480, PITCH, "Corps de la page " + n + ".");
            pages.add(p);
        }
        SourceDocument doc = new PdfLoader().load(null, PdfFixtures.pdf(pages), "two.pdf");
        assertThat(texts(doc)).filteredOn(t -> t.equals("En-tête du document")).hasSize(2);
    }

    @Test
    void ligaturesAndSpacesAreNormalized() throws Exception {
        File ttf = new File("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
        assumeTrue(ttf.isFile(), "DejaVu Sans is not installed");
        byte[] bytes;
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDFont font = PDType0Font.load(doc, ttf);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(font, 11);
                cs.newLineAtOffset(50, 750);
                cs.showText("Le ﬁnancement de l’ofﬁce : 10\u00A0000\u202F€ « Territoire\u2009Innovant »");
                cs.endText();
            }
            bytes = PdfFixtures.save(doc);
        }
        SourceDocument doc = new PdfLoader().load(null, bytes, "lig.pdf");
        assertThat(doc.blocks()).hasSize(1);
        String text = doc.blocks().get(0).spans().get(0).text();
        assertThat(text).isEqualTo("Le financement de l’office : 10 000 € « Territoire Innovant »");
    }

    @Test
    void scannedPdfIsRefused() throws Exception {
        byte[] bytes = PdfFixtures.scanned();
        assertThatThrownBy(() -> new PdfLoader().load(null, bytes, "scan.pdf"))
                .isInstanceOf(LoadException.class)
                .hasMessage("no text layer: looks like a scanned PDF (OCR it first)");
    }

    @Test
    void pdfWithUserPasswordIsRefused() throws Exception {
        byte[] bytes = PdfFixtures.encrypted("owner-secret", "user-secret");
        assertThatThrownBy(() -> new PdfLoader().load(null, bytes, "locked.pdf"))
                .isInstanceOf(LoadException.class)
                .hasMessage("encrypted PDF: a password is needed");
    }

    @Test
    void pdfWithOnlyAnOwnerPasswordIsRead() throws Exception {
        byte[] bytes = PdfFixtures.encrypted("owner-secret", "");
        SourceDocument doc = new PdfLoader().load(null, bytes, "owner.pdf");
        assertThat(texts(doc)).containsExactly("Les lauréats 2024", "Le label est décerné à la Métropole de Lyon.");
        assertThat(doc.blocks().get(0).kind()).isEqualTo(BlockKind.HEADING);
    }

    @Test
    void corruptPdfIsRefusedWithOneLine() {
        byte[] junk = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> garbage \u0000\u0001 not a pdf at all"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> new PdfLoader().load(null, junk, "bad.pdf"))
                .isInstanceOf(LoadException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").isNotBlank());
    }

    @Test
    void truncatedPdfIsRefusedOrReadWithoutCrash() throws Exception {
        byte[] whole = PdfFixtures.encrypted("o", "");
        byte[] half = java.util.Arrays.copyOf(whole, whole.length / 3);
        try {
            new PdfLoader().load(null, half, "half.pdf");
        } catch (LoadException e) {
            assertThat(e.getMessage()).doesNotContain("\n");
        }
    }

    @Test
    void readsFromTheFileWhenGiven(@TempDir Path dir) throws Exception {
        byte[] bytes = PdfFixtures.encrypted("owner-secret", "");
        Path file = dir.resolve("f.pdf");
        Files.write(file, bytes);
        SourceDocument doc = new PdfLoader().load(file, bytes, "f.pdf");
        assertThat(doc.blocks()).hasSize(2);
        assertThat(doc.sha256()).isEqualTo(Hashes.sha256(bytes));
    }

    @Test
    void fixtureWrapBreaksAtHyphenationPoints() {
        assertThat(wrapWithHyphens("a b")).containsExactly("a b");
        assertThat(render(List.of(new Piece("dé~", false), new Piece("matérialisation", true)))).isEqualTo("dématérialisation");
        assertThat(render(List.of(new Piece("dé~", false)))).isEqualTo("dé-");
    }
}
