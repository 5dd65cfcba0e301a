package fr.palmares.matrix;

import fr.palmares.matrix.Doc.Node;
import fr.palmares.matrix.Doc.Run;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a document as a web page: navigation, main content (one section per page of the document),
 * footer; tables keep their row spans, definition lists are {@code dl}.
 */
final class HtmlWriter {

    byte[] write(Doc doc) {
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(esc(doc.title())).append(" | Les Interconnectés</title>\n")
                .append("<style>body{font-family:sans-serif} .banner{letter-spacing:.4em;font-weight:bold}")
                .append(doc.options().columns() > 1 ? " main{column-count:" + doc.options().columns() + "}" : "")
                .append("</style>\n</head>\n<body>\n")
                .append("<header><a href=\"/\">Les Interconnectés</a>\n<nav><ul><li><a href=\"/forum\">Le forum</a></li>"
                        + "<li><a href=\"/label\">Le label</a></li><li><a href=\"/actualites\">Actualités</a></li>"
                        + "<li><a href=\"/contact\">Contact</a></li></ul></nav></header>\n")
                .append("<main>\n<section>\n");
        for (Node n : doc.nodes()) {
            if (n instanceof Doc.Heading h) {
                sb.append("<h").append(h.level()).append('>').append(esc(h.text()))
                        .append("</h").append(h.level()).append(">\n");
            } else if (n instanceof Doc.Para p) {
                sb.append(p.small() ? "<p class=\"meta\"><small>" : "<p>").append(runs(p.runs()))
                        .append(p.small() ? "</small></p>\n" : "</p>\n");
            } else if (n instanceof Doc.ItemList l) {
                String tag = l.ordered() ? "ol" : "ul";
                sb.append('<').append(tag).append(">\n");
                for (List<Run> item : l.items()) {
                    sb.append("<li>").append(runs(item)).append("</li>\n");
                }
                sb.append("</").append(tag).append(">\n");
            } else if (n instanceof Doc.Table t) {
                table(sb, t);
            } else if (n instanceof Doc.DefList d) {
                sb.append("<dl>\n");
                for (Doc.Definition e : d.entries()) {
                    sb.append("<dt>").append(esc(e.term())).append("</dt>\n<dd>").append(runs(e.description()))
                            .append("</dd>\n");
                }
                sb.append("</dl>\n");
            } else if (n instanceof Doc.PageBreak b) {
                sb.append("</section>\n<section>\n");
            } else if (n instanceof Doc.Rule r) {
                sb.append("<hr>\n");
            } else if (n instanceof Doc.Banner b) {
                sb.append("<p class=\"banner\">").append(esc(Doc.upper(b.text()))).append("</p>\n");
            }
        }
        sb.append("</section>\n</main>\n<footer><p>© Les Interconnectés — <a href=\"/mentions-legales\">Mentions légales</a>"
                + " — <a href=\"/newsletter\">Recevoir la lettre d’information</a></p></footer>\n</body>\n</html>\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void table(StringBuilder sb, Doc.Table t) {
        sb.append("<table>\n");
        if (t.header() != null) {
            sb.append("<thead><tr>");
            t.header().forEach(h -> sb.append("<th>").append(esc(h)).append("</th>"));
            sb.append("</tr></thead>\n");
        }
        sb.append("<tbody>\n");
        for (List<Doc.Cell> row : t.rows()) {
            sb.append("<tr>");
            for (Doc.Cell c : row) {
                if (c.covered()) {
                    continue;
                }
                sb.append(c.rowspan() > 1 ? "<td rowspan=\"" + c.rowspan() + "\">" : "<td>").append(esc(c.text()))
                        .append("</td>");
            }
            sb.append("</tr>\n");
        }
        sb.append("</tbody>\n</table>\n");
    }

    private static String runs(List<Run> runs) {
        StringBuilder sb = new StringBuilder();
        for (Run r : runs) {
            String t = esc(r.text());
            if (r.bold()) {
                t = "<strong>" + t + "</strong>";
            }
            if (r.italic()) {
                t = "<em>" + t + "</em>";
            }
            sb.append(t);
        }
        return sb.toString();
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
