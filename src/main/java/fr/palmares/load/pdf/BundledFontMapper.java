package fr.palmares.load.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * The font mapper for text extraction: every font a PDF does not embed is given PDFBox's bundled
 * Liberation Sans as a fallback. Text comes from the PDF's own widths and Unicode maps, never from a
 * system font, so the system fonts are not scanned and PDFBox writes no font cache
 * ({@code ~/.pdfbox.cache}) outside what the user named.
 */
public final class BundledFontMapper implements FontMapper {
    private static final String FALLBACK = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static volatile boolean installed;

    private final TrueTypeFont fallback;

    private BundledFontMapper() {
        try (InputStream in = FontMapper.class.getResourceAsStream(FALLBACK)) {
            if (in == null) {
                throw new IllegalStateException("PDFBox's bundled font is missing: " + FALLBACK);
            }
            fallback = new TTFParser().parse(new RandomAccessReadBuffer(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes PDFBox use this mapper (once per process, before any PDF is read). */
    public static void install() {
        if (!installed) {
            synchronized (BundledFontMapper.class) {
                if (!installed) {
                    FontMappers.set(new BundledFontMapper());
                    installed = true;
                }
            }
        }
    }

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor fontDescriptor) {
        return new FontMapping<>(fallback, true);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor fontDescriptor) {
        return new FontMapping<>(fallback, true);
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor fontDescriptor, PDCIDSystemInfo cidSystemInfo) {
        return new CIDFontMapping(null, fallback, true);
    }
}
