package fr.palmares.load.html;

import fr.palmares.model.Regexes;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the main content of a web page and strips what is around and inside it that is not content.
 *
 * <ol>
 * <li>Never content: script, style, noscript, iframe, template, svg, canvas, form and its controls,
 * nav, aside, elements hidden by the hidden attribute, aria-hidden or an inline display:none,
 * ARIA landmarks for navigation, banner, site info, search and complementary content.</li>
 * <li>{@code footer}, and a {@code header} that is the page's banner: one outside any article, section
 * or main content (HTML's rule for the banner role). A header inside them holds their title: the page's
 * heading with its edition, a section's category. A form holding most of the page (ASP.NET) stays.</li>
 * <li>Boilerplate by class or id: a word (between -, _ or spaces, or as a prefix: "sharebar") among
 * pub, ad(s), advert*, sponsor*, promo*, cookie*, consent*, gdpr, rgpd, newsletter*, related*,
 * share*, social*, breadcrumb*, menu*, sidebar*, comment*, outbrain, taboola. An element holding
 * more than 40% of the page's text, or an article / main, is never removed this way.</li>
 * <li>"Related" boxes: the smallest container (div, section, aside, nav, ul) that starts with a title
 * such as "À lire aussi", "Lire aussi", "Voir aussi", "Sur le même sujet", "Articles liés", "Les
 * plus lus", "Dans la même rubrique"...; when the title is not in such a box, the title and the
 * lists and short lines that do not end like sentences (titles of linked articles) after it.</li>
 * <li>The main content: the {@code article} with the most text (when it has a fair share of the
 * page's text), else {@code main} or {@code [role=main]}, else the densest text container: every
 * paragraph-like element gives its text length to its parent and half of it to its grandparent,
 * scaled down by the share of link text; the best container wins.</li>
 * </ol>
 */
public final class MainContent {
    private static final Set<String> NEVER = Set.of("script", "style", "noscript", "iframe", "template", "svg",
            "canvas", "form", "button", "input", "select", "textarea", "nav", "aside", "object", "embed", "video",
            "audio", "map", "dialog", "link", "meta");
    private static final Set<String> LANDMARKS = Set.of("navigation", "banner", "contentinfo", "search",
            "complementary", "dialog", "alertdialog");
    private static final Pattern BOILERPLATE_WORD = Pattern.compile(
            "(?:^|[-_\\s])(?:pub|pubs|publicite|ads?|advert\\w*|sponsor\\w*|promo\\w*|cookies?\\w*|consent\\w*|gdpr|rgpd"
                    + "|newsletter\\w*|related\\w*|share\\w*|sharing|social\\w*|breadcrumbs?\\w*|menu\\w*|sidebar\\w*"
                    + "|comments?\\w*|commentaires?|outbrain|taboola|partage\\w*|fil-?ariane)(?:$|[-_\\s\\d])");
    private static final Pattern RELATED_TITLE = Pattern.compile(
            "^(?:a lire (?:aussi|egalement)|lire aussi|voir aussi|a voir aussi|sur le meme (?:sujet|theme)"
                    + "|dans la meme rubrique|articles? (?:lies|similaires|associes|recommandes)|les plus lus"
                    + "|a decouvrir (?:aussi|egalement)|vous aimerez aussi|pour aller plus loin"
                    + "|nos autres articles|derniers articles|en lien avec cet article|related (?:posts|articles)"
                    + "|see also|read also|read more)\\s*:?$");
    private static final Pattern PANEL_WORD = Pattern.compile(
            "(?:^|[-_\\s])(?:tab|tabs|tab-pane|tabpanel|panel|pane|onglet\\w*|accordion\\w*|collapse|collapsible|details)(?:$|[-_\\s\\d])");
    /** Where a header is the heading of its section, not the page's banner. */
    private static final String SECTIONING = "article, section, main, [role=main], [role=article], [role=region]";
    private static final Set<String> PARAGRAPHS = Set.of("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th",
            "pre", "blockquote", "dd", "dt", "figcaption");

    private MainContent() {
    }

    /** Cleans the document and returns the element holding its main content. */
    public static Element find(Document doc) {
        Element body = doc.body();
        if (body == null) {
            return doc;
        }
        removeNever(body, body.text().length());
        int pageText = body.text().length();
        removeBoilerplate(body, pageText);
        removeRelated(body);
        return chooseMain(body, body.text().length());
    }

    private static void removeNever(Element body, int pageText) {
        List<Element> doomed = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            String tag = e.normalName();
            if (tag.equals("form") && e.text().length() > 0.4 * pageText) {
                continue; // ASP.NET and the like wrap the whole page in a form
            }
            boolean hidden = e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden")) || hiddenByStyle(e);
            if (NEVER.contains(tag)
                    || tag.equals("header") && e.parent() != null && e.parent().closest(SECTIONING) == null
                    || tag.equals("footer")
                    || hidden && !isPanel(e)
                    || LANDMARKS.contains(e.attr("role").toLowerCase(Locale.ROOT))) {
                doomed.add(e);
            }
        }
        for (Element e : doomed) {
            e.remove();
        }
    }

    /**
     * A tab panel or a folded accordion section: hidden until the reader clicks, but content (the
     * laureates of the other tabs).
     */
    static boolean isPanel(Element e) {
        if ("tabpanel".equalsIgnoreCase(e.attr("role"))) {
            return true;
        }
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        return PANEL_WORD.matcher(names).find() && !e.text().isBlank();
    }

    private static boolean hiddenByStyle(Element e) {
        String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        return style.contains("display:none") || style.contains("visibility:hidden");
    }

    static boolean isBoilerplateName(String classOrId) {
        String s = classOrId.toLowerCase(Locale.ROOT);
        return !s.isBlank() && BOILERPLATE_WORD.matcher(s).find();
    }

    private static void removeBoilerplate(Element body, int pageText) {
        List<Element> doomed = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e == body || !(isBoilerplateName(e.className()) || isBoilerplateName(e.id()))) {
                continue;
            }
            if (e.is("article, main, [role=main]") || !e.select("article, main, [role=main]").isEmpty()) {
                continue;
            }
            if (e.text().length() <= 0.4 * pageText || pageText == 0) {
                doomed.add(e);
            }
        }
        for (Element e : doomed) {
            if (e.parent() != null) {
                e.remove();
            }
        }
    }

    private static void removeRelated(Element body) {
        List<Element> titles = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e.children().isEmpty() || e.children().size() == 1 && e.child(0).text().equals(e.text())) {
                String t = fold(e.text());
                if (!t.isEmpty() && t.length() < 60 && RELATED_TITLE.matcher(t).matches()) {
                    titles.add(e);
                }
            }
        }
        for (Element title : titles) {
            if (title.parent() == null || !isAncestorOf(body, title)) {
                continue;
            }
            String text = title.text();
            Element box = null;
            for (Element c = title.parent(); c != null && c != body; c = c.parent()) {
                String tag = c.normalName();
                if (!(tag.equals("div") || tag.equals("section") || tag.equals("aside") || tag.equals("nav")
                        || tag.equals("ul") || tag.equals("ol"))) {
                    continue;
                }
                if (c.text().startsWith(text) && c.text().length() <= 2000 && c.select("article, main, [role=main]").isEmpty()) {
                    box = c;
                }
                break;
            }
            if (box != null) {
                box.remove();
            } else {
                // No box: the title, then the lists and short link-like lines that follow it.
                Element at = title;
                while (at.parent() != null && at.parent() != body && at.parent().children().size() == 1) {
                    at = at.parent(); // <p><strong>À lire aussi</strong></p>
                }
                Element next = at.nextElementSibling();
                for (int i = 0; i < 8 && next != null; i++) {
                    Element after = next.nextElementSibling();
                    if (!isRelatedItem(next)) {
                        break;
                    }
                    next.remove();
                    next = after;
                }
                at.remove();
            }
        }
    }

    /** A list, or a short line that does not end like a sentence (the title of a linked article). */
    private static boolean isRelatedItem(Element e) {
        String tag = e.normalName();
        if (tag.equals("ul") || tag.equals("ol")) {
            return true;
        }
        if (!(tag.equals("p") || tag.equals("div") || tag.equals("li") || tag.equals("a"))) {
            return false;
        }
        String t = e.text().strip();
        if (t.isEmpty() || t.length() > 150) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        return ".!?:;".indexOf(last) < 0 || !e.select("a").isEmpty() && e.select("a").text().length() > 0.8 * t.length();
    }

    private static Element chooseMain(Element body, int pageText) {
        Element bestArticle = null;
        int bestLen = -1;
        for (Element a : body.select("article")) {
            int len = a.text().length();
            if (len > bestLen) {
                bestArticle = a;
                bestLen = len;
            }
        }
        if (bestArticle != null) {
            // Cards grouped in sections (one section per category): the content is what holds them all.
            Element common = commonCards(body, bestLen, pageText);
            if (common != null) {
                return common;
            }
            // Articles side by side (one per laureate, a card each): the content is their container.
            Element parent = bestArticle.parent();
            int together = 0;
            int siblings = 0;
            if (parent != null) {
                for (Element c : parent.children()) {
                    if (c.normalName().equals("article")) {
                        siblings++;
                        together += c.text().length();
                    }
                }
            }
            if (siblings >= 2 && together >= 200 && together >= 0.25 * pageText && parent != body) {
                return parent;
            }
            if (siblings >= 2 && together >= 0.25 * pageText) {
                return body;
            }
        }
        if (bestArticle != null && bestLen >= 200 && bestLen >= 0.25 * pageText) {
            return bestArticle;
        }
        for (Element m : body.select("main, [role=main]")) {
            if (m.text().length() >= 0.25 * pageText) {
                return m;
            }
        }
        return densest(body);
    }

    /**
     * The closest element holding every article of the page, when there are several, none holds most
     * of their text and together they are a fair share of the page; else null.
     */
    private static Element commonCards(Element body, int bestLen, int pageText) {
        var articles = body.select("article");
        int together = 0;
        for (Element a : articles) {
            if (a.parents().stream().noneMatch(p -> p.normalName().equals("article"))) {
                together += a.text().length();
            }
        }
        if (articles.size() < 3 || together < 0.25 * pageText || bestLen > 0.6 * together) {
            return null;
        }
        for (Element common = articles.first().parent(); common != null; common = common.parent()) {
            Element c = common;
            if (c == body || articles.stream().allMatch(a -> a.parents().contains(c))) {
                return c;
            }
        }
        return body;
    }

    /** The container whose paragraphs hold the most text (Readability's scoring, simplified). */
    static Element densest(Element body) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element e : body.getAllElements()) {
            String tag = e.normalName();
            boolean paragraph = PARAGRAPHS.contains(tag) || (tag.equals("div") && hasOwnText(e));
            if ((tag.equals("td") || tag.equals("th")) && !e.select("p, div, ul, ol, table, h1, h2, h3, h4, h5, h6").isEmpty()) {
                paragraph = false; // a cell of a layout table is a container
            }
            if (!paragraph) {
                continue;
            }
            int len = e.text().length();
            if (len < 20) {
                continue;
            }
            Element parent = e.parent();
            if (parent != null) {
                scores.merge(parent, (double) len, Double::sum);
                Element grand = parent.parent();
                if (grand != null) {
                    scores.merge(grand, len / 2.0, Double::sum);
                }
            }
        }
        Element best = body;
        double bestScore = 0;
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            Element el = e.getKey();
            double score = e.getValue() * (1 - linkDensity(el));
            if (score > bestScore) {
                best = el;
                bestScore = score;
            }
        }
        // A list, or a row of a data table, is part of a bigger container.
        while (best != body && best.parent() != null && Set.of("ul", "ol", "li", "tr", "tbody", "thead", "tfoot", "table")
                .contains(best.normalName())) {
            best = best.parent();
        }
        return best;
    }

    private static boolean hasOwnText(Element e) {
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t && !t.isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static double linkDensity(Element e) {
        int total = e.text().length();
        if (total == 0) {
            return 0;
        }
        int links = 0;
        for (Element a : e.select("a")) {
            links += a.text().length();
        }
        return Math.min(1.0, (double) links / total);
    }

    private static boolean isAncestorOf(Element ancestor, Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    static String fold(String s) {
        String d = Regexes.replaceAll(Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD), "\\p{M}+", "");
        return Regexes.replaceAll(d.replace('\u00A0', ' ').replace('’', '\''), "\\s+", " ").strip();
    }
}
