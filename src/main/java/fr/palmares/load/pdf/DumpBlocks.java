package fr.palmares.load.pdf;

import fr.palmares.load.FormatDetector;
import fr.palmares.load.HtmlLoader;
import fr.palmares.load.LoadException;
import fr.palmares.load.Loader;
import fr.palmares.load.PdfLoader;
import fr.palmares.model.Block;
import fr.palmares.model.BlockKind;
import fr.palmares.model.SourceDocument;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Debug tool: prints the blocks of documents, one per line, to tune the parsers.
 *
 * <pre>
 * java -cp target/classes:$(deps) fr.palmares.load.pdf.DumpBlocks [--max N] [--lines] FILE...
 * </pre>
 *
 * Each line: index, kind (with the heading level), page (p.N) or line (l.N), the bold runs in
 * brackets, then the text with its hard line breaks shown as " ⏎ ". PDF and HTML files are read
 * with this package's loaders; other files with {@code fr.palmares.load.MarkdownLoader} when that
 * class exists. With --lines, a PDF's columns and lines are printed instead (layout debugging).
 */
public final class DumpBlocks {
    private DumpBlocks() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int max = Integer.MAX_VALUE;
        boolean lines = false;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--max") && i + 1 < args.length) {
                max = Integer.parseInt(args[++i]);
            } else if (args[i].equals("--lines")) {
                lines = true;
            } else if (args[i].equals("-h") || args[i].equals("--help")) {
                out.println("usage: DumpBlocks [--max N] [--lines] FILE...");
                return;
            } else {
                files.add(Path.of(args[i]));
            }
        }
        int status = 0;
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            if (lines && FormatDetector.isPdf(bytes)) {
                dumpLines(file, out);
                continue;
            }
            try {
                SourceDocument doc = loader(bytes, file).load(file, bytes, file.toString());
                if (files.size() > 1) {
                    out.println("== " + doc.file() + " (" + doc.format() + ", " + doc.blocks().size() + " blocks)");
                }
                int n = 0;
                for (Block b : doc.blocks()) {
                    if (n >= max) {
                        break;
                    }
                    out.println(format(n++, b));
                }
            } catch (LoadException e) {
                System.err.println(file + ": " + e.getMessage());
                status = 1;
            }
        }
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Debug: the columns found on each page and their lines, before they are grouped into blocks. */
    private static void dumpLines(Path file, PrintStream out) throws IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(file.toFile())) {
            List<PageLayout.Region> regions = PageLayout.layout(new GlyphCollector().collect(doc));
            for (PageLayout.Region r : regions) {
                out.printf("-- page %d region x=%.1f..%.1f%n", r.page(), r.left(), r.right());
                for (Line l : r.lines()) {
                    out.printf("   y=%6.1f x=%6.1f..%6.1f s=%4.1f %s%s%n", l.y, l.x0, l.x1, l.size,
                            l.discretionaryHyphen ? "[shy] " : "", l.text);
                }
            }
        }
    }

    /** One line describing a block. */
    public static String format(int index, Block b) {
        String kind = switch (b.kind()) {
            case HEADING -> "H" + b.level();
            case PARAGRAPH -> "P ";
            case LIST_ITEM -> "LI";
            case TABLE_ROW -> "TR";
        };
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%3d %s %-5s", index, kind, b.where()));
        List<String> runs = b.boldRuns();
        if (!runs.isEmpty()) {
            if (b.allBold()) {
                sb.append(" [ALL BOLD]");
            } else {
                sb.append(" [").append(String.join(" | ", runs)).append(']');
            }
        }
        sb.append(' ').append(b.text().replace("\n", " ⏎ ").replace("\t", " ⇥ "));
        if (b.kind() == BlockKind.TABLE_ROW) {
            sb.append(" (").append(b.text().split("\t", -1).length).append(" cells)");
        }
        return sb.toString();
    }

    private static Loader loader(byte[] bytes, Path file) throws IOException {
        String format = FormatDetector.detect(bytes, file.getFileName().toString());
        switch (format) {
            case FormatDetector.PDF:
                return new PdfLoader();
            case FormatDetector.HTML:
                return new HtmlLoader();
            default:
                try {
                    return (Loader) Class.forName("fr.palmares.load.MarkdownLoader").getDeclaredConstructor().newInstance();
                } catch (ReflectiveOperationException | ClassCastException e) {
                    throw new IOException(file + ": no loader for " + format + " files here");
                }
        }
    }
}
