package fr.palmares.load.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** The glyphs collected with our duplicate suppression are PDFBox's own, on every PDF of the samples and tests. */
class DrawnGlyphsTest {
    @Test
    void sameGlyphsAsPdfboxSuppression() throws Exception {
        fr.palmares.pipeline.LibraryLog.install(); // no library records on the console
        List<Path> pdfs;
        try (Stream<Path> a = Files.walk(Path.of("samples")); Stream<Path> b = Files.walk(Path.of("src/test/resources"))) {
            pdfs = Stream.concat(a, b).filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        assertThat(pdfs).hasSizeGreaterThan(10);
        for (Path pdf : pdfs) {
            assertThat(glyphs(pdf, false)).as(pdf.toString()).isEqualTo(glyphs(pdf, true));
        }
    }

    private static String glyphs(Path pdf, boolean pdfbox) throws Exception {
        StringBuilder sb = new StringBuilder();
        try (PDDocument doc = Loader.loadPDF(new File(pdf.toString()))) {
            for (GlyphCollector.PageGlyphs page : new GlyphCollector(pdfbox).collect(doc)) {
                sb.append("page ").append(page.number()).append(' ').append(page.visibleGlyphs()).append('\n');
                for (Fragment f : page.fragments()) {
                    sb.append(f.glyphs).append('\n');
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            sb.append("unreadable: ").append(e.getClass().getName());
        }
        return sb.toString();
    }

    @Test
    void dropsAGlyphDrawnAgainOverItself() {
        DrawnGlyphs d = new DrawnGlyphs();
        assertThat(d.keep("a", 100f, 50f, 6f)).isTrue();
        assertThat(d.keep("a", 101f, 50.5f, 6f)).isFalse();
        assertThat(d.keep("a", 103f, 50f, 6f)).isTrue();
        assertThat(d.keep("b", 100f, 50f, 6f)).isTrue();
        assertThat(d.keep("a", 7.9f, 0f, 6f)).isTrue();
        assertThat(d.keep("a", 8.1f, 0f, 6f)).as("across a column boundary").isFalse();
        d.clear();
        assertThat(d.keep("a", 101f, 50.5f, 6f)).isTrue();
        assertThatThrownBy(() -> d.keep("a", 101f, 50.5f, -6f)).isInstanceOf(IllegalArgumentException.class);
    }
}
