package fr.palmares.assemble;

import fr.palmares.annotate.Field;
import fr.palmares.annotate.Segment;
import fr.palmares.annotate.Unit;
import fr.palmares.annotate.Zone;
import fr.palmares.model.Block;
import fr.palmares.model.Evidence;
import fr.palmares.model.Medal;
import fr.palmares.model.RawLaureate;
import java.util.ArrayList;
import java.util.List;

/**
 * A record being filled line by line: its slots (names, title, medal, category, places, description),
 * the lines it used and where each slot's value lies in them.
 */
final class Draft {
    List<String> names;
    double namesScore;
    String namesText;
    String title;
    boolean titleQuoted;
    Unit titleUnit;
    Medal medal;
    Medal contextMedal;
    /** The heading that gave the context medal, when the record took it. */
    Unit contextMedalUnit;
    /** The heading or line that gave the category in force when the draft began, or null. */
    Unit contextCategoryUnit;
    String category;
    String contextCategory;
    Integer year;
    /** A heading right above the names that may be the title when no other comes ("## Title / **Names**"). */
    Unit headingTitle;
    /** The category in force above that heading, for when the heading is the title. */
    String categoryAboveHeading;
    /** The heading that set categoryAboveHeading, or null (a line's category). */
    Unit categoryAboveUnit;
    final List<String> places = new ArrayList<>();
    final List<String> description = new ArrayList<>();
    final List<Unit> used = new ArrayList<>();
    final List<Evidence.FieldSpan> spans = new ArrayList<>();
    final Unit first;
    final Zone zone;
    final Integer zoneYear;

    Draft(Unit first, Medal contextMedal, String contextCategory) {
        this.first = first;
        this.zone = first.zone();
        this.zoneYear = first.zoneYear();
        this.contextMedal = contextMedal;
        this.contextCategory = contextCategory;
    }

    boolean complete() {
        return names != null && title != null;
    }

    boolean empty() {
        return names == null && title == null;
    }

    void use(Unit u) {
        if (!used.contains(u)) {
            used.add(u);
        }
    }

    void span(Unit u, String field, Segment s) {
        use(u);
        spans.add(new Evidence.FieldSpan(field + "@" + used.indexOf(u), s.start(), s.end()));
    }

    void names(Unit u, Segment s) {
        names = new ArrayList<>(s.names());
        namesScore = s.score();
        namesText = s.text();
        span(u, "collectivite", s);
    }

    void title(Unit u, Segment s) {
        title = s.text();
        titleQuoted = s.quoted();
        titleUnit = u;
        span(u, "project", s);
    }

    /** Takes the heading above the names as the title ("## Title / **Names** / Label d'or"). */
    boolean titleFromHeading() {
        if (names == null || title != null || headingTitle == null) {
            return false;
        }
        Segment s = headingTitle.reading().first(fr.palmares.annotate.Field.TEXT).orElse(null);
        if (s == null) {
            return false;
        }
        title(headingTitle, s);
        contextCategory = categoryAboveHeading;
        return true;
    }

    /** The record this draft makes, or null when it lacks names or a title. */
    RawLaureate toRaw(double confidence) {
        titleFromHeading();
        if (!complete()) {
            return null;
        }
        Medal m = medal != null ? medal : contextMedal;
        String c = category != null ? category : contextCategory;
        Integer edition = zone == Zone.RECALL ? (year != null ? year : zoneYear) : year;
        Block origin = first.block();
        String desc = description.isEmpty() ? null : String.join("\n", description);
        return new RawLaureate(edition, m, c, title, names, desc, origin, confidence, places, evidence());
    }

    /** The snippet read (the used lines, in document order) and the spans of the fields in it. */
    Evidence evidence() {
        List<Unit> lines = new ArrayList<>(used);
        lines.sort((a, b) -> Integer.compare(a.index(), b.index()));
        StringBuilder snippet = new StringBuilder();
        int[] offsets = new int[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                snippet.append('\n');
            }
            offsets[i] = snippet.length();
            snippet.append(lines.get(i).reading().text());
        }
        List<Evidence.FieldSpan> out = new ArrayList<>();
        for (Evidence.FieldSpan s : spans) {
            int at = s.field().indexOf('@');
            Unit u = used.get(Integer.parseInt(s.field().substring(at + 1)));
            int base = offsets[lines.indexOf(u)];
            out.add(new Evidence.FieldSpan(s.field().substring(0, at), base + s.start(), base + s.end()));
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        Unit first = lines.get(0);
        int p = first.page();
        int l = first.line().line() > 0 ? first.line().line() : first.block().line();
        Integer page = p > 0 ? Integer.valueOf(p) : null;
        Integer line = p == 0 && l > 0 ? Integer.valueOf(l) : null;
        return new Evidence(null, page, line, snippet.toString(), out);
    }

    static boolean isField(Segment s, Field f) {
        return s.field() == f;
    }
}
