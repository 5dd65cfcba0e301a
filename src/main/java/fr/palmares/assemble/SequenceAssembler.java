package fr.palmares.assemble;

import fr.palmares.model.Regexes;
import fr.palmares.annotate.AnnotatedDocument;
import fr.palmares.annotate.Field;
import fr.palmares.annotate.LineReading;
import fr.palmares.annotate.Names;
import fr.palmares.annotate.Segment;
import fr.palmares.annotate.Unit;
import fr.palmares.annotate.Zone;
import fr.palmares.model.BlockKind;
import fr.palmares.model.Medal;
import fr.palmares.model.RawLaureate;
import fr.palmares.model.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads records from the document's sequence of typed lines, whatever their order: each record's slots
 * (names, title, medal, category, places) are filled from its lines and from the headings above them,
 * and a record ends where a slot it already holds comes again, where a heading or another card starts,
 * or where a line about a person comes. "Names / title", "title / names (label or)", "medal / category /
 * names / title / place", "title / description / Label d'or — names" (a card's foot) and "Label d'or : X pour
 * « Y »" are all the same reading.
 */
final class SequenceAssembler {
    private static final double CONFIDENCE = 0.9;
    private static final int DESCRIPTION_MAX = 4000;
    /** How many lines after a heading or title line are looked at for the record line it titles. */
    private static final int SECTION_MAX = 40;
    /** The most words of a line of its own that titles the record below its description. */
    private static final int TITLE_LINE_WORDS = 12;

    private final List<Candidate> out = new ArrayList<>();
    private final Context ctx = new Context();
    private List<Unit> units;
    private Names names;
    private Draft d;

    /** The category and medal the headings give each line, for the prose reader. */
    private String[] categoryAt;
    private Medal[] medalAt;

    private List<fr.palmares.model.Block> blocks;

    /**
     * The heading that titles the record line of its card or section (cardRecordBelow), while the lines
     * between them are read: they are the record's description. Null when none.
     */
    private Unit titledBy;
    private int titledRecord = -1;
    /** The levels of the headings that gave their category to records titled otherwise (not by them). */
    private final java.util.Set<Integer> categoryLevels = new java.util.HashSet<>();
    private static final java.util.regex.Pattern QUOTED_TITLE = java.util.regex.Pattern.compile("[«“][^»”]{3,}[»”]");

    List<Candidate> assemble(AnnotatedDocument doc) {
        units = doc.units();
        blocks = doc.doc().blocks();
        names = doc.names();
        categoryAt = new String[units.size()];
        medalAt = new Medal[units.size()];
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            categoryAt[i] = ctx.category;
            medalAt[i] = ctx.medal;
            if (u.zone().excluded()) {
                close();
                if (u.headingLike()) {
                    ctx.clearFrom(u.level());
                }
                continue;
            }
            if (d != null && u.group() != d.first.group()) {
                close();
            }
            step(i, u);
        }
        close();
        return oneMedalPerHeading();
    }

    /** The category the headings above unit i give it (null when none); i may be the count of units. */
    String categoryAt(int i) {
        return i < categoryAt.length ? categoryAt[i] : ctx.category;
    }

    /** The medal the headings above unit i give it (null when none); i may be the count of units. */
    Medal medalAt(int i) {
        return i < medalAt.length ? medalAt[i] : ctx.medal;
    }

    /** Which medal heading each record took its medal from (records with their own medal take none). */
    private final java.util.Map<Candidate, Unit> inherited = new java.util.HashMap<>();
    /** The medal heading in force when each record with its own medal was read. */
    private final java.util.Map<Candidate, Unit> under = new java.util.HashMap<>();

    /**
     * A medal heading whose records name their own medal ("LABEL OR – X" above "Label d'or attribué à Y")
     * heads those records only: others that would only take its medal (a logo's words) are no records.
     */
    private List<Candidate> oneMedalPerHeading() {
        java.util.Set<Unit> withOwn = new java.util.HashSet<>(under.values());
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : out) {
            Unit from = inherited.get(c);
            if (from == null || !withOwn.contains(from)) {
                kept.add(c);
            }
        }
        return kept;
    }

    /** The fields of the columns a header line of tab-separated labels gives the rows below it, or null. */
    private String[] columnFields;

    private void step(int i, Unit u) {
        LineReading r = u.reading();
        if (columnHeader(u)) {
            var lexicon = fr.palmares.lexicon.Lexicon.get();
            String[] cells = u.line().text().split("\t", -1);
            columnFields = new String[cells.length];
            for (int c = 0; c < cells.length; c++) {
                columnFields[c] = lexicon.whole(fr.palmares.lexicon.Vocab.FIELD, cells[c]).orElse(null);
            }
            return;
        }
        if (!u.line().text().contains("\t") && r.kind() != LineReading.Kind.EMPTY) {
            columnFields = null;
        }
        switch (r.kind()) {
            case PERSON -> close();
            case MEDAL -> medalLine(u, r);
            case CATEGORY -> categoryLine(u, r);
            case DATA -> dataLine(u, r);
            case TEXT -> textLine(i, u, r);
            case PLACE -> {
                if (d != null) {
                    d.places.add(u.line().text());
                    d.use(u);
                }
            }
            case PROSE -> prose(u);
            default -> {
            }
        }
    }

    private void medalLine(Unit u, LineReading r) {
        Medal m = r.medal().medal();
        boolean ownCard = d != null && d.medal == null && (u.block() == d.first.block()
                || u.group() != 0 && u.group() == d.first.group());
        // a record that took its medal from a medal line printed before it: the document gives medals first, and
        // this medal line is for the records that follow
        boolean medalFirst = d != null && !ownCard && d.complete() && medalLineBefore(d);
        if ((!u.headingLike() || ownCard) && !medalFirst) {
            if (d != null && d.medal == null && (ownCard || !d.empty())) {
                d.medal = m;
                d.span(u, "medal", medalSegment(r));
                return;
            }
        }
        close();
        int level = u.headingLike() ? u.level() : Context.LINE_LEVEL;
        if (u.headingLike()) {
            ctx.clearFrom(level);
        }
        ctx.medal(m, level, u);
        // "LABEL OR – SERVICES AUX USAGERS": a medal opening (or closing) a heading, the category with it
        r.first(Field.TEXT).ifPresent(t -> {
            boolean edge = r.medal().start() <= 2 || r.medal().end() >= r.text().stripTrailing().length() - 2;
            if (u.headingLike() && edge && Text.wordCount(t.text()) <= 10) {
                ctx.category(Cleaning.category(t.text()), level, u);
            }
        });
    }

    private static Segment medalSegment(LineReading r) {
        return r.first(Field.MEDAL).orElse(new Segment(Field.MEDAL, r.medal().start(), r.medal().end(),
                r.text().substring(r.medal().start(), r.medal().end()), List.of(), 0, false, false));
    }

    private void categoryLine(Unit u, LineReading r) {
        Segment c = r.first(Field.CATEGORY).orElseThrow();
        // "Catégorie : X" among a record's own lines is its category, unless the next record follows it
        boolean nextRecord = nextData(units.indexOf(u)) != null && units.get(nextData(units.indexOf(u))).reading().has(Field.NAMES);
        if (d != null && !d.empty() && d.category == null && !u.headingLike()
                && (u.block() == d.first.block() || !d.complete() || !nextRecord)) {
            d.category = Cleaning.category(c.text());
            d.span(u, "category", c);
            return;
        }
        close();
        int level = u.headingLike() ? u.level() : Context.LINE_LEVEL;
        if (u.headingLike()) {
            ctx.clearFrom(level);
        }
        ctx.category(Cleaning.category(c.text()), level, u);
        if (r.medal() != null) {
            ctx.medal(r.medal().medal(), level, u);
        }
    }

    private void dataLine(Unit u, LineReading r) {
        Segment names = r.first(Field.NAMES).orElse(null);
        Segment title = r.first(Field.TITLE).orElse(null);
        Segment category = null;
        if (u.headingLike()) {
            titledBy = null; // a heading ends any description being read; it titles what it opens (below)
        } else if (title != null && names == null) {
            titlesRecordBelow(u); // "“Title”" / description / "Label d'or — Names": the record before ends here
        }
        if (title != null && names != null && r.first(Field.CATEGORY).isEmpty()) {
            category = textBefore(r, names, 2);
        }
        if (title == null && names != null) {
            // "CATEGORY — NAMES : TITLE": the text after the names is the title, the text before it the category
            Segment before = textBefore(r, names, 1);
            Segment after = textAfter(r, names);
            title = after != null ? after : before;
            if (after != null && before != null && r.first(Field.CATEGORY).isEmpty() && Text.wordCount(before.text()) >= 2) {
                category = before;
            }
        }
        // "Projet | Porteur(s) | Catégorie | Distinction" above: each cell is what its column's header says
        if (columnFields != null && r.text().contains("\t")) {
            Segment inTitle = inColumn(r, "title");
            Segment inCategory = inColumn(r, "category");
            if (inTitle != null) {
                title = inTitle;
            }
            if (inCategory != null && inCategory != title) {
                category = inCategory;
            }
        }
        // "Pulse - Bordeaux" under names that wait for their title: a title that names a place
        if (d != null && d.names != null && d.title == null && names != null && title != null
                && title.field() == Field.TEXT && r.medal() == null && bare(names)) {
            d.title(u, whole(r));
            return;
        }
        if (d != null) {
            boolean again = names != null && d.names != null || title != null && d.title != null
                    || r.medal() != null && d.medal != null && d.complete();
            if (again && names != null && d.names != null && d.title == null && title == null && adjacent(d, u)) {
                continueNames(u, names);
                return;
            }
            if (again) {
                close();
            }
        }
        Unit heading = null;
        if (d == null) {
            d = draft(u);
            if (names != null && title == null) {
                heading = headingAbove(d, u);
            } else if (u.headingLike() && title != null && names == null) {
                titled(u); // "### « Title »" / description / "Label d'or — Names"
            }
        }
        if (names != null) {
            d.names(u, names);
        }
        if (title != null) {
            d.title(u, title.field() == Field.TEXT ? title : title);
        }
        if (r.medal() != null) {
            d.medal = r.medal().medal();
            d.span(u, "medal", medalSegment(r));
            Integer y = yearAfterMedal(r);
            if (y != null) {
                d.year = y;
            }
        }
        Segment c = r.first(Field.CATEGORY).orElse(category);
        if (c != null) {
            d.category = Cleaning.category(c.text());
            d.span(u, "category", c);
        }
        for (Segment p : r.all(Field.PLACE)) {
            d.places.add(p.text());
        }
        d.use(u);
        if (titledBy != null && u.index() == titledRecord) {
            // "### Title" / description / "Label d'or — Names": the heading titles the record below its description
            if (heading == titledBy) {
                d.titleFromHeading();
            } else if (!titledBy.headingLike() && d.title == null) {
                d.title(titledBy, titledBy.reading().first(Field.TEXT).orElseThrow());
            }
            for (int k = titledBy.index() + 1; k < u.index(); k++) {
                Unit v = units.get(k);
                if (v.reading().kind() == LineReading.Kind.PROSE || v.reading().kind() == LineReading.Kind.TEXT) {
                    describe(v, v.line().text());
                }
            }
            titledBy = null;
        }
    }

    /** Notes whether the heading u titles the record line of its card or section, below its description. */
    private void titled(Unit u) {
        Integer record = cardRecordBelow(u.index());
        titledBy = record != null && record > u.index() + 1 ? u : null;
        titledRecord = record != null ? record : -1;
    }

    /** A line of the description between a heading and the record line it titles. */
    private boolean inTitledDescription(Unit u) {
        return titledBy != null && u.index() > titledBy.index() && u.index() < titledRecord && !u.headingLike();
    }

    /**
     * The record a heading titles: the one record line of the heading's card or section, which names its
     * collectivités but no title, after the heading and its description ("### Des tablettes prêtées aux
     * collégiens" / "Un parc de tablettes…" / "Label d'or — Département de la Creuse"). A card (an HTML card)
     * ends where its group does, and the heading must open it and be its only one; a section ends at the next
     * heading. The heading holds free text or a quoted title only and is no category's ({@link
     * #categoryHeading}); no other title is in the card or section, and only description lines come between
     * (see {@link #description}). Returns the index of the record line, or null.
     */
    private Integer cardRecordBelow(int i) {
        Unit h = units.get(i);
        boolean card = h.group() != 0;
        LineReading hr = h.reading();
        if (card && i > 0 && units.get(i - 1).group() == h.group() || hr.kind() != LineReading.Kind.TEXT && !titleOnly(hr)
                || categoryHeading(h)) {
            return null;
        }
        Integer record = null;
        for (int j = i + 1; j < units.size() && units.get(j).group() == h.group() && j <= i + SECTION_MAX; j++) {
            Unit v = units.get(j);
            LineReading r = v.reading();
            if (!card && v.headingLike()) {
                break;
            }
            if (v.headingLike() || r.has(Field.TITLE) || r.kind() == LineReading.Kind.PERSON || v.zone().excluded()) {
                return null;
            }
            if (r.has(Field.NAMES)) {
                if (record != null || r.kind() != LineReading.Kind.DATA) {
                    return null;
                }
                record = j;
            } else if (record == null && !description(v)) {
                return null; // a line between the heading and the record line that is no description: a title
            }
        }
        return record;
    }

    /**
     * The record a short line of its own titles, in a document without headings for its projects
     * ("Alençon Démarches" / "Un seul compte pour les 31 communes…" / "Label d'or — Communauté urbaine
     * d'Alençon"): the line follows a heading or the record line before, ends with no punctuation, is a
     * block of one line (a paragraph or an item) of at most 12 words, opens with no category label, and the lines after it up to the record line, one at least, are
     * sentences. The record line gives the medal and names collectivités, and no title. The line may be a
     * quoted title ("Opération “Premier Clic”"). Returns the record line's index, or null.
     */
    private Integer titleLineRecord(int i) {
        Unit t = units.get(i);
        LineReading tr = t.reading();
        if (t.headingLike() || tr.kind() != LineReading.Kind.TEXT && !titleOnly(tr) || tr.words() > TITLE_LINE_WORDS
                || t.block().lines().size() != 1 || Regexes.matches(t.line().text().strip(), ".*[.!?…:;,]$")
                || categoryHeading(t)) {
            return null;
        }
        Unit prev = i > 0 ? units.get(i - 1) : null;
        if (prev == null || !prev.headingLike() && !(prev.reading().kind() == LineReading.Kind.DATA && prev.reading().has(Field.NAMES))) {
            return null;
        }
        int described = 0;
        for (int j = i + 1; j < units.size() && j <= i + SECTION_MAX; j++) {
            Unit v = units.get(j);
            LineReading r = v.reading();
            if (r.kind() == LineReading.Kind.EMPTY) {
                continue;
            }
            if (r.has(Field.NAMES)) {
                boolean record = described > 0 && r.kind() == LineReading.Kind.DATA && !r.has(Field.TITLE) && r.medal() != null
                        && !v.headingLike() && v.block() != t.block() && v.group() == t.group();
                return record ? j : null;
            }
            if (v.headingLike() || v.group() != t.group() || v.zone().excluded() || !description(v)) {
                return null;
            }
            described++;
        }
        return null;
    }

    /** A line that gives a title and nothing else: no names, no medal ("« Budget participatif en ligne »"). */
    private static boolean titleOnly(LineReading r) {
        return r.kind() == LineReading.Kind.DATA && r.has(Field.TITLE) && !r.has(Field.NAMES) && r.medal() == null;
    }

    /**
     * When the line u titles the record line below its description (titleLineRecord), ends the record
     * before and notes it; returns whether it does.
     */
    private boolean titlesRecordBelow(Unit u) {
        Integer record = titleLineRecord(u.index());
        if (record == null) {
            return false;
        }
        close();
        titledBy = u;
        titledRecord = record;
        return true;
    }

    /**
     * A line of a record's description: prose, or a sentence; an empty line passes too. Prose that names a
     * medal ("Le label d'or a été décerné à…") or quotes a title ("le projet « Cartable connecté »") tells
     * the award itself: the heading above it is the category's, not the project's.
     */
    private static boolean description(Unit v) {
        LineReading r = v.reading();
        if (r.kind() == LineReading.Kind.EMPTY) {
            return true;
        }
        boolean text = r.kind() == LineReading.Kind.PROSE || r.kind() == LineReading.Kind.TEXT && sentence(r, v.line().text());
        return text && r.medal() == null && !QUOTED_TITLE.matcher(v.line().text()).find();
    }

    /**
     * A heading or line that is a category's, not a project's: it opens with a category label ("Catégorie
     * Éducation", "Thème : …"), or stands at a level whose headings already gave their category to records
     * titled otherwise in this document.
     */
    private boolean categoryHeading(Unit h) {
        if (h.headingLike() && categoryLevels.contains(h.level())) {
            return true;
        }
        var lexicon = fr.palmares.lexicon.Lexicon.get();
        return lexicon.first(fr.palmares.lexicon.Vocab.FIELD, fr.palmares.lexicon.Folded.of(h.line().text()))
                .filter(hit -> hit.start() == 0 && hit.key().equals("category")).isPresent();
    }

    private boolean bare(Segment s) {
        return s.names().stream().allMatch(n -> this.names.formType(n) == null);
    }

    private static Segment whole(LineReading r) {
        int start = r.segments().get(0).start();
        int end = r.segments().get(r.segments().size() - 1).end();
        return new Segment(Field.TEXT, start, end, Text.collapse(r.text().substring(start, end)), List.of(), 0, false, false);
    }

    /** "Label d'or 2010", "label or 2018": the year a medal names is the record's edition. */
    private static Integer yearAfterMedal(LineReading r) {
        for (Segment s : r.segments()) {
            if (s.field() == Field.YEAR && s.start() >= r.medal().end() && s.start() - r.medal().end() <= 3) {
                return Integer.parseInt(Regexes.replaceAll(s.text(), "\\D", ""));
            }
        }
        String after = r.text().substring(r.medal().end());
        java.util.regex.Matcher m = Regexes.pattern("^\\s*(20[0-4]\\d)\\b").matcher(after);
        return m.find() ? Integer.parseInt(m.group(1)) : null;
    }

    /** The text before the names, when it reads as words of its own (not a stray article). */
    private static Segment textBefore(LineReading r, Segment names, int minWords) {
        Segment best = null;
        for (Segment s : r.all(Field.TEXT)) {
            if (s.end() <= names.start() && Text.wordCount(s.text()) >= minWords
                    && (best == null || s.text().length() > best.text().length())) {
                best = s;
            }
        }
        return best;
    }

    private static Segment textAfter(LineReading r, Segment names) {
        for (Segment s : r.all(Field.TEXT)) {
            if (s.start() >= names.end()) {
                return s;
            }
        }
        return null;
    }

    /** Names wrapped over two lines of one block: read them again as one text. */
    private void continueNames(Unit u, Segment more) {
        d.names.addAll(more.names());
        d.namesText = d.namesText + " " + more.text();
        d.span(u, "collectivite", more);
    }

    private static boolean adjacent(Draft d, Unit u) {
        Unit last = d.used.get(d.used.size() - 1);
        return last.block() == u.block() && u.index() == last.index() + 1;
    }

    private void textLine(int i, Unit u, LineReading r) {
        String text = r.soleText().orElse(null);
        if (text == null) {
            return;
        }
        Segment seg = r.first(Field.TEXT).orElseThrow();
        boolean marker = u.zoneMarker();
        if (u.headingLike()) {
            titledBy = null;
        } else if (inTitledDescription(u)) {
            return; // read with the record line below
        } else if (!marker && titlesRecordBelow(u)) {
            return; // "Title" / description / "Label d'or — Names": the line titles the record below
        }
        if (d != null && d.names != null && d.title == null && d.headingTitle != null && sentence(r, text)) {
            d.titleFromHeading(); // "## Title / **Names** / A sentence of description."
            describe(u, text);
            return;
        }
        if (d != null && d.names != null && d.title == null && !marker) {
            if (continuesNames(i, text)) {
                Names.Reading joined = names.read(d.namesText + " " + text);
                d.names = new ArrayList<>(joined.names());
                d.namesScore = joined.score();
                d.namesText = d.namesText + " " + text;
                d.span(u, "collectivite", seg);
                return;
            }
            d.title(u, seg);
            return;
        }
        // "Lab 3I - Laboratoire…" followed by "- Illettrisme…" items: a title printed as a list
        if (d != null && d.complete() && d.description.isEmpty() && u.block().kind() == BlockKind.LIST_ITEM
                && !u.headingLike() && d.used.get(d.used.size() - 1) == d.titleUnit && r.words() <= 20) {
            d.title = d.title + " - " + text;
            d.titleUnit = u;
            d.span(u, "project", seg);
            return;
        }
        if (d != null && d.title != null && d.titleUnit != null && d.titleUnit.block() == u.block()
                && d.titleUnit.index() == u.index() - 1 && !u.headingLike()) {
            d.title = d.title + " " + text;
            d.titleUnit = u;
            d.span(u, "project", seg);
            return;
        }
        if (u.headingLike()) {
            close();
            titled(u); // a heading that opens a new record: it may title the record line below its description
            ctx.clearFrom(u.level());
            if (!marker && !titleOfTheEdition(r, text) && headsRecords(i, u.level()) && overridable(u.level())) {
                ctx.category(Cleaning.category(text), u.level(), u);
            }
            return;
        }
        Integer next = nextData(i);
        // "Sobriété et transition écologique" / "Label d'or" / names: in a document that prints the medal before
        // the names, a short text right before a medal line heads the records that follow
        if ((d == null || medalLineBefore(d)) && r.words() <= 10 && !text.strip().endsWith(".")
                && medalLineThenNames(i) && overridable(Context.LINE_LEVEL)) {
            close();
            ctx.category(Cleaning.category(text), Context.LINE_LEVEL, u);
            return;
        }
        // names / title / category, record after record: a record that has no category is followed by its own
        if (d != null && d.complete() && d.category == null && d.contextCategory == null && !u.headingLike()
                && r.words() <= 10 && !text.strip().endsWith(".") && d.description.isEmpty()
                && (next == null || units.get(next).reading().has(Field.NAMES))) {
            d.category = Cleaning.category(text);
            d.span(u, "category", seg);
            return;
        }
        if (next != null && units.get(next).reading().has(Field.NAMES) && d != null && d.names == null
                && units.get(next).block() != u.block()) {
            d = null; // a title alone, then a category line: the title had no names
        }
        // "Cohésion sociale" / "## Opération “Premier Clic”" / "**Région …**": a category above a title heading
        boolean titleHeadingNext = next != null && units.get(next).headingLike() && units.get(next).reading().has(Field.TITLE)
                && !units.get(next).reading().has(Field.NAMES) && r.words() <= 10 && !text.strip().endsWith(".");
        if (titleHeadingNext && (d == null || d.complete())) {
            close(); // the record before ends here, and may give back the category its title heading had taken
            if (overridable(Context.LINE_LEVEL)) {
                ctx.category(Cleaning.category(text), Context.LINE_LEVEL, u);
                return;
            }
        }
        if (next != null && units.get(next).reading().has(Field.NAMES)) {
            if (units.get(next).block() == u.block() && units.get(next).line() != u.line() && (d == null || d.complete())) {
                close();
                d = draft(u);
                d.title(u, seg);
                return;
            }
            if ((d == null || d.complete()) && overridable(Context.LINE_LEVEL)) {
                close();
                ctx.category(Cleaning.category(text), Context.LINE_LEVEL, u);
                return;
            }
        }
        describe(u, text);
    }

    /**
     * "Communauté de communes Cœur" / "Coteaux Comminges": a name broken over two lines, when the line
     * read with it makes a surer name and a title follows.
     */
    private boolean continuesNames(int i, String text) {
        if (i + 1 >= units.size() || r(i + 1).kind() != LineReading.Kind.TEXT && !(r(i + 1).kind() == LineReading.Kind.DATA
                && r(i + 1).has(Field.TITLE) && !r(i + 1).has(Field.NAMES))) {
            return false;
        }
        Names.Reading joined = names.read(d.namesText + " " + text);
        return joined.isNames() && joined.score() > d.namesScore + 0.05 && joined.names().size() == d.names.size();
    }

    /**
     * The heading right above a record's names, or above the description before them in its card or section,
     * and the category above it, if the heading set the category. Returns the heading, or null.
     */
    private Unit headingAbove(Draft draft, Unit u) {
        int i = u.index() - 1;
        if (ctx.categoryUnit != null && ctx.categoryUnit.index() < i && ctx.categoryUnit.headingLike()
                && Integer.valueOf(u.index()).equals(cardRecordBelow(ctx.categoryUnit.index()))) {
            i = ctx.categoryUnit.index();
        }
        if (i < 0 || ctx.categoryUnit == null || ctx.categoryUnit.index() != i) {
            return null;
        }
        Unit h = units.get(i);
        if (!h.headingLike() || h.reading().kind() != LineReading.Kind.TEXT) {
            return null;
        }
        draft.headingTitle = h;
        Unit before = i > 0 ? units.get(i - 1) : null;
        // "Or" / "Titre" / "Ville de X" (a card): the medal badge above the title heading is the record's
        if (before != null && before.reading().kind() == LineReading.Kind.MEDAL && before.reading().medal() != null
                && !before.headingLike()) {
            if (draft.medal == null) {
                draft.medal = before.reading().medal().medal();
            }
            before = i > 1 ? units.get(i - 2) : null;
        }
        if (before != null && !before.headingLike() && before.reading().kind() == LineReading.Kind.TEXT
                && before.reading().words() <= 10 && !before.line().text().strip().endsWith(".")) {
            draft.categoryAboveHeading = Cleaning.category(before.line().text());
        } else {
            draft.categoryAboveHeading = ctx.previousCategory;
            if (ctx.previousCategoryUnit != null && ctx.previousCategoryUnit.headingLike()) {
                draft.categoryAboveUnit = ctx.previousCategoryUnit;
            }
        }
        return h;
    }

    private static boolean sentence(LineReading r, String text) {
        return r.words() >= 6 && Regexes.matches(text.strip(), ".*[.!?…]$");
    }

    private LineReading r(int i) {
        return units.get(i).reading();
    }

    private static final java.util.regex.Pattern LABEL_NAME = java.util.regex.Pattern.compile(
            fr.palmares.lexicon.Lexicon.get().macro("LABEL_NAME"));

    /** "Label Territoire Innovant 2019", "Forum 2024 : …": a heading naming the label or a year titles the document. */
    private static boolean titleOfTheEdition(LineReading r, String text) {
        return r.year() != null || LABEL_NAME.matcher(fr.palmares.lexicon.Folded.fold(text)).find();
    }

    /** A line that only looks like a heading does not replace the category a real heading set. */
    private boolean overridable(int level) {
        return level <= fr.palmares.annotate.Annotator.PSEUDO_LEVEL - 1 || ctx.category == null
                || ctx.categoryLevel >= fr.palmares.annotate.Annotator.PSEUDO_LEVEL;
    }

    private void prose(Unit u) {
        if (inTitledDescription(u)) {
            return; // read with the record line below
        }
        if (d != null && d.complete()) {
            describe(u, u.line().text());
        } else if (d != null) {
            close();
        }
    }

    private void describe(Unit u, String text) {
        if (d == null || !d.complete()) {
            return;
        }
        int len = d.description.stream().mapToInt(String::length).sum();
        if (len + text.length() > DESCRIPTION_MAX) {
            return;
        }
        Unit last = d.used.get(d.used.size() - 1);
        if (u.page() != last.page() && d.description.isEmpty() && u.index() > last.index() + 1) {
            return;
        }
        d.description.add(Text.collapse(text));
    }

    /** A heading heads records when a record line follows it before any prose or heading of its level. */
    private boolean headsRecords(int i, int level) {
        if (tableBelow(i) || cardRecordBelow(i) != null) {
            return true;
        }
        for (int j = i + 1; j < units.size() && j < i + 40; j++) {
            Unit v = units.get(j);
            if (v.zone().excluded()) {
                return false;
            }
            LineReading r = v.reading();
            switch (r.kind()) {
                case DATA -> {
                    return true;
                }
                case PROSE -> {
                    return r.medal() != null; // "Le label d'or a été décerné à…" under its category
                }
                case EMPTY, PLACE -> {
                }
                case MEDAL -> {
                    if (!v.headingLike()) {
                        return false;
                    }
                }
                case TEXT, CATEGORY -> {
                    if (v.headingLike() && v.level() <= level) {
                        return false;
                    }
                    if (v.headingLike() ? cardRecordBelow(j) != null : titleLineRecord(j) != null) {
                        return true; // the cards below, each titled by its heading or title line
                    }
                    if (!v.headingLike()) {
                        return nextData(j) != null;
                    }
                }
                default -> {
                    return false;
                }
            }
        }
        return false;
    }

    /** A table right below unit i (before the next line of text). */
    private boolean tableBelow(int i) {
        int next = i + 1 < units.size() ? units.get(i + 1).blockIndex() : blocks.size();
        for (int b = units.get(i).blockIndex() + 1; b < next; b++) {
            if (blocks.get(b).kind() == BlockKind.TABLE_ROW) {
                return true;
            }
        }
        return false;
    }

    /** The next record line after i, past medal headings only; null when something else comes first. */
    private Integer nextData(int i) {
        for (int j = i + 1; j < units.size() && j < i + 6; j++) {
            Unit v = units.get(j);
            if (v.zone().excluded()) {
                return null;
            }
            switch (v.reading().kind()) {
                case DATA -> {
                    return j;
                }
                case EMPTY -> {
                }
                case MEDAL -> {
                    if (!v.headingLike()) {
                        return null;
                    }
                }
                case TEXT -> {
                    if (!columnHeader(v)) {
                        return null;
                    }
                }
                default -> {
                    return null;
                }
            }
        }
        return null;
    }

    /** Whether the record took its medal from a medal line (not a heading) printed before its first line. */
    private static boolean medalLineBefore(Draft d) {
        return d.medal == null && d.contextMedal != null && d.contextMedalUnit != null
                && !d.contextMedalUnit.headingLike() && d.contextMedalUnit.index() < d.first.index();
    }

    /** Whether the next line after unit i is a medal line, and the one after it holds names. */
    private boolean medalLineThenNames(int i) {
        int j = i + 1;
        while (j < units.size() && units.get(j).reading().kind() == LineReading.Kind.EMPTY) {
            j++;
        }
        if (j >= units.size() || units.get(j).reading().kind() != LineReading.Kind.MEDAL || units.get(j).headingLike()) {
            return false;
        }
        int k = j + 1;
        while (k < units.size() && units.get(k).reading().kind() == LineReading.Kind.EMPTY) {
            k++;
        }
        return k < units.size() && units.get(k).reading().has(Field.NAMES);
    }

    /** The free text or title of the line that lies in the column headed by the given field, or null. */
    private Segment inColumn(LineReading r, String field) {
        for (Segment s : r.segments()) {
            if (s.field() != Field.TEXT && s.field() != Field.TITLE) {
                continue;
            }
            int cell = 0;
            for (int k = 0; k < s.start() && k < r.text().length(); k++) {
                if (r.text().charAt(k) == '\t') {
                    cell++;
                }
            }
            if (cell < columnFields.length && field.equals(columnFields[cell])) {
                return s;
            }
        }
        return null;
    }

    /** "Collectivité lauréate | Projet | Niveau": a line of columns that are all field labels heads the rows below. */
    private static boolean columnHeader(Unit v) {
        String t = v.line().text();
        if (!t.contains("\t")) {
            return false;
        }
        var lexicon = fr.palmares.lexicon.Lexicon.get();
        for (String cell : t.split("\t")) {
            if (!cell.isBlank() && lexicon.whole(fr.palmares.lexicon.Vocab.FIELD, cell).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private Draft draft(Unit u) {
        Draft n = new Draft(u, ctx.medal, ctx.category);
        n.contextMedalUnit = ctx.medalUnit;
        n.contextCategoryUnit = ctx.categoryUnit;
        return n;
    }

    private void close() {
        if (d == null) {
            return;
        }
        RawLaureate raw = d.toRaw(CONFIDENCE);
        if (raw != null && d.medal != null && ctx.medalLevel == Context.LINE_LEVEL && ctx.medalUnit != null
                && ctx.medalUnit.index() < d.first.index()) {
            // a record with a medal line of its own: the medal line before it was another card's, not a heading
            ctx.clearMedal();
        }
        if (raw != null && d.headingTitle != null && d.titleUnit == d.headingTitle && ctx.categoryUnit == d.headingTitle) {
            // the heading was the record's title, not a category: the category above it is in force again
            ctx.retract(d.categoryAboveHeading, d.categoryAboveUnit);
        }
        if (raw != null && d.category == null && d.contextCategoryUnit != null && d.contextCategoryUnit.headingLike()
                && d.contextCategoryUnit != d.headingTitle && d.contextCategoryUnit != d.titleUnit) {
            categoryLevels.add(d.contextCategoryUnit.level());
        }
        if (raw != null && !d.zone.excluded()) {
            java.util.Set<Integer> used = new java.util.HashSet<>();
            d.used.forEach(x -> used.add(x.index()));
            boolean contents = d.zone == Zone.TOC || d.first.reading().pageRef();
            if (contents && used.size() > 1) {
                // a contents line names its laureate and title together: a title from another line is a section's
                d = null;
                return;
            }
            Candidate c = new Candidate(raw, contents ? Candidate.Strategy.CONTENTS : Candidate.Strategy.LIST, d.zone,
                    d.first.index(), used);
            out.add(c);
            // only a medal heading heads records; a "Label : Bronze" line among a card's fields is that card's
            if (d.contextMedalUnit != null && d.contextMedalUnit.headingLike()) {
                (d.medal == null ? inherited : under).put(c, d.contextMedalUnit);
            }
        }
        d = null;
    }
}
