package fr.palmares.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import fr.palmares.eval.Evaluator;
import fr.palmares.eval.Gold;
import fr.palmares.model.Collectivite;
import fr.palmares.model.Laureate;
import fr.palmares.model.Text;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The matrix generator itself, independent of the extraction: each rendering holds every laureate (its
 * title and its collectivités' names as the layout prints them), PDFs embed their fonts, the gold
 * accepts every name a layout prints and scores 1.0 against itself.
 */
class LayoutMatrixGeneratorTest {
    private static final GoldSet SET = GoldSet.EDITION_2020;

    @TempDir
    Path tmp;

    static Stream<Arguments> renderings() {
        List<Arguments> out = new ArrayList<>();
        for (Layout l : Layouts.ALL) {
            for (Format f : Format.values()) {
                out.add(Arguments.of(l, f));
            }
        }
        return out.stream();
    }

    @Test
    void layoutsAreManyAndNamedOnce() {
        assertThat(Layouts.ALL).hasSizeGreaterThanOrEqualTo(16);
        Set<String> ids = new HashSet<>();
        Layouts.ALL.forEach(l -> assertThat(ids.add(l.id())).as("unique id " + l.id()).isTrue());
        assertThat(SET.awards()).hasSizeBetween(12, 16);
        assertThat(SET.awards().stream().map(Award::medal).distinct()).hasSize(3);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("renderings")
    void everyLaureateIsInTheDocument(Layout layout, Format format) throws Exception {
        Path doc = MatrixFiles.write(tmp, layout, format);
        String text = fold(text(doc, format));
        for (Award a : SET.awards()) {
            if (format == Format.PDF) {
                // Table cells wrap, so a title's words may be interleaved with a neighbour cell's.
                for (String word : fold(a.project()).split(" ")) {
                    assertThat(text).as(layout.id() + " " + format + ": a word of " + a.project()).contains(word);
                }
            } else {
                assertThat(text).as(layout.id() + " " + format).contains(fold(a.project()));
                for (Body b : a.bodies()) {
                    assertThat(b.names().stream().map(LayoutMatrixGeneratorTest::fold).anyMatch(text::contains))
                            .as(layout.id() + " " + format + ": a name of " + b.full()).isTrue();
                }
            }
        }
        int n = SET.awards().size();
        assertThat(text).as("the count is announced").containsAnyOf(Integer.toString(n), Words.fr(n), Words.en(n));
        if (format == Format.PDF) {
            assertFontsEmbedded(doc);
        }
    }

    private static void assertFontsEmbedded(Path doc) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(doc.toFile())) {
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont f = page.getResources().getFont(name);
                    assertThat(f.isEmbedded()).as(doc + ": " + f.getName() + " embedded").isTrue();
                    assertThat(f.getName()).contains("Liberation");
                }
            }
        }
    }

    @Test
    void sameLayoutSameBytes() throws Exception {
        for (Layout l : List.of(Layouts.ALL.get(0), Layouts.ALL.get(Layouts.ALL.size() - 1))) {
            for (Format f : Format.values()) {
                assertThat(f.write(l.render(SET))).as(l.id() + " " + f).isEqualTo(f.write(l.render(SET)));
            }
        }
    }

    @Test
    void theGoldAcceptsEveryNameALayoutPrints() {
        for (Award a : SET.awards()) {
            for (Body b : a.bodies()) {
                for (Body.NameStyle s : Body.NameStyle.values()) {
                    assertThat(b.names()).contains(b.name(s));
                }
            }
        }
    }

    @Test
    void theGoldScoresOneAgainstItself() throws Exception {
        Path goldFile = tmp.resolve("self.gold.json");
        Files.write(goldFile, GoldJson.of(Layouts.ALL.get(0), SET));
        Gold gold = Gold.read(goldFile);
        assertThat(gold.laureates()).hasSize(SET.awards().size());
        List<Laureate> asExtracted = new ArrayList<>();
        for (Award a : SET.awards()) {
            asExtracted.add(new Laureate(null, a.edition(), a.medal().code, a.category(), a.project(),
                    a.bodies().stream().map(b -> new Collectivite(b.full(), b.type(), null, b.departement(), b.region(),
                            b.regionName(), null)).toList(), null, List.of(), 1.0, List.of()));
        }
        Evaluator.Result r = Scores.score(gold, asExtracted);
        r.scores().forEach((field, s) -> assertThat(s.f1()).as(field).isEqualTo(1.0));
        Evaluator.Result none = Scores.score(gold, List.of());
        assertThat(none.scores().get("record").f1()).as("a test that can fail").isZero();
    }

    private static String text(Path doc, Format format) throws Exception {
        return switch (format) {
            case PDF -> {
                try (PDDocument pdf = Loader.loadPDF(doc.toFile())) {
                    yield new PDFTextStripper().getText(pdf);
                }
            }
            case HTML -> Jsoup.parse(doc.toFile(), "UTF-8").text();
            default -> Files.readString(doc, StandardCharsets.UTF_8).replace("**", "").replace("\\|", "|");
        };
    }

    private static String fold(String s) {
        return Text.fold(s).replace('"', ' ').replaceAll("\\s+", " ").strip();
    }
}
