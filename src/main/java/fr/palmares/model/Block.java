package fr.palmares.model;

import java.util.ArrayList;
import java.util.List;

/**
 * One block of the common document model, whatever the format it was read from: a heading (with its
 * level), a paragraph, a list item (level = nesting depth, 0 at the top) or a table row. A block holds
 * its lines in reading order; a table row also holds its cells.
 *
 * @param table the table's number in the document (1, 2...) for a table row, 0 otherwise
 * @param row   the row's index in its table (0 for the first row), 0 otherwise
 * @param group the number of the card the block belongs to (an HTML card, a record on its own page),
 *              0 when the loader knows of none; blocks of one card share it
 * @param role  what the loader knows the block is for (quotation, caption, table of contents...)
 * @param page  the 1-based PDF page of its first line (0 when the format has no pages)
 * @param line  the 1-based line of origin in the source file (0 when unknown)
 */
public record Block(BlockKind kind, int level, List<Line> lines, List<Cell> cells, int table, int row, int group,
        Role role, int page, int line) {

    public Block {
        lines = List.copyOf(lines);
        cells = List.copyOf(cells);
        role = role == null ? Role.BODY : role;
    }

    /**
     * A block from the spans a loader collected: {@link Span#BREAK} separates lines; in a table row a
     * "\t" separates cells (each cell one line).
     */
    public Block(BlockKind kind, int level, List<Span> spans, int page, int line) {
        this(kind, level, linesOf(spans, page, line), kind == BlockKind.TABLE_ROW ? cellsOf(spans, page, line)
                : List.of(), 0, 0, 0, Role.BODY, page, line);
    }

    /** A table row of cells. */
    public static Block row(List<Cell> cells, int table, int row, int group, int page, int line) {
        List<Line> lines = new ArrayList<>();
        for (Cell c : cells) {
            lines.addAll(c.lines());
        }
        return new Block(BlockKind.TABLE_ROW, 0, lines, cells, table, row, group, Role.BODY, page, line);
    }

    public Block withGroup(int g) {
        return new Block(kind, level, lines, cells, table, row, g, role, page, line);
    }

    public Block withRole(Role r) {
        return new Block(kind, level, lines, cells, table, row, group, r, page, line);
    }

    private static List<Line> linesOf(List<Span> spans, int page, int line) {
        List<Line> out = new ArrayList<>();
        List<Span> cur = new ArrayList<>();
        for (Span s : spans) {
            if (s.isBreak()) {
                addLine(out, cur, page, line);
                cur = new ArrayList<>();
            } else {
                cur.add(s);
            }
        }
        addLine(out, cur, page, line);
        return out;
    }

    private static void addLine(List<Line> out, List<Span> spans, int page, int line) {
        Line l = new Line(spans, Style.PLAIN, page, line);
        if (!l.text().isBlank()) {
            out.add(l);
        }
    }

    private static List<Cell> cellsOf(List<Span> spans, int page, int line) {
        List<Cell> cells = new ArrayList<>();
        List<Span> cur = new ArrayList<>();
        for (Span s : spans) {
            String t = s.text();
            int tab;
            while ((tab = t.indexOf('\t')) >= 0) {
                if (tab > 0) {
                    cur.add(new Span(t.substring(0, tab), s.bold(), s.italic()));
                }
                cells.add(new Cell(linesOf(cur, page, line), false, cells.size(), false));
                cur = new ArrayList<>();
                t = t.substring(tab + 1);
            }
            if (!t.isEmpty()) {
                cur.add(new Span(t, s.bold(), s.italic()));
            }
        }
        cells.add(new Cell(linesOf(cur, page, line), false, cells.size(), false));
        return cells;
    }

    /** The spans of the block, lines separated by {@link Span#BREAK}, cells of a row by "\t". */
    public List<Span> spans() {
        List<Span> out = new ArrayList<>();
        if (kind == BlockKind.TABLE_ROW && !cells.isEmpty()) {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    out.add(new Span("\t", false));
                }
                List<Line> ls = cells.get(i).lines();
                for (int j = 0; j < ls.size(); j++) {
                    if (j > 0) {
                        out.add(new Span(" ", false));
                    }
                    out.addAll(ls.get(j).spans());
                }
            }
            return out;
        }
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                out.add(Span.BREAK);
            }
            out.addAll(lines.get(i).spans());
        }
        return out;
    }

    /** The block's text: lines joined by "\n"; for a table row, cells joined by "\t" (each on one line). */
    public String text() {
        if (kind == BlockKind.TABLE_ROW && !cells.isEmpty()) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    sb.append('\t');
                }
                sb.append(Text.collapse(cells.get(i).text().replace('\n', ' ')));
            }
            return sb.toString().strip();
        }
        StringBuilder sb = new StringBuilder();
        for (Line l : lines) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(l.text());
        }
        return sb.toString();
    }

    /** The text of each line, trimmed, empty ones dropped. */
    public List<String> lineTexts() {
        List<String> out = new ArrayList<>();
        for (String l : text().split("\n")) {
            if (!l.isBlank()) {
                out.add(l.strip());
            }
        }
        return out;
    }

    /** The text of the bold runs, runs of adjacent bold spans joined (across lines); one entry per run. */
    public List<String> boldRuns() {
        List<String> runs = new ArrayList<>();
        StringBuilder cur = null;
        for (Span s : spans()) {
            if (s.bold() && !s.isBreak()) {
                if (cur == null) {
                    cur = new StringBuilder();
                }
                cur.append(s.text());
            } else if (s.isBreak() && cur != null) {
                cur.append(' ');
            } else if (cur != null) {
                if (!cur.toString().isBlank()) {
                    runs.add(Text.collapse(cur.toString()));
                }
                cur = null;
            }
        }
        if (cur != null && !cur.toString().isBlank()) {
            runs.add(Text.collapse(cur.toString()));
        }
        return runs;
    }

    /** True when all the visible text of the block is bold. */
    public boolean allBold() {
        boolean any = false;
        for (Line l : lines) {
            if (l.text().isBlank()) {
                continue;
            }
            if (!l.allBold()) {
                return false;
            }
            any = true;
        }
        return any;
    }

    public boolean isHeading() {
        return kind == BlockKind.HEADING;
    }

    public boolean isListItem() {
        return kind == BlockKind.LIST_ITEM;
    }

    /** Where the block comes from, for provenance: page for paged formats, else line. */
    public String where() {
        return page > 0 ? "p." + page : "l." + line;
    }

    @Override
    public String toString() {
        return kind + (kind == BlockKind.HEADING ? String.valueOf(level) : "") + "@" + where() + ": " + text();
    }
}
