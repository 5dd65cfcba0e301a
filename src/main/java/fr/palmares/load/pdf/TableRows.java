package fr.palmares.load.pdf;

import fr.palmares.model.Block;
import fr.palmares.model.Cell;
import fr.palmares.model.Span;
import fr.palmares.model.Style;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a table found on a page ({@link TableDetector}) as table-row blocks of cells, and a table
 * that goes on over a page break: the table read last ({@link OpenTable}), the rest of a row cut by the
 * break joined to it ({@link #joined}).
 */
final class TableRows {
    private TableRows() {
    }

    /** The last table read: its number, last page, columns, where its rows end among the builders, its header. */
    record OpenTable(int number, int page, int columns, int end, List<String> header, int rows) {
        OpenTable withHeader(List<String> h) {
            return new OpenTable(number, page, columns, end, h, rows);
        }

        OpenTable withRows(int n) {
            return new OpenTable(number, page, columns, end, header, n);
        }

        OpenTable at(int p, int e) {
            return new OpenTable(number, p, columns, e, header, rows);
        }
    }

    static List<String> texts(Block row) {
        return row.cells().stream().map(Cell::text).toList();
    }

    /** A row and the rest of it on the next page: each cell's lines, then the lines of its continuation. */
    static Block joined(Block row, Block rest) {
        List<Cell> cells = new ArrayList<>();
        for (int k = 0; k < Math.max(row.cells().size(), rest.cells().size()); k++) {
            List<fr.palmares.model.Line> lines = new ArrayList<>();
            Cell a = k < row.cells().size() ? row.cells().get(k) : null;
            Cell b = k < rest.cells().size() ? rest.cells().get(k) : null;
            if (a != null) {
                lines.addAll(a.lines());
            }
            if (b != null) {
                lines.addAll(b.lines());
            }
            cells.add(new Cell(lines, a != null && a.header(), k, false));
        }
        return Block.row(cells, row.table(), row.row(), row.group(), row.page(), row.line());
    }

    /** The right edge of each column of a table: the furthest line end of its cells. */
    static float[] columnRights(List<List<List<Line>>> rows) {
        int n = rows.stream().mapToInt(List::size).max().orElse(0);
        float[] rights = new float[n];
        java.util.Arrays.fill(rights, -Float.MAX_VALUE);
        for (List<List<Line>> row : rows) {
            for (int k = 0; k < row.size(); k++) {
                for (Line l : row.get(k)) {
                    rights[k] = Math.max(rights[k], l.x1);
                }
            }
        }
        return rights;
    }

    /**
     * A table row: its cells in column order. As in paragraphs, a cell's lines are its hard breaks: a
     * visual line is wrapped (joined to the next with a space) when the next line's first word would
     * not have fitted at its end within the column, and a word broken at a soft hyphen is joined; a
     * line that stops short of the column edge though the next word would fit was ended on purpose and
     * stays a line of its own. A row is a header when it is the first of its table and all bold.
     */
    static Block row(int page, List<List<Line>> cells, int table, int row, float[] rights) {
        List<Cell> out = new ArrayList<>();
        boolean any = false;
        boolean allBold = true;
        for (int k = 0; k < cells.size(); k++) {
            List<fr.palmares.model.Line> lines = new ArrayList<>();
            List<Span> cur = new ArrayList<>();
            Line first = null;
            List<Line> ls = cells.get(k);
            for (int i = 0; i < ls.size(); i++) {
                Line ln = ls.get(i);
                if (first == null) {
                    first = ln;
                }
                String t = ln.text.strip();
                int from = ln.text.indexOf(t);
                boolean joinNext = ln.discretionaryHyphen && i + 1 < ls.size() && !t.isEmpty() && PdfText.isHyphen(t.charAt(t.length() - 1));
                boolean wrapped = !joinNext && i + 1 < ls.size()
                        && rights[k] - ln.x1 < ls.get(i + 1).firstWordWidth + 0.5f * ln.size;
                int end = joinNext ? t.length() - 1 : t.length();
                for (int c = 0; c < end; c++) {
                    char ch = t.charAt(c);
                    String piece = String.valueOf(ch == '\u2010' || ch == '\u2011' ? '-' : ch);
                    boolean b = ln.bold[from + c];
                    if (!cur.isEmpty() && cur.get(cur.size() - 1).bold() == b) {
                        Span last = cur.remove(cur.size() - 1);
                        cur.add(new Span(last.text() + piece, b));
                    } else {
                        cur.add(new Span(piece, b));
                    }
                    any = true;
                }
                allBold &= ln.allBold() || t.isEmpty();
                if (wrapped) {
                    cur.add(new Span(" ", ln.allBold() && ls.get(i + 1).firstCharBold()));
                } else if (!joinNext) {
                    if (!cur.isEmpty()) {
                        lines.add(new fr.palmares.model.Line(cur, new Style(0, allBold(cur), ln.allItalic(), 0, null, ln.letterSpaced),
                                page, 0));
                    }
                    cur = new ArrayList<>();
                    first = null;
                }
            }
            out.add(new Cell(lines, false, k, false));
        }
        if (!any) {
            return null;
        }
        if (row == 0 && allBold) {
            List<Cell> headers = new ArrayList<>();
            for (Cell c : out) {
                headers.add(new Cell(c.lines(), true, c.col(), false));
            }
            out = headers;
        }
        return Block.row(out, table, row, 0, page, 0);
    }

    /** All the visible text of the spans is bold. */
    static boolean allBold(List<Span> spans) {
        boolean any = false;
        for (Span s : spans) {
            if (s.text().isBlank()) {
                continue;
            }
            if (!s.bold()) {
                return false;
            }
            any = true;
        }
        return any;
    }
}
