package fr.palmares.load.text;

import fr.palmares.load.html.HtmlBlocks;
import fr.palmares.model.Block;
import fr.palmares.model.BlockKind;
import fr.palmares.model.Cell;
import fr.palmares.model.Line;
import fr.palmares.model.Role;
import fr.palmares.model.Span;
import fr.palmares.model.Spans;
import fr.palmares.model.Style;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;

/**
 * Markdown through commonmark-java (CommonMark with the GFM tables and footnotes extensions), block
 * by block:
 * <ul>
 * <li>ATX and setext headings are headings of their level; paragraphs are paragraphs whose lines are
 * its source lines, whether a hard break (two trailing spaces, a backslash, {@code <br>}) or a soft one
 * ended them, as in plain text: the core joins the lines one text was wrapped over; a line opened by a
 * decorative marker ("•", "→", "✓", emoji...) opens a list item, a line of a table of contents (dot
 * leaders then a page number) is a paragraph of its own with {@link Role#TOC};</li>
 * <li>list items are list items whose {@link Block#level()} is their nesting depth, their marker
 * ("-", "*", "1.", "- >" for a quotation inside an item) in the first line's {@link Style#marker()};
 * an item holding only a nested list gives no block of its own ("- - text");</li>
 * <li>block quotations give their blocks with {@link Role#QUOTE} and the marker "&gt;" per level;
 * footnote definitions give theirs with {@link Role#NOTE}, and a footnote reference is kept apart
 * from the word before it ("Lyon [1]");</li>
 * <li>GFM tables give table rows with their cells (header cells flagged), numbered per document;</li>
 * <li>bold and italic spans from {@code **} / {@code __}, {@code *} / {@code _}, and inline
 * {@code <b>}, {@code <strong>}, {@code <i>}, {@code <em>}; links and images give their text,
 * entities are decoded; raw HTML blocks are read as HTML; thematic breaks separate blocks.</li>
 * </ul>
 * Every line keeps the source line it starts on; the indent of a line is its list nesting depth.
 */
public final class MarkdownBlocks {
    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create(), FootnotesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();
    private static final Pattern TAG = Pattern.compile("^<\\s*(/?)\\s*([a-zA-Z][a-zA-Z0-9]*)");

    private final List<Block> out = new ArrayList<>();
    private int tables;

    private MarkdownBlocks() {
    }

    /** The blocks of a decoded Markdown text. */
    public static List<Block> read(String text) {
        MarkdownBlocks m = new MarkdownBlocks();
        m.children(PARSER.parse(text), Role.BODY, 0);
        return List.copyOf(m.out);
    }

    private void children(Node parent, Role role, int quoteDepth) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            block(n, role, quoteDepth);
        }
    }

    private void block(Node n, Role role, int quoteDepth) {
        if (n instanceof Heading h) {
            List<Line> lines = styled(inline(h), 0, quote(quoteDepth), headingRank(h.getLevel()));
            emit(BlockKind.HEADING, h.getLevel(), lines, role, n);
        } else if (n instanceof Paragraph p) {
            paragraph(inline(p), role, quoteDepth, n);
        } else if (n instanceof BlockQuote) {
            children(n, Role.QUOTE, quoteDepth + 1);
        } else if (n instanceof ListBlock list) {
            list(list, 0, role, quoteDepth);
        } else if (n instanceof FencedCodeBlock f) {
            code(f.getLiteral(), role, n);
        } else if (n instanceof IndentedCodeBlock c) {
            code(c.getLiteral(), role, n);
        } else if (n instanceof HtmlBlock html) {
            for (Block b : HtmlBlocks.read(Jsoup.parseBodyFragment(html.getLiteral()).body(), line(n) - 1)) {
                out.add(role == Role.BODY ? b : b.withRole(role));
            }
        } else if (n instanceof TableBlock) {
            table(n);
        } else if (n instanceof FootnoteDefinition) {
            children(n, Role.NOTE, quoteDepth);
        } else if (!(n instanceof ThematicBreak) && !(n instanceof LinkReferenceDefinition)) {
            children(n, role, quoteDepth);
        }
    }

    /**
     * A paragraph's lines: a contents line is a block of its own ({@link Role#TOC}), a line opened by a
     * marker starts a list item, the other lines stay together.
     */
    private void paragraph(List<RawLine> raw, Role role, int quoteDepth, Node n) {
        List<Line> lines = styled(raw, 0, quote(quoteDepth), 0);
        List<Line> run = new ArrayList<>();
        BlockKind kind = BlockKind.PARAGRAPH;
        for (Line l : lines) {
            boolean contents = ContentsLine.hasLeaders(l.text());
            boolean marked = l.style().marker() != null && quoteDepth == 0;
            if (contents || marked) {
                flush(kind, run, role);
                kind = BlockKind.PARAGRAPH;
            }
            if (contents) {
                out.add(new Block(BlockKind.PARAGRAPH, 0, List.of(l), List.of(), 0, 0, 0,
                        role == Role.BODY ? Role.TOC : role, 0, l.line()));
                continue;
            }
            if (marked) {
                kind = BlockKind.LIST_ITEM;
            }
            run.add(l);
        }
        flush(kind, run, role);
    }

    private void flush(BlockKind kind, List<Line> run, Role role) {
        if (!run.isEmpty()) {
            out.add(new Block(kind, 0, run, List.of(), 0, 0, 0, role, 0, run.get(0).line()));
            run.clear();
        }
    }

    private void list(ListBlock list, int level, Role role, int quoteDepth) {
        int k = 0;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext(), k++) {
            String marker;
            if (list instanceof OrderedList o) {
                Integer start = o.getMarkerStartNumber();
                marker = ((start == null ? 1 : start) + k) + (o.getMarkerDelimiter() == null ? "." : o.getMarkerDelimiter());
            } else {
                String m = ((BulletList) list).getMarker();
                marker = m == null ? "-" : m;
            }
            if (item instanceof ListItem li) {
                listItem(li, level, marker, role, quoteDepth);
            }
        }
    }

    private void listItem(ListItem item, int level, String marker, Role role, int quoteDepth) {
        List<RawLine> raw = new ArrayList<>();
        List<ListBlock> nested = new ArrayList<>();
        String itemMarker = quote(quoteDepth) == null ? marker : quote(quoteDepth) + " " + marker;
        for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof ListBlock l) {
                nested.add(l);
            } else if (c instanceof BlockQuote q) {
                if (raw.isEmpty()) {
                    itemMarker = itemMarker + " >";
                }
                raw.addAll(flatText(q));
            } else {
                raw.addAll(flatText(c));
            }
        }
        List<Line> lines = styled(raw, level, null, 0);
        if (!lines.isEmpty()) {
            Line first = lines.get(0);
            String found = first.style().marker();
            lines.set(0, new Line(first.spans(), first.style().withMarker(found == null ? itemMarker : itemMarker + " " + found),
                    first.page(), first.line()));
            out.add(new Block(BlockKind.LIST_ITEM, level, lines, List.of(), 0, 0, 0, role, 0, lines.get(0).line()));
        }
        for (ListBlock l : nested) {
            list(l, level + 1, role, quoteDepth);
        }
    }

    /** The lines of any block, its nested blocks included. */
    private List<RawLine> flatText(Node n) {
        if (n instanceof Paragraph || n instanceof Heading || n instanceof TableCell) {
            return inline(n);
        }
        if (n instanceof FencedCodeBlock f) {
            return codeLines(f.getLiteral(), line(n));
        }
        if (n instanceof IndentedCodeBlock c) {
            return codeLines(c.getLiteral(), line(n));
        }
        if (n instanceof HtmlBlock h) {
            List<RawLine> out = new ArrayList<>();
            for (String l : Jsoup.parseBodyFragment(h.getLiteral()).body().wholeText().split("\n")) {
                if (!l.isBlank()) {
                    out.add(new RawLine(List.of(new Span(l.strip(), false)), line(n), true));
                }
            }
            return out;
        }
        List<RawLine> out = new ArrayList<>();
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            out.addAll(flatText(c));
        }
        return out;
    }

    private void code(String literal, Role role, Node n) {
        List<Line> lines = styled(codeLines(literal, line(n)), 0, null, 0);
        emit(BlockKind.PARAGRAPH, 0, lines, role, n);
    }

    private static List<RawLine> codeLines(String literal, int first) {
        List<RawLine> out = new ArrayList<>();
        String[] ls = literal.split("\n", -1);
        for (int i = 0; i < ls.length; i++) {
            if (!ls[i].isBlank()) {
                out.add(new RawLine(List.of(new Span(ls[i].strip(), false)), first + 1 + i, true));
            }
        }
        return out;
    }

    private void table(Node table) {
        tables++;
        int row = 0;
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (Node r = section.getFirstChild(); r != null; r = r.getNext()) {
                if (!(r instanceof TableRow)) {
                    continue;
                }
                List<Cell> cells = new ArrayList<>();
                int col = 0;
                for (Node c = r.getFirstChild(); c != null; c = c.getNext()) {
                    if (c instanceof TableCell cell) {
                        cells.add(new Cell(styled(inline(cell), 0, null, 0), cell.isHeader(), col++, false));
                    }
                }
                if (cells.stream().anyMatch(c -> !c.isEmpty())) {
                    out.add(Block.row(cells, tables, row, 0, 0, line(r)));
                }
                row++;
            }
        }
    }

    private void emit(BlockKind kind, int level, List<Line> lines, Role role, Node n) {
        if (!lines.isEmpty()) {
            out.add(new Block(kind, level, lines, List.of(), 0, 0, 0, role, 0, lines.get(0).line() > 0 ? lines.get(0).line() : line(n)));
        }
    }

    /** Browsers' default heading sizes against the body text: h1 2em, h2 1.5em, h3 1.17em, h4 1em, h5-h6 smaller. */
    public static int headingRank(int level) {
        return switch (level) {
            case 1 -> 3;
            case 2 -> 2;
            case 3 -> 1;
            case 4 -> 0;
            default -> -1;
        };
    }

    private static String quote(int depth) {
        return depth == 0 ? null : ">".repeat(depth);
    }

    // ---------------------------------------------------------------------------------------------
    // Inline content

    /** A line being read: its spans, its source line, and whether a hard break (or the block start) opened it. */
    private record RawLine(List<Span> spans, int line, boolean hard) {
    }

    /** The lines of the inline content of a node, split at hard breaks and soft breaks (joined later). */
    private static List<RawLine> inline(Node n) {
        InlineReader r = new InlineReader(line(n));
        r.children(n);
        return r.finish();
    }

    /**
     * Walks inline nodes, with the emphasis in force; {@code <br>} is a hard break, {@code <b>},
     * {@code <strong>}, {@code <i>}, {@code <em>} and {@code <sup>} open and close emphasis and marks.
     */
    private static final class InlineReader {
        private final List<RawLine> lines = new ArrayList<>();
        private List<Span> cur = new ArrayList<>();
        private int curLine;
        private boolean curHard = true;
        private int bold;
        private int italic;
        private int sup;

        InlineReader(int firstLine) {
            this.curLine = firstLine;
        }

        void children(Node n) {
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                node(c);
            }
        }

        void node(Node n) {
            if (n instanceof org.commonmark.node.Text t) {
                text(t.getLiteral(), n);
            } else if (n instanceof Code c) {
                text(c.getLiteral(), n);
            } else if (n instanceof SoftLineBreak) {
                newLine(false, n);
            } else if (n instanceof HardLineBreak) {
                newLine(true, n);
            } else if (n instanceof StrongEmphasis) {
                bold++;
                children(n);
                bold--;
            } else if (n instanceof Emphasis) {
                italic++;
                children(n);
                italic--;
            } else if (n instanceof HtmlInline h) {
                html(h.getLiteral(), n);
            } else if (n instanceof FootnoteReference f) {
                mark(f.getLabel());
            } else {
                children(n); // links, images (their alt text), custom inlines
            }
        }

        private void text(String s, Node n) {
            if (s.isEmpty()) {
                return;
            }
            if (cur.isEmpty() && n.getSourceSpans() != null && !n.getSourceSpans().isEmpty()) {
                curLine = n.getSourceSpans().get(0).getLineIndex() + 1;
            }
            if (sup > 0 && !endsWithDigit()) {
                mark(s);
                return;
            }
            cur.add(new Span(s.replace('\n', ' '), bold > 0, italic > 0));
        }

        /** A footnote mark, apart from the word before it. */
        private void mark(String label) {
            cur.add(new Span(" [" + label.strip() + "]", false, false));
        }

        private boolean endsWithDigit() {
            if (cur.isEmpty()) {
                return false;
            }
            String t = cur.get(cur.size() - 1).text();
            return !t.isEmpty() && Character.isDigit(t.charAt(t.length() - 1));
        }

        private void html(String tag, Node n) {
            Matcher m = TAG.matcher(tag);
            if (!m.find()) {
                return;
            }
            boolean close = !m.group(1).isEmpty();
            int d = close ? -1 : 1;
            switch (m.group(2).toLowerCase(Locale.ROOT)) {
                case "br" -> newLine(true, n);
                case "b", "strong" -> bold = Math.max(0, bold + d);
                case "i", "em" -> italic = Math.max(0, italic + d);
                case "sup" -> sup = Math.max(0, sup + d);
                default -> {
                }
            }
        }

        private void newLine(boolean hard, Node n) {
            lines.add(new RawLine(cur, curLine, curHard));
            cur = new ArrayList<>();
            curHard = hard;
            Node next = n.getNext();
            List<SourceSpan> spans = next == null ? null : next.getSourceSpans();
            curLine = spans != null && !spans.isEmpty() ? spans.get(0).getLineIndex() + 1 : curLine + 1;
        }

        List<RawLine> finish() {
            lines.add(new RawLine(cur, curLine, curHard));
            return lines;
        }
    }

    /**
     * The lines of raw lines: every source line is a line, as in plain text (the core joins the lines a
     * text was wrapped over); each line's marker is taken off its text.
     */
    private static List<Line> styled(List<RawLine> raw, int indent, String quoteMarker, int sizeRank) {
        List<List<Span>> visual = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (RawLine r : raw) {
            visual.add(new ArrayList<>(r.spans()));
            numbers.add(r.line());
        }
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < visual.size(); i++) {
            List<Span> spans = visual.get(i);
            String text = textOf(spans);
            if (text.isBlank()) {
                continue;
            }
            String lead = text.substring(0, text.length() - text.stripLeading().length());
            Markers.Marked m = Markers.split(text.stripLeading(), false);
            List<Span> body = spans;
            String marker = quoteMarker;
            if (m.hasMarker()) {
                body = Spans.withoutStart(spans, lead.length() + text.stripLeading().length() - m.rest().length());
                marker = quoteMarker == null ? m.marker() : quoteMarker + " " + m.marker();
            }
            out.add(new Line(body, new Style(sizeRank, Spans.all(body, true), Spans.all(body, false), indent, marker, false), 0,
                    numbers.get(i)));
        }
        return out;
    }

    private static String textOf(List<Span> spans) {
        StringBuilder sb = new StringBuilder();
        for (Span s : spans) {
            sb.append(s.text());
        }
        return sb.toString();
    }

    private static int line(Node n) {
        List<SourceSpan> spans = n.getSourceSpans();
        return spans == null || spans.isEmpty() ? 0 : spans.get(0).getLineIndex() + 1;
    }
}
