package fr.palmares.load.html;

import fr.palmares.model.Regexes;
import fr.palmares.load.Limits;

import fr.palmares.load.text.ContentsLine;
import fr.palmares.load.text.Markers;
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
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns the main content element of a page into blocks:
 * <ul>
 * <li>h1-h6 are headings of that level; p, dt, dd, figcaption, caption, summary... paragraphs (a dd's
 * lines are indented by one level, a caption has {@link Role#CAPTION}); the text directly inside a
 * div, section... a paragraph of its own; pre a paragraph with its line breaks;</li>
 * <li>li list items whose {@link Block#level()} is their nesting depth, the list's marker ("-", "1.")
 * in the first line's {@link Style#marker()}, with any decorative marker written as text ("&gt; ",
 * "- ", "•", "→", "✓") taken off the text and added to it; a nested list gives its own items after
 * its parent's;</li>
 * <li>tables as grids: every tr a table row whose {@link Cell}s have their grid column once rowspan and
 * colspan are expanded (the copies flagged as spanned), th cells and the cells of thead as headers,
 * a br inside a cell kept as a line of the cell; tables numbered in the document, rows counted from
 * 0. A table whose cells hold paragraphs or lists is a layout table: its cells are read as
 * containers;</li>
 * <li>cards ({@link Cards}): the blocks of one card share a {@link Block#group()};</li>
 * <li>blockquote gives {@link Role#QUOTE}; a line with dot leaders and a page number
 * {@link Role#TOC};</li>
 * <li>inside a block, b / strong and elements with a bold style or class give bold spans, i / em /
 * font-style italic italic ones, br a new line; img alt text that carries words ("Label Or") is kept;
 * a sup footnote mark is kept apart from the word before it ("Lyon [1]"), an ordinal stays on its
 * number ("1er"); white space is collapsed, soft hyphens and zero-width characters dropped.</li>
 * </ul>
 * Empty elements give no block. The line of a block is the line of its element in the HTML source.
 */
public final class HtmlBlocks {
    private static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "body",
            "caption", "center", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption",
            "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li",
            "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th",
            "thead", "tr", "ul", "colgroup", "col", "legend", "search");
    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "dt", "dd", "figcaption", "caption", "summary",
            "legend", "address");
    private static final Set<String> SKIPPED = Set.of("hr", "br", "script", "style", "noscript", "template",
            "svg", "canvas", "iframe", "object", "embed", "video", "audio", "input", "select", "textarea", "button",
            "colgroup", "col", "head", "title", "meta", "link", "source", "track", "map", "area");
    private static final Pattern BOLD_STYLE = Pattern.compile("font-weight\\s*:\\s*(bold|bolder|[6-9]00)\\b");
    private static final Pattern NORMAL_STYLE = Pattern.compile("font-weight\\s*:\\s*(normal|lighter|[1-5]00)\\b");
    private static final Pattern ITALIC_STYLE = Pattern.compile("font-style\\s*:\\s*(italic|oblique)\\b");
    private static final Pattern BOLD_CLASS = Pattern.compile("(?:^|\\s)(?:bold|gras|fw-bold|font-weight-bold|text-bold|strong)(?:$|\\s)");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\n\\r\\f\\u000B\\u00A0\\u202F\\u2007\\u2009\\u200A\\u2002-\\u2006\\u2008\\u205F\\u3000]+");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B\\u200C\\u200D\\u2060\\uFEFF]");
    private static final Pattern FOOTNOTE_MARK = Pattern.compile("\\[?[\\d*†‡§,\\s]+]?|\\[?[a-z]]?");
    private static final Pattern UNIT = Pattern.compile("(?:^|[^\\p{L}])[kcmdh]?m$");
    private static final Pattern IMAGE_FILE = Pattern.compile("(?i).*\\.(png|jpe?g|gif|svg|webp|bmp)$");
    private static final Pattern LAYOUT_CONTENT = Pattern.compile("p, div, ul, ol, table, h1, h2, h3, h4, h5, h6, blockquote, pre");

    private final List<Block> out = new ArrayList<>();
    private final int lineOffset;
    private final Map<Element, Integer> cards;
    private int tables;
    private int group;
    private Role role = Role.BODY;

    private HtmlBlocks(Element root, int lineOffset) {
        this.lineOffset = lineOffset;
        this.cards = Cards.find(root);
    }

    /** The blocks of the element, in document order. */
    public static List<Block> read(Element root) {
        return read(root, 0);
    }

    /** The blocks of an element parsed from a fragment that starts after {@code lineOffset} lines of its file. */
    public static List<Block> read(Element root, int lineOffset) {
        HtmlBlocks b = new HtmlBlocks(root, lineOffset);
        b.block(root);
        return List.copyOf(b.out);
    }

    private void block(Element e) {
        String tag = e.normalName();
        if (SKIPPED.contains(tag)) {
            return;
        }
        Integer card = cards.get(e);
        int outerGroup = group;
        Role outerRole = role;
        if (card != null) {
            group = card;
        }
        if (tag.equals("blockquote")) {
            role = Role.QUOTE;
        }
        if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6') {
            int level = tag.charAt(1) - '0';
            emit(BlockKind.HEADING, level, inline(e.childNodes(), boldAt(e), italicAt(e), false), e, 0, headingRank(level));
        } else if (PARAGRAPH_TAGS.contains(tag)) {
            Role r = role;
            if (tag.equals("caption") || tag.equals("figcaption")) {
                role = Role.CAPTION;
            }
            container(e, BlockKind.PARAGRAPH, tag.equals("dd") ? 1 : 0);
            role = r;
        } else if (tag.equals("li")) {
            listItem(e);
        } else if (tag.equals("table")) {
            table(e);
        } else if (tag.equals("tr")) {
            rows(List.of(e), ++tables);
        } else if (tag.equals("pre")) {
            emit(BlockKind.PARAGRAPH, 0, pre(e), e, 0, 0);
        } else {
            container(e, BlockKind.PARAGRAPH, 0);
        }
        group = outerGroup;
        role = outerRole;
    }

    /** Inline runs become blocks of the given kind, block children are blocks of their own. */
    private void container(Element e, BlockKind kind, int indent) {
        List<Node> pending = new ArrayList<>();
        for (Node n : e.childNodes()) {
            if (n instanceof Element c && isBlock(c)) {
                flush(pending, kind, e, indent);
                block(c);
            } else {
                pending.add(n);
            }
        }
        flush(pending, kind, e, indent);
    }

    private void flush(List<Node> pending, BlockKind kind, Element parent, int indent) {
        if (pending.isEmpty()) {
            return;
        }
        Node first = pending.get(0);
        emit(kind, 0, inline(pending, boldAt(parent), italicAt(parent), false), first, indent, 0);
        pending.clear();
    }

    private void listItem(Element li) {
        List<Span> spans = new ArrayList<>();
        List<Element> nested = new ArrayList<>();
        List<Node> run = new ArrayList<>();
        boolean bold = boldAt(li);
        boolean italic = italicAt(li);
        for (Node n : li.childNodes()) {
            if (n instanceof Element c && (c.normalName().equals("ul") || c.normalName().equals("ol"))) {
                nested.add(c);
            } else if (n instanceof Element c && isBlock(c)) {
                spans.addAll(inline(run, bold, italic, true));
                run.clear();
                spans.add(Span.BREAK);
                spans.addAll(inline(List.of(c), bold, italic, true));
                spans.add(Span.BREAK);
            } else {
                run.add(n);
            }
        }
        spans.addAll(inline(run, bold, italic, true));
        int depth = listDepth(li);
        List<Line> lines = lines(spans, line(li), depth, 0);
        if (!lines.isEmpty()) {
            String listMarker = listMarker(li);
            Line first = lines.get(0);
            String found = first.style().marker();
            lines.set(0, new Line(first.spans(), first.style().withMarker(found == null ? listMarker : listMarker + " " + found),
                    0, first.line()));
            out.add(new Block(BlockKind.LIST_ITEM, depth, lines, List.of(), 0, 0, group, role, 0, line(li) + lineOffset));
        }
        for (Element list : nested) {
            block(list);
        }
    }

    /** The nesting depth of a list item: 0 in a top-level list. */
    private static int listDepth(Element li) {
        int depth = -1;
        for (Element a = li.parent(); a != null; a = a.parent()) {
            String t = a.normalName();
            if (t.equals("ul") || t.equals("ol") || t.equals("menu") || t.equals("dir")) {
                depth++;
            }
        }
        return Math.max(0, depth);
    }

    private static String listMarker(Element li) {
        Element list = li.parent();
        if (list != null && list.normalName().equals("ol")) {
            int start = 1;
            try {
                start = list.hasAttr("start") ? Integer.parseInt(list.attr("start").strip()) : 1;
            } catch (NumberFormatException e) {
                start = 1;
            }
            int index = 0;
            for (Element c : list.children()) {
                if (c == li) {
                    break;
                }
                if (c.normalName().equals("li")) {
                    index++;
                }
            }
            return (start + index) + ".";
        }
        return "-";
    }

    // ---------------------------------------------------------------------------------------------
    // Tables

    private void table(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element c : table.children()) {
            String t = c.normalName();
            if (t.equals("tr")) {
                rows.add(c);
            } else if (t.equals("thead") || t.equals("tbody") || t.equals("tfoot")) {
                for (Element r : c.children()) {
                    if (r.normalName().equals("tr")) {
                        rows.add(r);
                    }
                }
            } else if (t.equals("caption")) {
                block(c);
            }
        }
        if (rows.stream().anyMatch(HtmlBlocks::isLayoutRow)) {
            for (Element r : rows) {
                for (Element c : r.children()) {
                    if (c.normalName().equals("td") || c.normalName().equals("th")) {
                        container(c, BlockKind.PARAGRAPH, 0);
                    }
                }
            }
            return;
        }
        rows(rows, ++tables);
    }

    /** A row whose cells hold paragraphs, lists or tables: the table lays out the page. */
    private static boolean isLayoutRow(Element tr) {
        for (Element c : tr.children()) {
            if ((c.normalName().equals("td") || c.normalName().equals("th")) && !c.select(LAYOUT_CONTENT.pattern()).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The rows of one table as a grid: a cell spanning rows or columns is copied into each place it covers. */
    private void rows(List<Element> rows, int table) {
        Map<Integer, Cell> carried = new TreeMap<>(); // column -> copy of a cell spanning down into the next rows
        Map<Integer, Integer> left = new TreeMap<>(); // column -> rows it still covers
        int index = 0;
        for (Element tr : rows) {
            List<Cell> cells = new ArrayList<>();
            int col = 0;
            boolean headRow = tr.parent() != null && tr.parent().normalName().equals("thead");
            for (Element td : tr.children()) {
                String t = td.normalName();
                if (!t.equals("td") && !t.equals("th")) {
                    continue;
                }
                while (left.getOrDefault(col, 0) > 0) {
                    cells.add(carried.get(col));
                    left.merge(col, -1, Integer::sum);
                    col++;
                }
                List<Line> lines = lines(inline(td.childNodes(), boldAt(td), italicAt(td), false), line(td), 0, 0);
                boolean header = t.equals("th") || headRow;
                int colspan = span(td, "colspan");
                int rowspan = span(td, "rowspan");
                for (int k = 0; k < colspan; k++, col++) {
                    cells.add(new Cell(lines, header, col, k > 0));
                    if (rowspan > 1) {
                        carried.put(col, new Cell(lines, header, col, true));
                        left.put(col, rowspan - 1);
                    }
                }
            }
            for (Map.Entry<Integer, Integer> e : left.entrySet()) {
                if (e.getKey() >= col && e.getValue() > 0) {
                    cells.add(carried.get(e.getKey()));
                    e.setValue(e.getValue() - 1);
                }
            }
            if (cells.stream().anyMatch(c -> !c.isEmpty())) {
                out.add(Block.row(cells, table, index, group, 0, line(tr) + lineOffset));
            }
            index++;
        }
    }

    private static int span(Element td, String attr) {
        try {
            int n = Integer.parseInt(td.attr(attr).strip());
            return Math.max(1, Math.min(n, 100));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private List<Span> pre(Element e) {
        List<Span> spans = new ArrayList<>();
        String[] lines = e.wholeText().replace("\r\n", "\n").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                spans.add(Span.BREAK);
            }
            String t = clean(lines[i]);
            if (!t.isBlank()) {
                spans.add(new Span(t, false));
            }
        }
        return spans;
    }

    // ---------------------------------------------------------------------------------------------
    // Inline content

    /**
     * The spans of inline content. Block elements met inside it (a p inside a list item, a div inside
     * a span...) are separated by breaks when {@code blockBreaks}, else by spaces.
     */
    private List<Span> inline(List<Node> nodes, boolean bold, boolean italic, boolean blockBreaks) {
        List<Span> spans = new ArrayList<>();
        for (Node n : nodes) {
            collect(n, bold, italic, blockBreaks, spans);
        }
        return spans;
    }

    private void collect(Node n, boolean bold, boolean italic, boolean blockBreaks, List<Span> spans) {
        if (n instanceof TextNode t) {
            String s = clean(t.getWholeText());
            if (!s.isEmpty()) {
                spans.add(new Span(s, bold, italic));
            }
            return;
        }
        if (!(n instanceof Element e)) {
            return;
        }
        String tag = e.normalName();
        if (tag.equals("br")) {
            spans.add(Span.BREAK);
            return;
        }
        if (tag.equals("img")) {
            String alt = clean(e.attr("alt")).strip();
            if (carriesWords(alt)) {
                spans.add(new Span(" " + alt + " ", bold, italic));
            }
            return;
        }
        if (SKIPPED.contains(tag)) {
            return;
        }
        if (tag.equals("sup") && footnoteMark(e, spans)) {
            spans.add(new Span(" [" + Regexes.replaceAll(e.text().strip(), "^\\[|]$", "") + "]", false, false));
            return;
        }
        boolean b = isBold(e, bold);
        boolean i = isItalic(e, italic);
        boolean block = isBlock(e);
        if (block) {
            spans.add(blockBreaks ? Span.BREAK : new Span(" ", false));
        }
        for (Node c : e.childNodes()) {
            collect(c, b, i, blockBreaks, spans);
        }
        if (block) {
            spans.add(blockBreaks ? Span.BREAK : new Span(" ", false));
        }
    }

    /** Alt text that is words, not a file name or a lone generic word. */
    private static boolean carriesWords(String alt) {
        if (alt.length() < 2 || alt.length() > 120 || IMAGE_FILE.matcher(alt).matches() || !Regexes.matches(alt, ".*\\p{L}{2,}.*")) {
            return false;
        }
        String a = alt.toLowerCase(Locale.ROOT);
        return !Set.of("image", "logo", "photo", "icone", "icône", "icon", "illustration", "picto", "banner", "bannière")
                .contains(a);
    }

    /**
     * A sup holding a footnote mark (digits, *, †, a letter) right after a word: not an ordinal ("1er",
     * "2e"), nor the exponent of a unit ("km2").
     */
    private static boolean footnoteMark(Element sup, List<Span> before) {
        String t = sup.text().strip();
        if (t.isEmpty() || !FOOTNOTE_MARK.matcher(t).matches()) {
            return false;
        }
        StringBuilder sb = new StringBuilder();
        for (Span s : before) {
            sb.append(s.isBreak() ? " " : s.text());
        }
        String b = sb.toString();
        if (b.isEmpty()) {
            return false;
        }
        char last = b.charAt(b.length() - 1);
        if (UNIT.matcher(b).find()) {
            return false;
        }
        return Character.isLetter(last) || last == ')' || last == '»' || last == '.';
    }

    private void emit(BlockKind kind, int level, List<Span> spans, Node origin, int indent, int sizeRank) {
        List<Line> lines = lines(spans, line(origin), indent, sizeRank);
        if (lines.isEmpty()) {
            return;
        }
        if (kind != BlockKind.PARAGRAPH) {
            out.add(new Block(kind, level, lines, List.of(), 0, 0, group, role, 0, line(origin) + lineOffset));
            return;
        }
        // A paragraph: a contents line is a block of its own, a line opened by a decorative marker a list item.
        List<Line> run = new ArrayList<>();
        BlockKind runKind = BlockKind.PARAGRAPH;
        for (Line l : lines) {
            boolean contents = ContentsLine.hasLeaders(l.text());
            boolean marked = l.style().marker() != null;
            if (contents || marked) {
                add(runKind, run);
                runKind = BlockKind.PARAGRAPH;
            }
            if (contents) {
                out.add(new Block(BlockKind.PARAGRAPH, 0, List.of(l), List.of(), 0, 0, group,
                        role == Role.BODY ? Role.TOC : role, 0, l.line()));
                continue;
            }
            if (marked) {
                runKind = BlockKind.LIST_ITEM;
            }
            run.add(l);
        }
        add(runKind, run);
    }

    private void add(BlockKind kind, List<Line> run) {
        if (!run.isEmpty()) {
            out.add(new Block(kind, 0, run, List.of(), 0, 0, group, role, 0, run.get(0).line()));
            run.clear();
        }
    }

    /** The lines of spans ({@link Span#BREAK} between lines): spaces collapsed, markers taken off. */
    private List<Line> lines(List<Span> spans, int line, int indent, int sizeRank) {
        List<Line> out = new ArrayList<>();
        List<Span> cur = new ArrayList<>();
        for (Span s : tidy(spans)) {
            if (s.isBreak()) {
                for (List<Span> piece : cut(cur)) {
                    addLine(out, piece, line, indent, sizeRank);
                }
                cur = new ArrayList<>();
            } else {
                cur.add(s);
            }
        }
        for (List<Span> piece : cut(cur)) {
            addLine(out, piece, line, indent, sizeRank);
        }
        return out;
    }

    /**
     * A line longer than {@link Limits#MAX_LINE_CHARS} (no page shows one: a whole text in one paragraph
     * without breaks, or junk) cut into lines of at most that many characters, at a space where there is
     * one past half of it, as a text file's lines are cut; each piece keeps its spans' styles.
     */
    static List<List<Span>> cut(List<Span> spans) {
        int max = Limits.MAX_LINE_CHARS;
        StringBuilder sb = new StringBuilder();
        for (Span s : spans) {
            sb.append(s.text());
        }
        String text = sb.toString();
        if (text.length() <= max) {
            return List.of(spans);
        }
        List<List<Span>> out = new ArrayList<>();
        int from = 0;
        while (text.length() - from > max) {
            int space = text.lastIndexOf(' ', from + max);
            int at = space > from + max / 2 ? space : from + max;
            out.add(Spans.withoutEnd(Spans.withoutStart(spans, from), text.length() - at));
            from = at == space ? at + 1 : at;
        }
        out.add(Spans.withoutStart(spans, from));
        return out;
    }

    private void addLine(List<Line> out, List<Span> spans, int line, int indent, int sizeRank) {
        StringBuilder sb = new StringBuilder();
        for (Span s : spans) {
            sb.append(s.text());
        }
        String text = sb.toString();
        if (text.isBlank()) {
            return;
        }
        Markers.Marked m = Markers.split(text.strip(), true);
        List<Span> body = spans;
        if (m.hasMarker()) {
            int lead = text.length() - text.stripLeading().length();
            body = Spans.withoutStart(spans, lead + text.strip().length() - m.rest().length());
        }
        String marker = m.hasMarker() ? m.marker() : null;
        if (role == Role.QUOTE && marker != null && marker.startsWith(">")) {
            marker = marker.substring(1).strip().isEmpty() ? ">" : marker;
        }
        out.add(new Line(body, new Style(sizeRank, Spans.all(body, true), Spans.all(body, false), indent, marker, false), 0,
                line + lineOffset));
    }

    /** Browsers' default heading sizes against the body text: h1 2em, h2 1.5em, h3 1.17em, h4 1em, h5-h6 smaller. */
    private static int headingRank(int level) {
        return switch (level) {
            case 1 -> 3;
            case 2 -> 2;
            case 3 -> 1;
            case 4 -> 0;
            default -> -1;
        };
    }

    /**
     * Collapses the spaces across spans, drops the spaces at the start and end of each line, the
     * leading, trailing and repeated breaks, and merges the neighbouring spans of the same emphasis.
     * Empty when there is no visible text.
     */
    static List<Span> tidy(List<Span> spans) {
        List<Span> lines = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean curBold = false;
        boolean curItalic = false;
        boolean lastSpace = true; // at the start of a line
        List<Span> lineSpans = new ArrayList<>();
        boolean visible = false;
        for (Span s : spans) {
            if (s.isBreak()) {
                if (cur.length() > 0) {
                    lineSpans.add(new Span(cur.toString(), curBold, curItalic));
                    cur.setLength(0);
                }
                endLine(lineSpans, lines);
                lastSpace = true;
                continue;
            }
            for (int i = 0; i < s.text().length(); i++) {
                char c = s.text().charAt(i);
                boolean space = c == ' ';
                if (space) {
                    if (lastSpace) {
                        continue;
                    }
                    lastSpace = true;
                } else {
                    lastSpace = false;
                    visible = true;
                }
                // A space takes the emphasis of the run it ends.
                boolean b = space ? (cur.length() > 0 ? curBold : s.bold()) : s.bold();
                boolean it = space ? (cur.length() > 0 ? curItalic : s.italic()) : s.italic();
                if (cur.length() > 0 && (b != curBold || it != curItalic)) {
                    lineSpans.add(new Span(cur.toString(), curBold, curItalic));
                    cur.setLength(0);
                }
                if (cur.length() == 0) {
                    curBold = b;
                    curItalic = it;
                }
                cur.append(c);
            }
        }
        if (cur.length() > 0) {
            lineSpans.add(new Span(cur.toString(), curBold, curItalic));
        }
        endLine(lineSpans, lines);
        if (!visible) {
            return List.of();
        }
        List<Span> out = new ArrayList<>();
        for (Span s : lines) {
            if (s.isBreak() && (out.isEmpty() || out.get(out.size() - 1).isBreak())) {
                continue;
            }
            out.add(s);
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isBreak()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    /** Appends a line's spans without its trailing space, then a break. */
    private static void endLine(List<Span> lineSpans, List<Span> lines) {
        while (!lineSpans.isEmpty()) {
            Span last = lineSpans.get(lineSpans.size() - 1);
            String t = last.text().stripTrailing();
            if (t.isEmpty()) {
                lineSpans.remove(lineSpans.size() - 1);
            } else {
                lineSpans.set(lineSpans.size() - 1, new Span(t, last.bold(), last.italic()));
                break;
            }
        }
        lines.addAll(lineSpans);
        lines.add(Span.BREAK);
        lineSpans.clear();
    }

    private static boolean isBlock(Element e) {
        return BLOCK_TAGS.contains(e.normalName());
    }

    /** The boldness inside the element, from itself and its ancestors. */
    static boolean boldAt(Element e) {
        List<Element> chain = new ArrayList<>();
        for (Element a = e; a != null; a = a.parent()) {
            chain.add(a);
        }
        boolean bold = false;
        for (int i = chain.size() - 1; i >= 0; i--) {
            bold = isBold(chain.get(i), bold);
        }
        return bold;
    }

    static boolean italicAt(Element e) {
        boolean italic = false;
        List<Element> chain = new ArrayList<>();
        for (Element a = e; a != null; a = a.parent()) {
            chain.add(a);
        }
        for (int i = chain.size() - 1; i >= 0; i--) {
            italic = isItalic(chain.get(i), italic);
        }
        return italic;
    }

    /** The boldness inside the element, given the boldness around it. */
    static boolean isBold(Element e, boolean inherited) {
        String tag = e.normalName();
        String style = e.attr("style").toLowerCase(Locale.ROOT);
        if (!style.isEmpty()) {
            if (BOLD_STYLE.matcher(style).find()) {
                return true;
            }
            if (NORMAL_STYLE.matcher(style).find()) {
                return false;
            }
        }
        if (tag.equals("b") || tag.equals("strong")) {
            return true;
        }
        String cls = e.className().toLowerCase(Locale.ROOT);
        if (!cls.isEmpty() && BOLD_CLASS.matcher(cls).find()) {
            return true;
        }
        return inherited;
    }

    static boolean isItalic(Element e, boolean inherited) {
        String tag = e.normalName();
        if (tag.equals("i") || tag.equals("em") || tag.equals("cite")) {
            return true;
        }
        String style = e.attr("style").toLowerCase(Locale.ROOT);
        if (!style.isEmpty() && ITALIC_STYLE.matcher(style).find()) {
            return true;
        }
        return inherited;
    }

    private static String clean(String s) {
        return SPACES.matcher(INVISIBLE.matcher(s).replaceAll("")).replaceAll(" ");
    }

    private static int line(Node n) {
        for (Node c = n; c != null; c = c.parentNode()) {
            if (c.sourceRange().isTracked()) {
                return c.sourceRange().start().lineNumber();
            }
        }
        return 0;
    }
}
