package fr.palmares.load.html;

import fr.palmares.model.Block;
import fr.palmares.model.BlockKind;
import fr.palmares.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns the main content element of a page into blocks: h1-h6 are headings of that level, p (and
 * dt, dd, figcaption, caption) paragraphs, li list items (a nested list gives its own items after
 * its parent's), tr table rows (cells joined by "\t"; a row whose cells hold paragraphs or lists is
 * a layout table and its cells are read as containers), pre a paragraph with its line breaks, and
 * the text directly inside a div, section, blockquote... a paragraph of its own. Inside a block,
 * b / strong and elements with a bold inline style (font-weight bold, bolder, 600-900) or class
 * (bold, gras, fw-bold) give bold spans, br a {@link Span#BREAK}; white space is collapsed, soft
 * hyphens and zero-width characters dropped, non-breaking spaces made plain. Empty elements give no
 * block. The line of a block is the line of its element in the HTML source (0 when unknown).
 */
public final class HtmlBlocks {
    private static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "body",
            "caption", "center", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption",
            "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li",
            "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th",
            "thead", "tr", "ul", "colgroup", "col", "legend", "search");
    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "dt", "dd", "figcaption", "caption", "summary",
            "legend", "address");
    private static final Set<String> SKIPPED = Set.of("img", "hr", "br", "script", "style", "noscript", "template",
            "svg", "canvas", "iframe", "object", "embed", "video", "audio", "input", "select", "textarea", "button",
            "colgroup", "col", "head", "title", "meta", "link", "picture", "source", "track", "map", "area");
    private static final Pattern BOLD_STYLE = Pattern.compile("font-weight\\s*:\\s*(bold|bolder|[6-9]00)\\b");
    private static final Pattern NORMAL_STYLE = Pattern.compile("font-weight\\s*:\\s*(normal|lighter|[1-5]00)\\b");
    private static final Pattern BOLD_CLASS = Pattern.compile("(?:^|\\s)(?:bold|gras|fw-bold|font-weight-bold|text-bold|strong)(?:$|\\s)");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\n\\r\\f\\u000B\\u00A0\\u202F\\u2007\\u2009\\u200A\\u2002-\\u2006\\u2008\\u205F\\u3000]+");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B\\u200C\\u200D\\u2060\\uFEFF]");

    private final List<Block> out = new ArrayList<>();
    private final int lineOffset;

    private HtmlBlocks(int lineOffset) {
        this.lineOffset = lineOffset;
    }

    /** The blocks of the element, in document order. */
    public static List<Block> read(Element root) {
        return read(root, 0);
    }

    /** The blocks of an element parsed from a fragment that starts after {@code lineOffset} lines of its file. */
    public static List<Block> read(Element root, int lineOffset) {
        HtmlBlocks b = new HtmlBlocks(lineOffset);
        b.block(root);
        return b.out;
    }

    private void block(Element e) {
        String tag = e.normalName();
        if (SKIPPED.contains(tag)) {
            return;
        }
        if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6') {
            emit(BlockKind.HEADING, tag.charAt(1) - '0', inline(e.childNodes(), boldAt(e), false), e);
        } else if (PARAGRAPH_TAGS.contains(tag)) {
            container(e, BlockKind.PARAGRAPH);
        } else if (tag.equals("li")) {
            listItem(e);
        } else if (tag.equals("tr")) {
            tableRow(e);
        } else if (tag.equals("pre")) {
            emit(BlockKind.PARAGRAPH, 0, pre(e), e);
        } else {
            container(e, BlockKind.PARAGRAPH);
        }
    }

    /** Inline runs become blocks of the given kind, block children are blocks of their own. */
    private void container(Element e, BlockKind kind) {
        List<Node> pending = new ArrayList<>();
        for (Node n : e.childNodes()) {
            if (n instanceof Element c && isBlock(c)) {
                flush(pending, kind, e);
                block(c);
            } else {
                pending.add(n);
            }
        }
        flush(pending, kind, e);
    }

    private void flush(List<Node> pending, BlockKind kind, Element parent) {
        if (pending.isEmpty()) {
            return;
        }
        Node first = pending.get(0);
        emit(kind, 0, inline(pending, boldAt(parent), false), first);
        pending.clear();
    }

    private void listItem(Element li) {
        List<Span> spans = new ArrayList<>();
        List<Element> nested = new ArrayList<>();
        List<Node> run = new ArrayList<>();
        boolean bold = boldAt(li);
        for (Node n : li.childNodes()) {
            if (n instanceof Element c && (c.normalName().equals("ul") || c.normalName().equals("ol"))) {
                nested.add(c);
            } else if (n instanceof Element c && isBlock(c)) {
                spans.addAll(inline(run, bold, true));
                run.clear();
                spans.add(Span.BREAK);
                spans.addAll(inline(List.of(c), bold, true));
                spans.add(Span.BREAK);
            } else {
                run.add(n);
            }
        }
        spans.addAll(inline(run, bold, true));
        emit(BlockKind.LIST_ITEM, 0, spans, li);
        for (Element list : nested) {
            block(list);
        }
    }

    private void tableRow(Element tr) {
        List<Element> cells = new ArrayList<>();
        for (Element c : tr.children()) {
            if (c.normalName().equals("td") || c.normalName().equals("th")) {
                cells.add(c);
            }
        }
        boolean layout = false;
        for (Element c : cells) {
            if (!c.select("p, div, ul, ol, table, h1, h2, h3, h4, h5, h6, blockquote, pre").isEmpty()) {
                layout = true;
                break;
            }
        }
        if (layout) {
            for (Element c : cells) {
                container(c, BlockKind.PARAGRAPH);
            }
            return;
        }
        List<Span> spans = new ArrayList<>();
        boolean any = false;
        for (int i = 0; i < cells.size(); i++) {
            List<Span> cell = tidy(inline(cells.get(i).childNodes(), boldAt(cells.get(i)), false));
            // One line per cell: breaks inside a cell become spaces.
            List<Span> flat = new ArrayList<>();
            for (Span s : cell) {
                flat.add(s.isBreak() ? new Span(" ", false) : s);
            }
            if (i > 0) {
                spans.add(new Span("\t", false));
            }
            any |= !flat.isEmpty();
            spans.addAll(flat);
        }
        if (any) {
            out.add(new Block(BlockKind.TABLE_ROW, 0, mergeSpans(spans), 0, line(tr) + lineOffset));
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

    /**
     * The spans of inline content. Block elements met inside it (a p inside a list item, a div inside
     * a span...) are separated by breaks when {@code blockBreaks}, else by spaces.
     */
    private List<Span> inline(List<Node> nodes, boolean bold, boolean blockBreaks) {
        List<Span> spans = new ArrayList<>();
        for (Node n : nodes) {
            collect(n, bold, blockBreaks, spans);
        }
        return spans;
    }

    private void collect(Node n, boolean bold, boolean blockBreaks, List<Span> spans) {
        if (n instanceof TextNode t) {
            String s = clean(t.getWholeText());
            if (!s.isEmpty()) {
                spans.add(new Span(s, bold));
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
        if (SKIPPED.contains(tag)) {
            return;
        }
        boolean b = isBold(e, bold);
        boolean block = isBlock(e);
        if (block) {
            spans.add(blockBreaks ? Span.BREAK : new Span(" ", false));
        }
        for (Node c : e.childNodes()) {
            collect(c, b, blockBreaks, spans);
        }
        if (block) {
            spans.add(blockBreaks ? Span.BREAK : new Span(" ", false));
        }
    }

    private void emit(BlockKind kind, int level, List<Span> spans, Node origin) {
        List<Span> tidy = tidy(spans);
        if (!tidy.isEmpty()) {
            out.add(new Block(kind, level, tidy, 0, line(origin) + lineOffset));
        }
    }

    /**
     * Collapses the spaces across spans, drops the spaces at the start and end of the block and around
     * breaks, the leading, trailing and repeated breaks, and merges the neighbouring spans of the same
     * boldness. Empty when there is no visible text.
     */
    static List<Span> tidy(List<Span> spans) {
        List<Span> lines = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean curBold = false;
        boolean lastSpace = true; // at the start of a line
        List<Span> lineSpans = new ArrayList<>();
        boolean visible = false;
        for (Span s : spans) {
            if (s.isBreak()) {
                if (cur.length() > 0) {
                    lineSpans.add(new Span(cur.toString(), curBold));
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
                // A space takes the boldness of the run it ends.
                boolean b = space ? (cur.length() > 0 ? curBold : s.bold()) : s.bold();
                if (cur.length() > 0 && b != curBold) {
                    lineSpans.add(new Span(cur.toString(), curBold));
                    cur.setLength(0);
                }
                if (cur.length() == 0) {
                    curBold = b;
                }
                cur.append(c);
            }
        }
        if (cur.length() > 0) {
            lineSpans.add(new Span(cur.toString(), curBold));
        }
        endLine(lineSpans, lines);
        if (!visible) {
            return List.of();
        }
        // Trailing and doubled breaks.
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
                lineSpans.set(lineSpans.size() - 1, new Span(t, last.bold()));
                break;
            }
        }
        lines.addAll(lineSpans);
        lines.add(Span.BREAK);
        lineSpans.clear();
    }

    private static List<Span> mergeSpans(List<Span> spans) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            if (!out.isEmpty()) {
                Span last = out.get(out.size() - 1);
                if (!last.isBreak() && !s.isBreak() && last.bold() == s.bold()) {
                    out.set(out.size() - 1, new Span(last.text() + s.text(), s.bold()));
                    continue;
                }
            }
            out.add(s);
        }
        return out;
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
