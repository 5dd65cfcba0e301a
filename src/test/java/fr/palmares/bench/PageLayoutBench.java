package fr.palmares.bench;

import fr.palmares.load.pdf.BundledFontMapper;
import fr.palmares.load.pdf.GlyphCollector;
import fr.palmares.load.pdf.GlyphCollector.PageGlyphs;
import fr.palmares.load.pdf.PdfBlocks;
import fr.palmares.model.Block;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Layout of one PDF page: its glyphs (read once by PDFBox in the set-up) into columns, lines and
 * blocks ({@link PdfBlocks#read}). The page is a two-column page of the 2023 press kit by default.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PageLayoutBench {
    @Param("samples/2023-dossier-de-presse.pdf")
    public String file;
    @Param("5")
    public int page;

    private List<PageGlyphs> glyphs;

    @Setup
    public void read() throws IOException {
        BundledFontMapper.install();
        try (PDDocument doc = Loader.loadPDF(Path.of(file).toFile())) {
            GlyphCollector collector = new GlyphCollector();
            collector.setStartPage(page);
            collector.setEndPage(page);
            glyphs = collector.collect(doc);
        }
        if (glyphs.size() != 1) {
            throw new IllegalStateException(file + " has no page " + page);
        }
    }

    @Benchmark
    public List<Block> layoutOnePage() {
        // PdfBlocks.read takes its list over: a fresh one each time (the pages themselves are not changed).
        return PdfBlocks.read(new ArrayList<>(glyphs));
    }
}
