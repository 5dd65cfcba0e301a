package fr.palmares.load;

import fr.palmares.model.Regexes;
import fr.palmares.load.pdf.BundledFontMapper;
import fr.palmares.load.pdf.GlyphCollector;
import fr.palmares.load.pdf.GlyphCollector.PageGlyphs;
import fr.palmares.load.pdf.PdfBlocks;
import fr.palmares.load.pdf.StreamBudget;
import fr.palmares.model.Block;
import fr.palmares.model.SourceDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads a PDF's text layer into blocks, in reading order (two-column pages included), without the
 * running headers and footers. See {@link fr.palmares.load.pdf.PageLayout} for the layout analysis
 * and {@link fr.palmares.load.pdf.PdfBlocks} for the blocks.
 *
 * <p>The document is opened with an empty password (PDFs with only an owner password open);
 * PDFBox keeps its buffers in a temporary file, not in memory, and maps the fonts a PDF does not
 * embed to its bundled font ({@link BundledFontMapper}): no system font scan, no font cache written.
 */
public final class PdfLoader implements Loader {
    static {
        BundledFontMapper.install();
    }

    public static final String SCANNED = "no text layer: looks like a scanned PDF (OCR it first)";
    public static final String ENCRYPTED = "encrypted PDF: a password is needed";

    @Override
    public SourceDocument load(Path file, byte[] bytes, String displayName) throws IOException, LoadException {
        String sha = Hashes.sha256(bytes);
        List<PageGlyphs> pages;
        try (PDDocument doc = open(file, bytes)) {
            int count = doc.getNumberOfPages();
            if (count == 0) {
                throw new LoadException("empty PDF: it has no page");
            }
            if (count > Limits.MAX_PAGES) {
                throw new LoadException("too many pages: " + count + " (limit " + Limits.MAX_PAGES + ")");
            }
            StreamBudget.check(doc.getDocument());
            try {
                pages = new GlyphCollector().collect(doc);
            } catch (IOException | RuntimeException e) {
                throw new LoadException("corrupt PDF: " + reason(e), e);
            }
        }
        int chars = 0;
        boolean images = false;
        for (PageGlyphs p : pages) {
            images |= p.hasImages();
            chars += p.visibleGlyphs();
        }
        if (chars == 0 || (images && chars < 5 * pages.size())) {
            throw new LoadException(SCANNED);
        }
        List<Block> blocks;
        try {
            blocks = PdfBlocks.read(pages);
        } catch (RuntimeException e) {
            // A layout this code does not handle: one file lost, not the whole run.
            throw new LoadException("PDF layout not understood: " + reason(e), e);
        }
        return new SourceDocument(displayName, sha, "pdf", blocks);
    }

    private static PDDocument open(Path file, byte[] bytes) throws LoadException {
        try {
            if (file != null && Files.isRegularFile(file) && Files.size(file) == bytes.length) {
                return org.apache.pdfbox.Loader.loadPDF(file.toFile(), "", null, null, IOUtils.createTempFileOnlyStreamCache());
            }
            return org.apache.pdfbox.Loader.loadPDF(bytes, "", null, null, IOUtils.createTempFileOnlyStreamCache());
        } catch (InvalidPasswordException e) {
            throw new LoadException(ENCRYPTED, e);
        } catch (IOException | RuntimeException e) {
            throw new LoadException("corrupt PDF: " + reason(e), e);
        }
    }

    /** A one-line reason for the user. */
    static String reason(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            m = e.getClass().getSimpleName();
        }
        m = Regexes.replaceAll(m, "\\s+", " ").strip();
        return m.length() > 200 ? m.substring(0, 200) + "…" : m;
    }
}
