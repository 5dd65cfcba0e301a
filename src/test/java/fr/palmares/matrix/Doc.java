package fr.palmares.matrix;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * A document as a layout describes it, before any format: headings, paragraphs, lists, tables,
 * definition lists, page breaks. Each writer (Markdown, text, HTML, PDF) renders the same nodes in the
 * way that format usually shows them.
 */
public record Doc(String title, List<Node> nodes, Options options) {

    /** How the PDF (and, where it has a meaning, the other formats) draws the nodes. */
    public record Options(int columns, boolean shapeBullets, boolean serif) {
        public static final Options PLAIN = new Options(1, false, false);

        public Options withColumns(int n) {
            return new Options(n, shapeBullets, serif);
        }

        public Options withShapeBullets() {
            return new Options(columns, true, serif);
        }

        public Options withSerif() {
            return new Options(columns, shapeBullets, true);
        }
    }

    /** One element of the document. */
    public sealed interface Node permits Heading, Para, ItemList, Table, DefList, PageBreak, Rule, Banner {
        Node map(UnaryOperator<String> f);
    }

    /** A run of text, bold and/or italic. */
    public record Run(String text, boolean bold, boolean italic) {
        public static Run plain(String t) {
            return new Run(t, false, false);
        }

        public static Run bold(String t) {
            return new Run(t, true, false);
        }

        public static Run italic(String t) {
            return new Run(t, false, true);
        }

        Run map(UnaryOperator<String> f) {
            return new Run(f.apply(text), bold, italic);
        }

        static List<Run> map(List<Run> runs, UnaryOperator<String> f) {
            return runs.stream().map(r -> r.map(f)).toList();
        }

        static String text(List<Run> runs) {
            StringBuilder sb = new StringBuilder();
            runs.forEach(r -> sb.append(r.text()));
            return sb.toString();
        }
    }

    /** A heading of level 1 (document title) to 4. */
    public record Heading(int level, String text) implements Node {
        @Override
        public Node map(UnaryOperator<String> f) {
            return new Heading(level, f.apply(text));
        }
    }

    /** A paragraph of runs; {@code small} paragraphs are running text such as a dateline or a caption. */
    public record Para(List<Run> runs, boolean small) implements Node {
        public static Para of(String text) {
            return new Para(List.of(Run.plain(text)), false);
        }

        public static Para of(Run... runs) {
            return new Para(List.of(runs), false);
        }

        public static Para bold(String text) {
            return new Para(List.of(Run.bold(text)), false);
        }

        public static Para small(String text) {
            return new Para(List.of(Run.plain(text)), true);
        }

        @Override
        public Node map(UnaryOperator<String> f) {
            return new Para(Run.map(runs, f), small);
        }
    }

    /** A bulleted or numbered list; each item is a list of runs. */
    public record ItemList(boolean ordered, List<List<Run>> items) implements Node {
        public static ItemList bullets(List<List<Run>> items) {
            return new ItemList(false, items);
        }

        public static ItemList numbered(List<List<Run>> items) {
            return new ItemList(true, items);
        }

        @Override
        public Node map(UnaryOperator<String> f) {
            return new ItemList(ordered, items.stream().map(i -> Run.map(i, f)).toList());
        }
    }

    /**
     * A table: an optional header and rows of cells. A cell with {@code rowspan > 1} covers the cells of
     * the next rows in its column, which hold {@link Cell#COVERED}.
     */
    public record Table(@Nullable List<String> header, List<List<Cell>> rows) implements Node {
        @Override
        public Node map(UnaryOperator<String> f) {
            return new Table(header == null ? null : header.stream().map(f).toList(),
                    rows.stream().map(r -> r.stream().map(c -> c.map(f)).toList()).toList());
        }

        /** The text each cell shows once spans are spread over the rows they cover. */
        public List<List<String>> spread() {
            List<List<String>> out = new ArrayList<>();
            List<String> previous = null;
            for (List<Cell> row : rows) {
                List<String> r = new ArrayList<>();
                for (int i = 0; i < row.size(); i++) {
                    Cell c = row.get(i);
                    r.add(c.covered() && previous != null ? previous.get(i) : c.text());
                }
                out.add(r);
                previous = r;
            }
            return out;
        }
    }

    /** A table cell. */
    public record Cell(String text, int rowspan, boolean covered) {
        public static final Cell COVERED = new Cell("", 1, true);

        public static Cell of(String text) {
            return new Cell(text, 1, false);
        }

        public static Cell spanning(String text, int rows) {
            return new Cell(text, rows, false);
        }

        Cell map(UnaryOperator<String> f) {
            return covered ? this : new Cell(f.apply(text), rowspan, false);
        }
    }

    /** A definition list: terms, each with its description. */
    public record DefList(List<Definition> entries) implements Node {
        @Override
        public Node map(UnaryOperator<String> f) {
            return new DefList(entries.stream().map(e -> new Definition(f.apply(e.term()), Run.map(e.description(), f)))
                    .toList());
        }
    }

    /** One term of a definition list. */
    public record Definition(String term, List<Run> description) {
    }

    /** The end of a page (PDF) or of a section (the other formats). */
    public record PageBreak() implements Node {
        @Override
        public Node map(UnaryOperator<String> f) {
            return this;
        }
    }

    /** A horizontal rule. */
    public record Rule() implements Node {
        @Override
        public Node map(UnaryOperator<String> f) {
            return this;
        }
    }

    /** A banner drawn letter-spaced (PDF character spacing, CSS letter-spacing, spaced letters in text). */
    public record Banner(String text) implements Node {
        @Override
        public Node map(UnaryOperator<String> f) {
            return new Banner(f.apply(text));
        }
    }

    /** The same document with every text through {@code f} (e.g. all in capitals). */
    public Doc map(UnaryOperator<String> f) {
        return new Doc(f.apply(title), nodes.stream().map(n -> n.map(f)).toList(), options);
    }

    /** French capitals, as a word processor's "all caps" gives them. */
    public static String upper(String s) {
        return s.toUpperCase(Locale.FRENCH);
    }
}
