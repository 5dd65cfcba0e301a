package fr.palmares.matrix;

import fr.palmares.matrix.Doc.Node;
import fr.palmares.matrix.Doc.Run;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Writes a document as CommonMark with GFM pipe tables (definition lists in the pandoc way). */
final class MarkdownWriter {

    byte[] write(Doc doc) {
        StringBuilder sb = new StringBuilder();
        for (Node n : doc.nodes()) {
            if (n instanceof Doc.Heading h) {
                sb.append("#".repeat(h.level())).append(' ').append(h.text()).append("\n\n");
            } else if (n instanceof Doc.Para p) {
                sb.append(runs(p.runs())).append("\n\n");
            } else if (n instanceof Doc.ItemList l) {
                int i = 1;
                for (List<Run> item : l.items()) {
                    sb.append(l.ordered() ? (i++) + ". " : "- ").append(runs(item)).append('\n');
                }
                sb.append('\n');
            } else if (n instanceof Doc.Table t) {
                table(sb, t);
            } else if (n instanceof Doc.DefList d) {
                for (Doc.Definition e : d.entries()) {
                    sb.append(e.term()).append("\n:   ").append(runs(e.description())).append("\n\n");
                }
            } else if (n instanceof Doc.PageBreak b) {
                sb.append("---\n\n");
            } else if (n instanceof Doc.Rule r) {
                sb.append("* * *\n\n");
            } else if (n instanceof Doc.Banner b) {
                sb.append("**").append(TextWriter.spaced(b.text())).append("**\n\n");
            }
        }
        return (sb.toString().strip() + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static void table(StringBuilder sb, Doc.Table t) {
        List<List<String>> rows = t.spread();
        int cols = rows.get(0).size();
        List<String> header = t.header() == null ? java.util.Collections.nCopies(cols, " ") : t.header();
        row(sb, header);
        sb.append("|").append(" --- |".repeat(cols)).append('\n');
        rows.forEach(r -> row(sb, r));
        sb.append('\n');
    }

    private static void row(StringBuilder sb, List<String> cells) {
        sb.append('|');
        for (String c : cells) {
            sb.append(' ').append(c.replace("|", "\\|")).append(" |");
        }
        sb.append('\n');
    }

    static String runs(List<Run> runs) {
        StringBuilder sb = new StringBuilder();
        for (Run r : runs) {
            String t = r.text();
            String lead = t.substring(0, t.length() - t.stripLeading().length());
            String trail = t.substring(t.stripTrailing().length());
            String core = t.strip();
            if (core.isEmpty() || (!r.bold() && !r.italic())) {
                sb.append(t);
                continue;
            }
            String mark = r.bold() && r.italic() ? "***" : r.bold() ? "**" : "*";
            sb.append(lead).append(mark).append(core).append(mark).append(trail);
        }
        return sb.toString();
    }
}
