package fr.palmares.load.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Card layouts: sibling elements of one kind (div, article, section or li with the same tag and class)
 * that each hold one record. Two siblings at least; each card has two pieces of text at least (a
 * name, a title, a badge...), at most one heading, no list of two items or more, no table, and no
 * cards inside it. A li counts only when it holds block elements (a name and a title in their own
 * paragraphs), not a line with a break. The cards are numbered 1, 2... in document order.
 */
final class Cards {
    private static final Set<String> TAGS = Set.of("div", "article", "section", "li");
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "dl", "dt", "dd",
            "section", "header", "footer", "figure", "figcaption", "ul", "ol", "table", "blockquote");
    private static final int MAX_PIECES = 12;

    private Cards() {
    }

    static Map<Element, Integer> find(Element root) {
        Set<Element> cards = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        Set<String> kinds = new java.util.HashSet<>();
        List<Element> lone = new ArrayList<>();
        for (Element parent : root.getAllElements()) {
            Map<String, List<Element>> bySignature = new LinkedHashMap<>();
            for (Element c : parent.children()) {
                if (TAGS.contains(c.normalName())) {
                    bySignature.computeIfAbsent(signature(c), k -> new ArrayList<>()).add(c);
                }
            }
            for (Map.Entry<String, List<Element>> set : bySignature.entrySet()) {
                if (set.getValue().size() >= 2 && set.getValue().stream().allMatch(Cards::recordLike)) {
                    cards.addAll(set.getValue());
                    kinds.add(set.getKey());
                } else if (set.getValue().size() == 1) {
                    lone.add(set.getValue().get(0));
                }
            }
        }
        // The one card of its section (the last category has one laureate) is a card of a kind found elsewhere:
        // an element of the named classes of the cards of another section.
        for (Element e : lone) {
            if (!e.classNames().isEmpty() && kinds.contains(signature(e))
                    && recordLike(e)) {
                cards.add(e);
            }
        }
        // A card holds one record: a card with cards inside it is a container.
        cards.removeIf(c -> c.getAllElements().stream().anyMatch(d -> d != c && cards.contains(d)));
        Map<Element, Integer> out = new IdentityHashMap<>();
        int n = 0;
        for (Element e : root.getAllElements()) {
            if (cards.contains(e)) {
                out.put(e, ++n);
            }
        }
        return out;
    }

    private static String signature(Element e) {
        return e.normalName() + "." + String.join(".", new java.util.TreeSet<>(e.classNames()));
    }

    private static boolean recordLike(Element e) {
        if (e.normalName().equals("li") && e.children().stream().noneMatch(c -> BLOCKS.contains(c.normalName()))) {
            return false;
        }
        if (!e.select("table").isEmpty() || e.select("h1, h2, h3, h4, h5, h6").size() > 1) {
            return false;
        }
        for (Element list : e.select("ul, ol")) {
            if (list.children().size() >= 2) {
                return false;
            }
        }
        int pieces = 0;
        for (Element d : e.getAllElements()) {
            if (d.normalName().equals("img") && !d.attr("alt").isBlank()) {
                pieces++;
            }
            for (Node n : d.childNodes()) {
                if (n instanceof TextNode t && !t.isBlank()) {
                    pieces++;
                    break;
                }
            }
        }
        return pieces >= 2 && pieces <= MAX_PIECES;
    }
}
