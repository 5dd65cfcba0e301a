package fr.palmares.load;

import fr.palmares.model.Block;
import fr.palmares.model.Cell;
import fr.palmares.model.Line;
import fr.palmares.model.Role;
import fr.palmares.model.SourceDocument;
import fr.palmares.model.Span;
import fr.palmares.model.Style;
import java.util.ArrayList;
import java.util.List;

/**
 * The document model as text, for debugging loaders ({@code palmares extract --dump-blocks}): per
 * block its index, kind and level, origin, table / row / group / role when set; then each line with
 * its style and its text (bold runs in {@code **}, italic in {@code _}, gaps as " ⇥ "); a table row
 * lists its cells (column, header, spanned copy) with their lines.
 */
public final class ModelDump {
    private ModelDump() {
    }

    public static String format(SourceDocument doc) {
        StringBuilder sb = new StringBuilder();
        sb.append("== ").append(doc.file()).append(" (").append(doc.format()).append(", ").append(doc.blocks().size())
                .append(" blocks)\n");
        for (String w : doc.warnings()) {
            sb.append("warning: ").append(w).append('\n');
        }
        List<Block> blocks = doc.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            block(sb, i, blocks.get(i));
        }
        return sb.toString();
    }

    private static void block(StringBuilder sb, int index, Block b) {
        String kind = switch (b.kind()) {
            case HEADING -> "H" + b.level();
            case PARAGRAPH -> "P";
            case LIST_ITEM -> "LI" + b.level();
            case TABLE_ROW -> "TR";
        };
        sb.append(String.format("%4d %-4s %s", index, kind, b.where()));
        if (b.table() > 0) {
            sb.append(" table ").append(b.table()).append(" row ").append(b.row());
        }
        if (b.group() > 0) {
            sb.append(" group ").append(b.group());
        }
        if (b.role() != Role.BODY) {
            sb.append(' ').append(b.role());
        }
        sb.append('\n');
        if (!b.cells().isEmpty()) {
            for (Cell c : b.cells()) {
                sb.append("       cell ").append(c.col()).append(c.header() ? " header" : "").append(c.spanned() ? " spanned" : "")
                        .append('\n');
                for (Line l : c.lines()) {
                    line(sb, "         ", l);
                }
            }
            return;
        }
        for (Line l : b.lines()) {
            line(sb, "       ", l);
        }
    }

    private static void line(StringBuilder sb, String indent, Line l) {
        sb.append(indent).append('|').append(l.where()).append(' ');
        List<String> style = new ArrayList<>();
        Style s = l.style();
        if (s.sizeRank() != 0) {
            style.add("rank " + s.sizeRank());
        }
        if (s.bold()) {
            style.add("bold");
        }
        if (s.italic()) {
            style.add("italic");
        }
        if (s.indent() != 0) {
            style.add("indent " + s.indent());
        }
        if (s.marker() != null) {
            style.add("marker \"" + s.marker() + "\"");
        }
        if (s.letterSpaced()) {
            style.add("letter-spaced");
        }
        if (!style.isEmpty()) {
            sb.append('[').append(String.join(", ", style)).append("] ");
        }
        StringBuilder text = new StringBuilder();
        for (Span sp : l.spans()) {
            String t = sp.text();
            if (t.isBlank()) {
                text.append(t);
                continue;
            }
            String mark = sp.bold() && !s.bold() ? "**" : "";
            String it = sp.italic() && !s.italic() ? "_" : "";
            text.append(mark).append(it).append(t).append(it).append(mark);
        }
        sb.append(fr.palmares.model.Text.collapseLines(text.toString()).replace("\t", " ⇥ ")).append('\n');
    }
}
