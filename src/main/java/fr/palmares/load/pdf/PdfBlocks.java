package fr.palmares.load.pdf;

import fr.palmares.load.pdf.GlyphCollector.PageGlyphs;
import fr.palmares.load.pdf.PageLayout.Region;
import fr.palmares.model.Block;
import java.util.List;

/** From the glyphs of the pages to the blocks: layout ({@link PageLayout}) then paragraphs ({@link BlockAssembler}). */
public final class PdfBlocks {
    private PdfBlocks() {
    }

    /**
     * The blocks of the pages. The list is taken over and emptied: each page's glyphs are released as
     * soon as its lines are made, so that a long document never holds the glyphs and the lines of all
     * its pages at once.
     */
    public static List<Block> read(List<PageGlyphs> pages) {
        List<Region> regions = PageLayout.layout(pages);
        return new BlockAssembler(regions).assemble(regions);
    }
}
