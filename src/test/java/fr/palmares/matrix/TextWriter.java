package fr.palmares.matrix;

import fr.palmares.matrix.Doc.Node;
import fr.palmares.matrix.Doc.Run;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a document as plain text the way text exports look: paragraphs wrapped at 78 columns, headings
 * underlined, tables as space-aligned columns, a form feed between pages.
 */
final class TextWriter {
    static final int WIDTH = 78;

    byte[] write(Doc doc) {
        StringBuilder sb = new StringBuilder();
        String bullet = doc.options().shapeBullets() ? "■ " : "• ";
        for (Node n : doc.nodes()) {
            if (n instanceof Doc.Heading h) {
                sb.append(h.text()).append('\n');
                if (h.level() <= 2) {
                    sb.append((h.level() == 1 ? "=" : "-").repeat(h.text().length())).append('\n');
                }
                sb.append('\n');
            } else if (n instanceof Doc.Para p) {
                wrap(sb, Run.text(p.runs()), "", "");
            } else if (n instanceof Doc.ItemList l) {
                int i = 1;
                for (List<Run> item : l.items()) {
                    String mark = l.ordered() ? (i++) + ". " : bullet;
                    wrapLines(sb, Run.text(item), mark, " ".repeat(mark.length()));
                }
                sb.append('\n');
            } else if (n instanceof Doc.Table t) {
                table(sb, t);
            } else if (n instanceof Doc.DefList d) {
                for (Doc.Definition e : d.entries()) {
                    sb.append(e.term()).append('\n');
                    wrap(sb, Run.text(e.description()), "    ", "    ");
                }
            } else if (n instanceof Doc.PageBreak b) {
                sb.append("\f\n");
            } else if (n instanceof Doc.Rule r) {
                sb.append("-".repeat(40)).append("\n\n");
            } else if (n instanceof Doc.Banner b) {
                sb.append(spaced(b.text())).append("\n\n");
            }
        }
        return (sb.toString().strip() + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** "Label d’or" -> "L A B E L   D ’ O R" (capitals, one space between letters, three between words). */
    static String spaced(String text) {
        List<String> words = new ArrayList<>();
        for (String w : Doc.upper(text).split(" ")) {
            words.add(String.join(" ", w.codePoints().mapToObj(Character::toString).toList()));
        }
        return String.join("   ", words);
    }

    private static void wrap(StringBuilder sb, String text, String first, String rest) {
        wrapLines(sb, text, first, rest);
        sb.append('\n');
    }

    private static void wrapLines(StringBuilder sb, String text, String first, String rest) {
        StringBuilder line = new StringBuilder(first);
        int start = first.length();
        for (String word : text.split(" ")) {
            if (line.length() > start && line.length() + 1 + word.length() > WIDTH) {
                sb.append(line).append('\n');
                line = new StringBuilder(rest);
                start = rest.length();
            }
            if (line.length() > start) {
                line.append(' ');
            }
            line.append(word);
        }
        sb.append(line).append('\n');
    }

    private static void table(StringBuilder sb, Doc.Table t) {
        List<List<String>> rows = new ArrayList<>(t.spread());
        if (t.header() != null) {
            rows.add(0, t.header());
        }
        int cols = rows.get(0).size();
        int[] w = new int[cols];
        for (List<String> r : rows) {
            for (int i = 0; i < cols; i++) {
                w[i] = Math.max(w[i], r.get(i).length());
            }
        }
        for (int k = 0; k < rows.size(); k++) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < cols; i++) {
                String c = rows.get(k).get(i);
                line.append(c);
                if (i < cols - 1) {
                    line.append(" ".repeat(w[i] - c.length() + 3));
                }
            }
            sb.append(line.toString().stripTrailing()).append('\n');
            if (k == 0 && t.header() != null) {
                int total = 0;
                for (int x : w) {
                    total += x + 3;
                }
                sb.append("-".repeat(total - 3)).append('\n');
            }
        }
        sb.append('\n');
    }
}
