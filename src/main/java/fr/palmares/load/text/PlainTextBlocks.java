package fr.palmares.load.text;

import fr.palmares.model.Block;
import fr.palmares.model.BlockKind;
import fr.palmares.model.Line;
import fr.palmares.model.Role;
import fr.palmares.model.Span;
import fr.palmares.model.Style;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Plain text, line by line: every source line is a {@link Line} with its line number; blank lines and
 * rules (box drawing ─ ═ ━ ╌, ASCII "-----", "=====") separate blocks and are not text; a line framed by
 * rules ("═══ LABEL OR ═══") is a block of its own; gaps of 3 spaces or more become "\t"; markers
 * ("- ", "•", "→", "✓", "- >", emoji, numbers) open list items and e-mail quote levels ("> ", ">>")
 * open quotations ({@link Role#QUOTE}), both kept in {@link Style#marker()}, never in the text. A line
 * indented under a list item's text continues it; list items nest by indentation ({@link Block#level()}).
 * Lines spaced out letter by letter are joined ("L A B E L  O R" gives "LABEL OR", letterSpaced).
 * A paragraph wrapped at a fixed width ({@link #filled}) is one line. A line underlined by a rule of "=" or "-" as long as it is a heading (level 1 or 2, as Markdown's setext
 * headings); otherwise plain text has no headings, bold or italics: the core judges capitals and layout itself.
 */
public final class PlainTextBlocks {
    private final List<Block> out = new ArrayList<>();
    private final Deque<Integer> listIndents = new ArrayDeque<>();
    private Open open;
    /** The document's measure: its longest line without column gaps, what a fixed-width text is wrapped at. */
    private int measure;

    /** A block being filled. */
    private record Open(BlockKind kind, int level, Role role, int quoteDepth, int markerIndent, int firstLine,
            List<String> raw, List<Integer> numbers) {
        void add(String line, int no) {
            raw.add(line);
            numbers.add(no);
        }
    }

    private PlainTextBlocks() {
    }

    /** The blocks of a decoded text (line ends already "\n"). */
    public static List<Block> read(String text) {
        PlainTextBlocks p = new PlainTextBlocks();
        String[] lines = text.split("\n", -1);
        for (String l : lines) {
            if (!LineMarks.hasGap(l) && !LineMarks.isRule(l)) {
                p.measure = Math.max(p.measure, l.stripTrailing().length());
            }
        }
        for (int i = 0; i < lines.length; i++) {
            p.line(lines[i].replace("\uFEFF", ""), i + 1);
        }
        p.close();
        return List.copyOf(p.out);
    }

    private void line(String raw, int no) {
        if (underlines(raw)) {
            heading(raw);
            return;
        }
        if (raw.isBlank() || LineMarks.isRule(raw)) {
            close();
            if (raw.isBlank()) {
                return;
            }
            listIndents.clear();
            return;
        }
        String framed = LineMarks.framed(raw);
        if (framed != null) {
            close();
            listIndents.clear();
            open = open(BlockKind.PARAGRAPH, 0, Role.BODY, 0, 0, no);
            open.add(framed, no);
            close();
            return;
        }
        int indent = LineMarks.indent(raw);
        Markers.Marked m = Markers.split(raw.strip(), true);
        if (m.quoteDepth() > 0) {
            if (open == null || open.role() != Role.QUOTE || open.quoteDepth() != m.quoteDepth()) {
                close();
                open = open(BlockKind.PARAGRAPH, 0, Role.QUOTE, m.quoteDepth(), indent, no);
            }
            open.add(raw, no);
            return;
        }
        if (m.listMarker() && !dashGoesOn(m, indent)) {
            close();
            while (!listIndents.isEmpty() && listIndents.peek() >= indent) {
                listIndents.pop();
            }
            int level = listIndents.size();
            listIndents.push(indent);
            open = open(BlockKind.LIST_ITEM, level, Role.BODY, 0, indent, no);
            open.add(raw, no);
            return;
        }
        boolean continuesItem = open != null && open.kind() == BlockKind.LIST_ITEM && indent > open.markerIndent();
        boolean continuesParagraph = open != null && open.kind() == BlockKind.PARAGRAPH && open.role() == Role.BODY;
        if (!continuesItem && !continuesParagraph) {
            close();
            if (!listIndents.isEmpty() && indent <= listIndents.getLast()) {
                listIndents.clear();
            }
            open = open(BlockKind.PARAGRAPH, 0, Role.BODY, 0, indent, no);
        }
        open.add(raw, no);
    }

    /**
     * "• Ville d'Aurillac, pour « Les jardins qui parlent »" / "  — prix de la catégorie …": a dash under an
     * item of another marker, indented past it, in lower case after a line that announces nothing, is that
     * item's text going on, not an item of its own.
     */
    private boolean dashGoesOn(Markers.Marked m, int indent) {
        if (open == null || open.kind() != BlockKind.LIST_ITEM || indent <= open.markerIndent()
                || !(m.marker().equals("—") || m.marker().equals("–"))) {
            return false;
        }
        String first = Markers.split(open.raw().get(0).strip(), true).marker();
        String last = open.raw().get(open.raw().size() - 1).strip();
        String rest = m.rest().strip();
        return !m.marker().equals(first) && !last.endsWith(":") && !rest.isEmpty()
                && Character.isLowerCase(rest.charAt(0));
    }

    /** The narrowest measure a paragraph is taken to be wrapped at. */
    private static final int MIN_MEASURE = 60;

    /**
     * Lines filled up to one measure, as a text wrapped at a fixed width: no gaps, two lines or more (two cut at the document's measure), every line
     * but the last so long that the next line's first word would not have fitted after it.
     */
    static boolean filled(List<String> raw, int measure) {
        if (raw.size() < 2) {
            return false;
        }
        int width = 0;
        for (String r : raw) {
            if (LineMarks.hasGap(r) || Markers.split(r.strip(), true).listMarker()) {
                return false;
            }
            width = Math.max(width, r.stripTrailing().length());
        }
        if (raw.size() == 2) {
            // two lines may be a masthead or a line and its subtitle: wrapped only when the first one is cut
            // at the document's own measure
            width = measure;
        }
        if (width < MIN_MEASURE) {
            return false;
        }
        for (int i = 0; i + 1 < raw.size(); i++) {
            String line = raw.get(i).stripTrailing();
            String next = raw.get(i + 1).strip();
            int word = next.indexOf(' ') < 0 ? next.length() : next.indexOf(' ');
            if (line.length() + 1 + word <= width || line.length() < width - 20) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Les lauréats" over "------------" (or "====="): a rule of "=" or "-" as long as the one line of text
     * right above it (within a tenth) underlines a heading; a line with leader dots over a rule is an entry. A line with gaps over its rule is a table's header.
     */
    private boolean underlines(String raw) {
        String r = raw.strip();
        if (open == null || open.kind() != BlockKind.PARAGRAPH || open.role() != Role.BODY || r.length() < 3
                || !(r.chars().allMatch(c -> c == '=' || c == '═') || r.chars().allMatch(c -> c == '-' || c == '─'))) {
            return false;
        }
        String above = open.raw().get(open.raw().size() - 1);
        String text = above.strip();
        int width = text.codePointCount(0, text.length());
        return !LineMarks.hasGap(above) && Math.abs(r.length() - width) <= Math.max(2, width / 10)
                && !text.contains("...") && !text.contains("…") && text.codePoints().anyMatch(Character::isLetter);
    }

    /** The line above the rule, a heading of level 1 ("=") or 2 ("-"); the lines before it a block of their own. */
    private void heading(String rule) {
        int last = open.raw().size() - 1;
        String above = open.raw().remove(last);
        int no = open.numbers().remove(last);
        close();
        listIndents.clear();
        char c = rule.strip().charAt(0);
        int level = c == '=' || c == '═' ? 1 : 2;
        String spaced = LineMarks.letterSpaced(LineMarks.expand(above).strip());
        String text = spaced != null ? spaced : Markers.split(above.strip(), true).rest().strip();
        Line line = new Line(List.of(new Span(text, false)), new Style(MarkdownBlocks.headingRank(level), false, false,
                LineMarks.indent(above), null, spaced != null), 0, no);
        out.add(new Block(BlockKind.HEADING, level, List.of(line), List.of(), 0, 0, 0, Role.BODY, 0, no));
    }

    private static Open open(BlockKind kind, int level, Role role, int depth, int markerIndent, int no) {
        return new Open(kind, level, role, depth, markerIndent, no, new ArrayList<>(), new ArrayList<>());
    }

    /** The block's lines: gaps found over the whole block (fixed-width columns), then each line's marks. */
    private void close() {
        if (open == null || open.raw().isEmpty()) {
            open = null;
            return;
        }
        if (open.kind() == BlockKind.PARAGRAPH && open.role() == Role.BODY && filled(open.raw(), measure)) {
            // a paragraph wrapped at a fixed width: one line, as it was written
            StringBuilder sb = new StringBuilder();
            for (String r : open.raw()) {
                String t = r.strip();
                if (sb.length() > 0 && !(sb.charAt(sb.length() - 1) == '-' && !t.isEmpty() && Character.isLowerCase(t.charAt(0)))) {
                    sb.append(' ');
                } else if (sb.length() > 0) {
                    sb.setLength(sb.length() - 1); // "ex-" / "périence": a word cut at the line's end
                }
                sb.append(t);
            }
            Line line = new Line(List.of(new Span(sb.toString(), false)), new Style(0, false, false,
                    LineMarks.indent(open.raw().get(0)), null, false), 0, open.numbers().get(0));
            out.add(new Block(open.kind(), open.level(), List.of(line), List.of(), 0, 0, 0, open.role(), 0, open.firstLine()));
            open = null;
            return;
        }
        List<String> withGaps = LineMarks.columns(open.raw());
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < withGaps.size(); i++) {
            String raw = open.raw().get(i);
            int indent = LineMarks.indent(raw);
            String text = withGaps.get(i).strip();
            // only an item's first line has a marker: a dash further down is its text going on
            Markers.Marked m = open.kind() == BlockKind.LIST_ITEM && i > 0 ? new Markers.Marked(null, 0, false, text)
                    : Markers.split(text, true);
            String rest = m.rest().strip();
            String spaced = LineMarks.letterSpaced(LineMarks.expand(raw).strip());
            String t = spaced != null ? spaced : rest;
            lines.add(new Line(List.of(new Span(t, false)), new Style(0, false, false, indent, m.marker(), spaced != null),
                    0, open.numbers().get(i)));
        }
        out.add(new Block(open.kind(), open.level(), lines, List.of(), 0, 0, 0, open.role(), 0, open.firstLine()));
        open = null;
    }
}
