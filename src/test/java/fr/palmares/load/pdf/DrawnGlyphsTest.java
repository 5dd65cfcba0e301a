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
        // the ranges are [from, to): a glyph at the lower end of one is within it, at the upper end not
        assertThat(d.keep("c", 100f, 50f, 6f)).isTrue();
        assertThat(d.keep("c", 100f, 52f, 6f)).as("at y - tolerance").isFalse();
        assertThat(d.keep("c", 102f, 50f, 6f)).as("at x - tolerance").isFalse();
        assertThat(d.keep("e", 100f, 50f, 6f)).isTrue();
        assertThat(d.keep("e", 100f, 48f, 6f)).as("at y + tolerance").isTrue();
        assertThat(d.keep("e", 98f, 50f, 6f)).as("at x + tolerance").isTrue();
        d.clear();
        assertThat(d.keep("a", 101f, 50.5f, 6f)).isTrue();
        assertThatThrownBy(() -> d.keep("a", 101f, 50.5f, -6f)).isInstanceOf(IllegalArgumentException.class);
    }

    /** The answers of a scan of every glyph drawn, compared as the tree compares (the reference). */
    private static final class FlatScan {
        private final java.util.Map<String, List<float[]>> drawn = new java.util.HashMap<>();

        boolean keep(String text, float x, float y, float width) {
            List<float[]> all = drawn.computeIfAbsent(text, t -> new java.util.ArrayList<>());
            float tol = width / text.length() / 3.0f;
            float from = x - tol;
            float to = x + tol;
            if (Float.compare(from, to) > 0) {
                throw new IllegalArgumentException("fromKey > toKey");
            }
            for (float[] g : all) {
                if (Float.compare(g[0], from) >= 0 && Float.compare(g[0], to) < 0) {
                    if (Float.compare(y - tol, y + tol) > 0) {
                        throw new IllegalArgumentException("fromKey > toKey");
                    }
                    if (Float.compare(g[1], y - tol) >= 0 && Float.compare(g[1], y + tol) < 0) {
                        return false;
                    }
                }
            }
            all.add(new float[] {x, y});
            return true;
        }
    }

    @Test
    void sameAnswersAsAScanOfEveryGlyphInAnyOrderAndAtAnyPosition() {
        float[] special = {Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 0f, -0f, 1e30f, -1e30f,
            3e12f, 8f, 16f, -8f, 2047.9f, 2048f, 4096f};
        String[] texts = {"a", "b", "fi", "\u00e9"};
        java.util.Random random = new java.util.Random(42);
        for (int run = 0; run < 200; run++) {
            DrawnGlyphs d = new DrawnGlyphs();
            FlatScan ref = new FlatScan();
            List<float[]> earlier = new java.util.ArrayList<>();
            for (int i = 0; i < 300; i++) {
                String t = texts[random.nextInt(texts.length)];
                float x;
                float y;
                int how = random.nextInt(10);
                if (how == 0) {
                    x = special[random.nextInt(special.length)];
                    y = special[random.nextInt(special.length)];
                } else if (how < 4 && !earlier.isEmpty()) { // near a glyph already drawn (fake bold)
                    float[] e = earlier.get(random.nextInt(earlier.size()));
                    // on a grid of half points, with widths of whole tolerances below: ranges end on glyphs
                    x = e[0] + 0.5f * (random.nextInt(13) - 6);
                    y = e[1] + 0.5f * (random.nextInt(13) - 6);
                } else {
                    x = random.nextFloat() * 700f - 50f;
                    y = random.nextInt(3) == 0 ? random.nextFloat() * 900f : 12f * random.nextInt(60);
                }
                float w = random.nextInt(20) == 0 ? special[random.nextInt(special.length)]
                        : random.nextBoolean() ? 3f * (1 + random.nextInt(4)) : random.nextFloat() * 12f;
                Object expected;
                try {
                    expected = ref.keep(t, x, y, w);
                } catch (IllegalArgumentException e) {
                    expected = "throws";
                }
                Object actual;
                try {
                    actual = d.keep(t, x, y, w);
                } catch (IllegalArgumentException e) {
                    actual = "throws";
                }
                assertThat(actual).as("run %d glyph %d: %s at %s, %s width %s", run, i, t, x, y, w).isEqualTo(expected);
                earlier.add(new float[] {x, y});
            }
        }
    }
}
