package fr.palmares.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;

/**
 * The kinds of bad files an archive holds, each made here (no binary fixture to trust) with the one
 * line the command line must print for it: "error: FILE: REASON" for a file refused, or a warning
 * for a file read in spite of its damage.
 */
final class BadFiles {
    /** A file to make, and what the run must say of it. */
    record Kind(String name, String fileName, Maker maker, Expect expect, String message) {
    }

    enum Expect { ERROR, WARNING, READ }

    @FunctionalInterface
    interface Maker {
        void make(Path file) throws IOException, InterruptedException;
    }

    static final String BINARY = "not a document (binary content, neither PDF, HTML nor text)";
    static final String NO_HTML_TEXT = "no text in this HTML page";
    static final String NO_TEXT = "no text in this file";
    static final String SCANNED = "no text layer: looks like a scanned PDF (OCR it first)";

    private BadFiles() {
    }

    static List<Kind> all(Path samples) throws IOException {
        byte[] pdf = Files.readAllBytes(samples.resolve("2024-communique-de-presse.pdf"));
        byte[] html = Files.readAllBytes(samples.resolve("2024-communique-de-presse.html"));
        byte[] md = Files.readAllBytes(samples.resolve("2024-communique-de-presse.md"));
        List<Kind> k = new ArrayList<>();
        // Empty, binary, not a document
        k.add(error("empty file", "empty.pdf", bytes(new byte[0]), "empty file"));
        k.add(error("PNG named .pdf", "image.pdf", bytes(concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10},
                new byte[64])), BINARY));
        k.add(error("JPEG named .html", "photo.html", bytes(concat(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
                new byte[64])), BINARY));
        k.add(error("gzip", "archive.txt", bytes(concat(new byte[] {0x1F, (byte) 0x8B, 8, 0}, new byte[64])), BINARY));
        k.add(error("zip (docx)", "document.md", bytes(concat("PK\u0003\u0004".getBytes(StandardCharsets.ISO_8859_1),
                new byte[64])), BINARY));
        k.add(error("executable", "program.txt", bytes(concat(new byte[] {0x7F, 'E', 'L', 'F'}, new byte[64])), BINARY));
        k.add(error("SQLite database", "dataset.txt", bytes(concat("SQLite format 3\0".getBytes(StandardCharsets.ISO_8859_1),
                new byte[64])), BINARY));
        k.add(error("NUL bytes", "nul.txt", bytes(new byte[4096]), BINARY));
        k.add(error("UTF-16 without BOM", "utf16.txt", bytes("Palmarès 2024".repeat(40).getBytes(StandardCharsets.UTF_16LE)),
                BINARY));
        k.add(error("random bytes", "noise.md", bytes(random(8192, 3)), BINARY));
        // Text
        k.add(error("white space only", "blank.md", bytes(" \n\t\n   \n".getBytes(StandardCharsets.US_ASCII)), NO_TEXT));
        k.add(error("BOM only", "bom.txt", bytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}), NO_TEXT));
        k.add(error("UTF-16 BOM only", "bom16.txt", bytes(new byte[] {(byte) 0xFF, (byte) 0xFE}), NO_TEXT));
        k.add(warning("invalid UTF-8 bytes in UTF-8 text", "damaged-utf8.md",
                bytes(concat(md, new byte[] {'\n', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '\n'})),
                "invalid UTF-8 byte(s) replaced by U+FFFD"));
        k.add(error("text past the size limit", "huge.txt", sparseText(17L << 20),
                "too large for a text file: 17 MiB (limit 16 MiB)"));
        k.add(error("file past the size limit", "huge.pdf", sparse(257L << 20), "too large: 257 MiB (limit 256 MiB)"));
        k.add(warning("block quotes nested 50,000 deep", "quotes.md",
                bytes(concat(md, ("\n" + ">".repeat(50_000) + " texte\n").getBytes(StandardCharsets.UTF_8))),
                "Markdown nested deeper than 64 levels: read as plain text"));
        k.add(warning("a list indented 100,000 spaces", "indent.md",
                bytes(concat(md, ("\n" + " ".repeat(100_000) + "- texte\n").getBytes(StandardCharsets.UTF_8))),
                "Markdown nested deeper than 64 levels: read as plain text"));
        // HTML
        k.add(error("HTML without a body text", "empty-body.html",
                bytes("<!doctype html><html><head><title>x</title></head><body></body></html>".getBytes(StandardCharsets.UTF_8)),
                NO_HTML_TEXT));
        k.add(error("HTML of scripts only", "scripts.html",
                bytes("<html><body><script>var a = 1;</script><style>p{}</style></body></html>".getBytes(StandardCharsets.UTF_8)),
                NO_HTML_TEXT));
        k.add(warning("HTML nested 30,000 deep", "deep.html",
                bytes(insertAfter(html, "<body", "<div>".repeat(30_000) + "x" + "</div>".repeat(30_000))),
                "nested deeper than 128 levels unwrapped"));
        k.add(error("web page past the size limit", "huge.html", sparseHtml(17L << 20),
                "too large for a web page: "));
        // PDF
        k.add(error("PDF header only", "header.pdf", bytes("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)), "corrupt PDF: "));
        k.add(error("PDF truncated after its header", "cut.pdf", bytes(Arrays.copyOf(pdf, 600)), "corrupt PDF: "));
        k.add(error("PDF without pages", "no-page.pdf", pdf(doc -> { }), "empty PDF: it has no page"));
        k.add(error("PDF of blank pages", "blank.pdf", pdf(doc -> doc.addPage(new PDPage())), SCANNED));
        k.add(error("PDF with a user password", "locked.pdf", encrypted(), "encrypted PDF: a password is needed"));
        k.add(error("PDF of 1,001 pages", "pages.pdf", pdf(doc -> {
            for (int i = 0; i < 1001; i++) {
                doc.addPage(new PDPage());
            }
        }), "too many pages: 1001 (limit 1000)"));
        k.add(error("PDF decompression bomb", "bomb.pdf", bomb(), "decompression bomb: a stream inflates past 64 MiB"));
        k.add(error("PDF with arrays nested 100,000 deep", "nested.pdf", nestedPdf(), "too deeply nested to read (stack overflow)"));
        k.add(error("PDF whose page tree loops", "loop.pdf", loopPdf(), SCANNED));
        k.add(error("HTML behind a PDF header", "fake.pdf",
                bytes(concat("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), html)), "corrupt PDF: "));
        k.add(read("PDF with a broken cross-reference offset", "xref.pdf",
                bytes(new String(pdf, StandardCharsets.ISO_8859_1).replaceFirst("startxref\\s+\\d+", "startxref\n999999")
                        .getBytes(StandardCharsets.ISO_8859_1))));
        k.add(error("PDF content of garbage operators", "garbage.pdf", garbagePdf(), SCANNED));
        k.add(read("HTML with bytes damaged", "flipped.html", bytes(flipped(html))));
        k.add(read("HTML in Windows-1252 with a lying meta charset", "lying.html",
                bytes(new String(html, StandardCharsets.UTF_8).replace("utf-8", "x-unknown").getBytes(
                        java.nio.charset.Charset.forName("windows-1252")))));
        k.add(read("HTML with NUL bytes past its start", "nul.html",
                bytes(new String(html, StandardCharsets.UTF_8).replace("</h1>", "\u0000\u0000</h1>").getBytes(StandardCharsets.UTF_8))));
        // Paths
        k.add(error("file name with a newline", "line\nbreak.md", bytes(new byte[0]), "empty file"));
        k.add(error("file name with spaces", "with spaces.md", bytes(new byte[0]), "empty file"));
        k.add(error("file name with a leading dash", "-dash.md", bytes(new byte[0]), "empty file"));
        k.add(error("named pipe", "pipe.md", BadFiles::fifo, "not a regular file (a named pipe, socket or device is not read)"));
        k.add(error("symbolic link loop", "loop.md", f -> {
            Path other = f.resolveSibling("loop-other.md");
            Files.createSymbolicLink(f, other);
            Files.createSymbolicLink(other, f);
        }, "symbolic link loop"));
        k.add(error("broken symbolic link", "dangling.md", f -> Files.createSymbolicLink(f, Path.of("nowhere.md")),
                "broken symbolic link (to nowhere.md)"));
        return k;
    }

    private static Kind error(String name, String file, Maker maker, String message) {
        return new Kind(name, file, maker, Expect.ERROR, message);
    }

    private static Kind warning(String name, String file, Maker maker, String message) {
        return new Kind(name, file, maker, Expect.WARNING, message);
    }

    private static Kind read(String name, String file, Maker maker) {
        return new Kind(name, file, maker, Expect.READ, "");
    }

    /** A few bytes of the page's text changed into invalid UTF-8. */
    private static byte[] flipped(byte[] page) {
        byte[] c = page.clone();
        String s = new String(page, StandardCharsets.ISO_8859_1);
        for (String at : List.of("Territoire", "projet", "Ville")) {
            int i = s.indexOf(at, s.indexOf("<body"));
            if (i > 0) {
                c[i + 2] = (byte) 0xFF;
            }
        }
        return c;
    }

    private static Maker bytes(byte[] b) {
        return f -> Files.write(f, b);
    }

    /** A file of the size (sparse: nothing written), starting like a PDF. */
    private static Maker sparse(long size) {
        return f -> {
            try (RandomAccessFile r = new RandomAccessFile(f.toFile(), "rw")) {
                r.write("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
                r.setLength(size);
            }
        };
    }

    private static Maker sparseText(long size) {
        return f -> Files.write(f, "Palmarès\n".repeat((int) (size / 10) + 1).getBytes(StandardCharsets.UTF_8));
    }

    private static Maker sparseHtml(long size) {
        return f -> Files.write(f, ("<html><body>" + "<p>Palmarès</p>\n".repeat((int) (size / 16) + 1))
                .getBytes(StandardCharsets.UTF_8));
    }

    private static void fifo(Path f) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("mkfifo", f.toString()).start();
        if (p.waitFor() != 0) {
            throw new IOException("mkfifo failed");
        }
    }

    @FunctionalInterface
    private interface Pages {
        void add(PDDocument doc) throws IOException;
    }

    private static Maker pdf(Pages pages) {
        return f -> {
            try (PDDocument doc = new PDDocument()) {
                pages.add(doc);
                doc.save(f.toFile());
            }
        };
    }

    private static Maker encrypted() {
        return pdf(doc -> {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(FontName.HELVETICA), 12);
                cs.newLineAtOffset(72, 700);
                cs.showText("Palmarès 2024");
                cs.endText();
            }
            StandardProtectionPolicy p = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            p.setEncryptionKeyLength(128);
            doc.protect(p);
        });
    }

    /** One page whose content inflates to 100 MiB of spaces. */
    private static Maker bomb() {
        return f -> {
            byte[] chunk = new byte[1 << 20];
            Arrays.fill(chunk, (byte) ' ');
            java.util.zip.Deflater d = new java.util.zip.Deflater(9);
            ByteArrayOutputStream z = new ByteArrayOutputStream();
            byte[] buf = new byte[1 << 16];
            for (int i = 0; i < 100; i++) {
                d.setInput(chunk);
                while (!d.needsInput()) {
                    z.write(buf, 0, d.deflate(buf));
                }
            }
            d.finish();
            while (!d.finished()) {
                z.write(buf, 0, d.deflate(buf));
            }
            d.end();
            Files.write(f, rawPdf("<< /Length " + z.size() + " /Filter /FlateDecode >>", z.toByteArray()));
        };
    }

    private static Maker nestedPdf() {
        return f -> Files.write(f, rawPdf("<< /Length 0 /Deep " + "[".repeat(100_000) + "]".repeat(100_000) + " >>",
                new byte[0]));
    }

    private static Maker garbagePdf() {
        return f -> {
            byte[] ops = "BT Tf Tf Td Tj ) ( ] [ >> << q Q Q Q Do BI ID EI cm cm Tz TJ TJ ' \" ET ET"
                    .repeat(200).getBytes(StandardCharsets.ISO_8859_1);
            Files.write(f, rawPdf("<< /Length " + ops.length + " >>", ops));
        };
    }

    /** A page tree whose kids point back at itself. */
    private static Maker loopPdf() {
        return f -> Files.write(f, pdfObjects(List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>")));
    }

    /** A one-page PDF whose page content is the given stream. */
    private static byte[] rawPdf(String streamDict, byte[] stream) {
        List<String> objects = List.of("<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
                streamDict + "\nstream\n" + new String(stream, StandardCharsets.ISO_8859_1) + "\nendstream");
        return pdfObjects(objects);
    }

    /** Numbered objects with a correct cross-reference table. */
    private static byte[] pdfObjects(List<String> objects) {
        StringBuilder sb = new StringBuilder("%PDF-1.7\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(sb.length());
            sb.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = sb.length();
        sb.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        for (int o : offsets) {
            sb.append(String.format("%010d 00000 n \n", o));
        }
        sb.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
                .append("\n%%EOF\n");
        return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    private static byte[] insertAfter(byte[] page, String marker, String piece) {
        String s = new String(page, StandardCharsets.UTF_8);
        int at = s.indexOf('>', s.indexOf(marker)) + 1;
        return (s.substring(0, at) + piece + s.substring(at)).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] random(int n, long seed) {
        byte[] b = new byte[n];
        new java.util.Random(seed).nextBytes(b);
        return b;
    }
}
