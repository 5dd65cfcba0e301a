package fr.palmares.model;

import java.util.List;

/**
 * One cell of a table row: its lines (a {@code <br>} or a wrapped line inside the cell kept apart),
 * whether it is a header cell, its column in the table's grid (after row and column spans are
 * expanded), and whether it is a copy of a cell spanning from another row or column.
 */
public record Cell(List<Line> lines, boolean header, int col, boolean spanned) {
    public Cell {
        lines = List.copyOf(lines);
    }

    /** The cell's lines joined by "\n". */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (Line l : lines) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(l.text().replace('\t', ' '));
        }
        return sb.toString();
    }

    public boolean isEmpty() {
        return lines.stream().allMatch(l -> l.text().isBlank());
    }
}
