package fr.palmares.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The report as one self-contained HTML page: the template, style sheet and script under
 * {@code /report/} in the jar, with the data inlined as gzipped JSON. No network: no external script, font,
 * style or image; the charts are SVG drawn by the page's own script from the data.
 */
public final class HtmlReport {
    private static final String TEMPLATE = read("page.html");
    private static final String STYLE = read("report.css");
    private static final String SCRIPT = read("report.js");

    static {
        if (SCRIPT.contains("</") || STYLE.contains("</")) {
            throw new IllegalStateException("the report's script and style must not contain \"</\"");
        }
    }

    private HtmlReport() {
    }

    /** The page's bytes (UTF-8). */
    public static byte[] render(ReportData data) {
        String page = TEMPLATE
                .replace("@TITLE@", escape("Territoire Innovant \u2014 " + data.name()))
                .replace("/*@STYLE@*/", STYLE)
                .replace("/*@SCRIPT@*/", SCRIPT)
                .replace("@DATA@", packed(data.json()));
        return page.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The data gzipped (best compression, no file name, no time) and in base64, cut into lines of 76: the
     * page's script unpacks it with the browser's own DecompressionStream. Text of the documents compresses
     * about five times, so that 2,000 laureates with their evidence stay well under 2 MB.
     */
    static String packed(String json) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(bytes) {
            {
                def.setLevel(java.util.zip.Deflater.BEST_COMPRESSION);
            }
        }) {
            gz.write(json.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return java.util.Base64.getMimeEncoder(76, new byte[] {'\n'}).encodeToString(bytes.toByteArray());
    }

    /** The JSON inside a page made by {@link #render} (for tests and tools). */
    public static String unpack(String page) {
        String from = "id=\"report-data\">";
        int a = page.indexOf(from) + from.length();
        byte[] gz = java.util.Base64.getMimeDecoder().decode(page.substring(a, page.indexOf('<', a)).trim());
        try (java.util.zip.GZIPInputStream in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gz))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String read(String name) {
        try (InputStream in = HtmlReport.class.getResourceAsStream("/report/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource /report/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
