package fr.palmares.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import fr.palmares.model.Laureate;
import fr.palmares.pipeline.DocumentGuard;
import fr.palmares.pipeline.DocumentResult;
import fr.palmares.pipeline.Extractor;
import fr.palmares.pipeline.Extractor.InputFile;
import fr.palmares.pipeline.Geo;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

/**
 * Property-based fuzz targets, one per loader (PDF, HTML, Markdown, plain text), in the manner of
 * PDFBox's and jsoup's OSS-Fuzz targets: a sample document damaged by {@link Damage}s (bit flips,
 * truncations, splices, NULs, huge lines, deep nesting, invalid UTF-8, damaged PDF streams) goes
 * through the real per-document entry point ({@link Extractor#read}: load, classify, annotate,
 * assemble, normalize, under the {@link DocumentGuard}); whatever the damage, the result is either
 * laureates or one line saying why, a known reason rather than a bug caught by the guard ("internal
 * error", a stack overflow), within the time limit. A crashing input found here is kept under
 * src/test/resources/fuzz/regressions and replayed by {@link FuzzRegressionsTest}.
 *
 * <p>The tries are few (jqwik.tries.default in junit-platform.properties) so that the four cost about a
 * minute in {@code mvn verify}; {@code mvn test -Dtest=LoaderFuzzTest -Djqwik.tries.default=2000} fuzzes
 * longer. The seed is jqwik's (random; a failure prints it, and the next run starts from it).
 */
class LoaderFuzzTest {
    /** Far above what a damaged sample takes (well under a second), far below a hang. */
    static final Duration LIMIT = Duration.ofSeconds(30);
    private static final Path SAMPLES = Path.of("samples");
    private static final Path CORPUS = Path.of("src/test/resources/corpus");
    private static final Extractor EXTRACTOR = new Extractor(Geo.oracle(),
            Geo.resolver(new PrintStream(PrintStream.nullOutputStream()), false), null, null, new DocumentGuard(LIMIT));

    @Property(shrinking = ShrinkingMode.BOUNDED)
    void pdf(@ForAll("pdfs") Path sample, @ForAll("damages") List<Damage> damages) throws IOException {
        survives(sample, ".pdf", damages);
    }

    @Property(shrinking = ShrinkingMode.BOUNDED)
    void html(@ForAll("htmls") Path sample, @ForAll("damages") List<Damage> damages) throws IOException {
        survives(sample, ".html", damages);
    }

    @Property(shrinking = ShrinkingMode.BOUNDED)
    void markdown(@ForAll("markdowns") Path sample, @ForAll("damages") List<Damage> damages) throws IOException {
        survives(sample, ".md", damages);
    }

    @Property(shrinking = ShrinkingMode.BOUNDED)
    void plainText(@ForAll("texts") Path sample, @ForAll("damages") List<Damage> damages) throws IOException {
        survives(sample, ".txt", damages);
    }

    @Provide
    Arbitrary<Path> pdfs() {
        return documents(SAMPLES, ".pdf");
    }

    @Provide
    Arbitrary<Path> htmls() {
        return documents(SAMPLES, ".html");
    }

    @Provide
    Arbitrary<Path> markdowns() {
        return documents(SAMPLES, ".md");
    }

    @Provide
    Arbitrary<Path> texts() {
        return documents(CORPUS, ".txt");
    }

    @Provide
    Arbitrary<List<Damage>> damages() {
        return Damage.some();
    }

    private static Arbitrary<Path> documents(Path dir, String ext) {
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> found = s.filter(p -> p.getFileName().toString().endsWith(ext)).sorted().toList();
            assertThat(found).as(dir + "/*" + ext).isNotEmpty();
            return Arbitraries.of(found);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void survives(Path sample, String ext, List<Damage> damages) throws IOException {
        byte[] mutant = Damage.applyAll(Files.readAllBytes(sample), damages);
        Path file = Files.createTempFile("fuzz-", ext);
        try {
            Files.write(file, mutant);
            check(extract(file));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The real per-document entry point; nothing it throws may escape, and it must end in time. */
    static DocumentResult extract(Path file) {
        long t0 = System.nanoTime();
        DocumentResult r = EXTRACTOR.read(new InputFile(file, file.toString()));
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(LIMIT.plusSeconds(5));
        return r;
    }

    /** Laureates, or one line that is a known reason: never a bug the guard caught, never a hang. */
    static void check(DocumentResult r) {
        for (String w : r.warnings()) {
            assertThat(w).as("a warning").doesNotContain("\n");
        }
        if (r.isFailure()) {
            String reason = r.failure();
            assertThat(reason).as("the failure").isNotBlank().doesNotContain("\n").hasSizeLessThan(400)
                    .doesNotStartWith("internal error").doesNotStartWith("too deeply nested")
                    .doesNotStartWith("timed out").doesNotStartWith("out of memory")
                    .doesNotStartWith("PDF layout not understood");
            assertThat(r.laureates()).isEmpty();
            return;
        }
        assertThat(r.report()).isNotNull();
        for (Laureate l : r.laureates()) {
            assertThat(l.project()).as("a laureate's project").isNotBlank().doesNotContain("\n");
            assertThat(l.sources()).as("a laureate's sources").isNotEmpty();
        }
    }
}
