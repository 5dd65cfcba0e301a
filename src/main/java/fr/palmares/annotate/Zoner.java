package fr.palmares.annotate;

import fr.palmares.lexicon.Hit;
import fr.palmares.lexicon.Lexicon;
import fr.palmares.lexicon.Vocab;
import fr.palmares.model.Text;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Gives every line the zone its headings announce. A heading naming a zone ("Le jury 2025", "Les
 * lauréats 2018, un an après") opens it until a heading of the same or a higher level; a heading that
 * names none closes the zones opened below its level, and closes a jury, call, contents... zone of
 * its own level, but not the palmarès (whose categories are headings of that level too). A contents
 * zone ends at the first heading without a page number.
 */
final class Zoner {
    private static final int MAX_WORDS = 12;
    private static final java.util.Set<String> MODIFIERS = java.util.Set.of("recall", "call", "offlist");

    private final Lexicon lexicon;

    Zoner(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    private record Open(Zone zone, int level, Integer year) {
    }

    /** Sets each unit's zone (units in document order, headings already known). */
    List<Unit> zone(List<Unit> units) {
        Deque<Open> stack = new ArrayDeque<>();
        java.util.ArrayList<Unit> out = new java.util.ArrayList<>(units.size());
        Unit previous = null;
        for (Unit u : units) {
            boolean opens = false;
            if (u.headingLike()) {
                Zone z = titleAfterName(previous, u) ? null : marker(u.line().text());
                opens = z != null;
                if (!stack.isEmpty() && stack.peek().zone() == Zone.TOC && !u.reading().pageRef()) {
                    stack.pop();
                }
                if (z != null) {
                    while (!stack.isEmpty() && stack.peek().level() >= u.level()) {
                        stack.pop();
                    }
                    stack.push(new Open(z, u.level(), u.reading().year()));
                } else if (!u.reading().pageRef()) {
                    while (!stack.isEmpty() && (stack.peek().level() > u.level()
                            || stack.peek().level() == u.level() && stack.peek().zone() != Zone.PALMARES)) {
                        stack.pop();
                    }
                }
            }
            Zone zone = stack.isEmpty() ? Zone.NEUTRAL : stack.peek().zone();
            Integer year = stack.isEmpty() ? null : stack.peek().year();
            if (u.block().role() == fr.palmares.model.Role.TOC) {
                zone = Zone.TOC;
            }
            out.add(new Unit(u.index(), u.blockIndex(), u.block(), u.line(), u.reading(), u.headingLike(), u.level(),
                    zone, year, opens));
            previous = u;
        }
        return out;
    }

    /**
     * A heading right under a heading of the same level that holds only names is that card's title
     * ("Communauté de communes du Val" then "Ateliers du numérique"), whatever zone words it holds.
     */
    private static boolean titleAfterName(Unit previous, Unit u) {
        if (previous == null || !previous.headingLike() || previous.level() != u.level()) {
            return false;
        }
        List<Segment> segments = previous.reading().segments();
        return !segments.isEmpty() && segments.stream().allMatch(s -> s.field() == Field.NAMES);
    }

    /** The zone a heading's words open, if any. */
    Zone marker(String heading) {
        if (Text.wordCount(heading) > MAX_WORDS) {
            return null;
        }
        List<Hit> hits = lexicon.find(Vocab.ZONE, heading);
        // a look back, a call or an off-list mention qualifies the whole heading; else its first marker says
        for (Hit h : hits) {
            if (MODIFIERS.contains(h.key())) {
                return Zone.of(h.key());
            }
        }
        return hits.isEmpty() ? null : Zone.of(hits.get(0).key());
    }
}
