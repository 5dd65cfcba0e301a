package fr.palmares.annotate;

import fr.palmares.model.Regexes;
import fr.palmares.lexicon.Folded;
import fr.palmares.lexicon.Hit;
import fr.palmares.lexicon.Lexicon;
import fr.palmares.lexicon.Vocab;
import fr.palmares.model.Line;
import fr.palmares.model.Medal;
import fr.palmares.model.Span;
import fr.palmares.model.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one line into typed segments, whatever its layout: strong cuts first ({@link Anchors}: quotes,
 * medals, field labels, gaps), then each free part between them ({@link FreeText}: names, names and
 * a title, places, text). A part right after a field label takes the label's field; a quoted part is
 * a title (a category after "Catégorie"). Lines about people and running prose are marked as such and
 * not cut. One reader per document (it shares the document's {@link Names}).
 */
public final class LineReader {
    static final Pattern PAGE_REF = Pattern.compile("(?:\\s*(?:\\.\\s*){3,}|\\s*…+\\s*|\\s*_{3,}\\s*|\\t+\\s*)(\\d{1,3})\\s*$");
    private static final Pattern LEAD_MARK = Pattern.compile("^[\\s>•●○◦▪■□◆◇►▶→➜✓✔☑✅⭐★*·]+(?:-\\s+>\\s*)?");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(20[0-4]\\d)(?!\\d)");
    private static final Pattern SENTENCE_BREAK = Pattern.compile("[a-zà-ÿ\\d»)]{2}[.!?]\\s+\\p{Lu}");
    private static final int PROSE_WORDS = 24;
    private static final Pattern QUOTED = Pattern.compile("«[^«»]*»|“[^“”]*”|\"[^\"]*\"");

    private final Lexicon lexicon;
    private final Names names;
    private final Anchors anchors;
    private final Legend legend;
    private final FreeText free;
    private final PersonLines persons;
    private final Map<Line, LineReading> cache = new ConcurrentHashMap<>();

    public LineReader(Lexicon lexicon, Names names) {
        this(lexicon, names, Legend.none());
    }

    /** A reader that also knows the medal symbols the document's legend explains. */
    public LineReader(Lexicon lexicon, Names names, Legend legend) {
        this.legend = legend;
        this.lexicon = lexicon;
        this.names = names;
        this.anchors = new Anchors(lexicon);
        Places places = new Places(names.oracle());
        this.free = new FreeText(lexicon, names, places);
        this.persons = new PersonLines(lexicon, names);
    }

    public Names names() {
        return names;
    }

    public LineReading read(Line line) {
        return cache.computeIfAbsent(line, l -> withLegend(l, read(l, LetterSpacing.join(l))));
    }

    /** "🟡 Ville de Rennes — …" where the legend says 🟡 is gold: the medal of the line's symbol. */
    private LineReading withLegend(Line line, LineReading r) {
        if (r.medal() != null || legend.isEmpty() || !(r.has(Field.NAMES) || r.has(Field.TITLE))) {
            return r;
        }
        var medal = legend.of(line.style().marker()).or(() -> legend.opening(r.text()));
        if (medal.isEmpty()) {
            return r;
        }
        return new LineReading(r.line(), r.text(), r.segments(), new MedalMention(medal.get(), 0, 0,
                MedalMention.Kind.BARE), r.year(), r.pageRef(), r.person(), r.prose(), r.words());
    }

    /**
     * A line that holds several records, run in and separated by ";" ("Or : X (T1) ; argent : Y (T2) ;
     * Z (T3)"): one reading per record, a record without a medal of its own taking the one before it;
     * a bold lead-in ending the category ("**Inclusion.** Or : …") read apart. Else the line's one reading.
     */
    public List<LineReading> records(Line line) {
        LineReading whole = read(line);
        String text = whole.text();
        if (whole.person() || !text.contains(";")) {
            return List.of(whole);
        }
        String[] parts = Regexes.split(text, "\\s*;\\s*");
        if (parts.length < 2) {
            return List.of(whole);
        }
        List<LineReading> out = new ArrayList<>();
        String lead = boldLead(line, parts[0]);
        if (lead == null) {
            lead = sentenceLead(parts[0]);
        }
        if (lead != null) {
            out.add(read(Line.of(lead, line.page(), line.line()), lead));
            parts[0] = parts[0].substring(parts[0].indexOf(lead) + lead.length());
        }
        int withNames = 0;
        MedalMention previous = null;
        for (String p : parts) {
            if (p.isBlank()) {
                continue;
            }
            LineReading r = read(Line.of(p, line.page(), line.line()), p);
            if (r.has(Field.NAMES)) {
                withNames++;
            }
            if (r.medal() == null && previous != null && r.has(Field.NAMES)) {
                r = new LineReading(r.line(), r.text(), r.segments(), new MedalMention(previous.medal(), 0, 0,
                        previous.kind()), r.year(), r.pageRef(), r.person(), r.prose(), r.words());
            }
            if (r.medal() != null) {
                previous = r.medal();
            }
            out.add(r);
        }
        return withNames >= 2 ? out : List.of(whole);
    }

    private static final Pattern LEAD_SENTENCE = Pattern.compile("^([^.:;()«»]{3,100}\\.)\\s+");

    /** "Inclusion numérique. Or : X (T1) ; …": a few words ending with a full stop before a medal, if any. */
    private String sentenceLead(String first) {
        Matcher m = LEAD_SENTENCE.matcher(first.strip());
        if (!m.lookingAt() || Text.wordCount(m.group(1)) > 10) {
            return null;
        }
        String rest = first.strip().substring(m.end());
        return lexicon.opens(Vocab.MEDAL, rest) || lexicon.opens(Vocab.MEDAL_WORD, rest) ? m.group(1) : null;
    }

    /** The bold words opening a line and ending with "." or ":", if any. */
    private static String boldLead(Line line, String first) {
        List<String> bold = line.boldRuns();
        if (bold.isEmpty()) {
            return null;
        }
        String b = bold.get(0).strip();
        return first.strip().startsWith(b) && Regexes.matches(b, ".*[.:]$") && b.length() < first.strip().length() ? b : null;
    }

    /** Reads a text that is not a document line (a cell's text, a sentence). */
    public LineReading read(String text) {
        return read(Line.of(text, 0, 0), text);
    }

    private LineReading read(Line line, String raw) {
        String text = raw;
        Matcher lead = LEAD_MARK.matcher(text);
        int offset = 0;
        if (lead.lookingAt() && !startsWithMedalEmoji(text)) {
            offset = lead.end();
        }
        boolean pageRef = false;
        Matcher pr = PAGE_REF.matcher(text);
        int end = text.length();
        if (endsWithDigit(text) && pr.find() && pr.start() > offset) {
            pageRef = true;
            end = pr.start();
        }
        String body = text.substring(0, end);
        int words = Text.wordCount(body.substring(offset));
        String unquoted = body.substring(offset);
        if (hasQuote(unquoted)) {
            unquoted = QUOTED.matcher(unquoted).replaceAll(" \"\" ");
        }
        int proseWords = Text.wordCount(unquoted);
        Integer year = null;
        Matcher y = YEAR.matcher(body);
        if (y.find()) {
            year = Integer.parseInt(y.group(1));
        }
        if (words == 0) {
            return new LineReading(line, text, List.of(), null, year, pageRef, false, false, 0);
        }
        Folded f = Folded.of(body);
        List<Anchor> found = anchors.find(body, f);
        MedalMention medal = null;
        for (Anchor a : found) {
            if (a.type() == Anchor.Type.MEDAL && a.start() >= offset) {
                medal = new MedalMention(Medal.parse(a.key()).orElseThrow(), a.start(), a.end(),
                        lexicon.whole(Vocab.MEDAL_WORD, body.substring(a.start(), a.end())).isPresent()
                                ? MedalMention.Kind.BARE : MedalMention.Kind.HEADED);
                break;
            }
        }
        int from = offset;
        boolean structured = pageRef || found.stream().anyMatch(a -> a.start() <= from + 2
                && (a.type() == Anchor.Type.MEDAL || a.type() == Anchor.Type.LABEL || a.type() == Anchor.Type.QUOTE))
                || found.stream().anyMatch(a -> a.type() == Anchor.Type.GAP
                        || a.type() == Anchor.Type.MEDAL && body.charAt(a.start()) == '(' && a.end() >= body.stripTrailing().length() - 1
                                && !severalAwards(body, found))
                || projectIntro(f, from)
                // "Title, porté par X — label d'or (Catégorie)": a medal named in a line with no verb of award
                || found.stream().anyMatch(a -> a.type() == Anchor.Type.MEDAL) && !lexicon.contains(Vocab.AWARD_VERB, body)
                        && !SENTENCE_BREAK.matcher(body).find();
        if (!structured && proseWords < PROSE_WORDS && persons.isPerson(body.substring(offset))) {
            return new LineReading(line, text, List.of(), medal, year, pageRef, true, false, words);
        }
        if (!structured && isProse(body.substring(offset), proseWords)) {
            return new LineReading(line, text, List.of(), medal == null ? proseMedal(body, f) : medal, year, pageRef,
                    false, true, words);
        }
        List<Segment> segments = segments(line, body, offset, found);
        return new LineReading(line, text, segments, medal, year, pageRef, false, false, words);
    }

    /** "Le département du Gers obtient le label de bronze pour « Gers Services ».": a sentence with its verb of award. */
    private boolean awardSentence(String body, int words) {
        String t = body.strip();
        return words >= 6 && t.endsWith(".") && !t.endsWith("..") && lexicon.contains(Vocab.AWARD_VERB, t);
    }

    /**
     * A sentence of award naming several medals ("X a été récompensé par le Label Argent, aux côtés du projet Y
     * porté par Z (Label Or)"): prose, not a record line ending with its medal.
     */
    private boolean severalAwards(String body, List<Anchor> found) {
        return found.stream().filter(a -> a.type() == Anchor.Type.MEDAL).count() > 1
                && lexicon.contains(Vocab.AWARD_VERB, body);
    }

    /** "Pour le projet X", "Projet : X" opening the line: a record's line, however long. */
    private boolean projectIntro(Folded f, int from) {
        for (Hit h : lexicon.find(Vocab.TITLE_INTRO, f)) {
            if (h.originalStart(f) <= from + 1 && f.text().substring(h.start(), h.end()).contains("projet")) {
                return true;
            }
            break;
        }
        return false;
    }

    /**
     * Whether the text's last character, spaces and line ends aside, is a digit: what {@link #PAGE_REF} needs
     * before it is tried (its search from every position of a long line is what it costs).
     */
    static boolean endsWithDigit(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u0085'
                    || c == '\u2028' || c == '\u2029') {
                continue;
            }
            return c >= '0' && c <= '9';
        }
        return false;
    }

    /** Whether the text holds one of the quotes {@link #QUOTED} opens with. */
    private static boolean hasQuote(String text) {
        return text.indexOf('«') >= 0 || text.indexOf('“') >= 0 || text.indexOf('"') >= 0;
    }

    private static boolean startsWithMedalEmoji(String text) {
        String t = text.strip();
        return t.startsWith("🥇") || t.startsWith("🥈") || t.startsWith("🥉");
    }

    private boolean isProse(String body, int words) {
        if (words >= PROSE_WORDS || awardSentence(body, words)) {
            return true;
        }
        // two sentences, or one whole sentence of some length ending with its full stop
        return words >= 12 && (SENTENCE_BREAK.matcher(body).find() || WholeSentence.is(body.strip())
                && !labelledOrNamed(body) && !lexicon.opens(Vocab.FORM, body));
    }

    /**
     * "Ville de Rennes : guichet …", "Projet : …": a line whose part before " : " is a name or a short label
     * is a record's line; "Messagerie, finances, ressources humaines : vingt-quatre communes …" is a sentence.
     */
    private boolean labelledOrNamed(String body) {
        int colon = body.indexOf(" : ");
        if (colon < 0) {
            return false;
        }
        String before = body.substring(0, colon);
        return Text.wordCount(before) <= 3 || names.read(before).isNames();
    }

    private MedalMention proseMedal(String body, Folded f) {
        List<Hit> hits = lexicon.find(Vocab.MEDAL_PROSE, f);
        if (hits.isEmpty()) {
            return null;
        }
        Hit h = hits.get(0);
        return new MedalMention(Medal.parse(h.key()).orElseThrow(), h.originalStart(f), h.originalEnd(f),
                MedalMention.Kind.PROSE);
    }

    private List<Segment> segments(Line line, String body, int offset, List<Anchor> found) {
        List<Integer> boldCuts = boldCuts(line);
        List<Segment> out = new ArrayList<>();
        int pos = offset;
        Anchor prev = null;
        for (Anchor a : found) {
            if (a.start() < pos) {
                continue;
            }
            // "Projet : Opération “Premier Clic”": a quote inside a labelled value is part of it
            if (a.type() == Anchor.Type.QUOTE && prev != null && prev.type() == Anchor.Type.LABEL
                    && !"category".equals(prev.key()) && !body.substring(prev.end(), a.start()).isBlank()) {
                continue;
            }
            addFree(out, body, pos, a.start(), prev, boldCuts);
            switch (a.type()) {
                case QUOTE -> {
                    String inner = Text.collapse(body.substring(a.start() + 1, a.end() - 1));
                    boolean category = prev != null && prev.type() == Anchor.Type.LABEL && "category".equals(prev.key())
                            && gapOnly(body, prev.end(), a.start())
                            || Regexes.matches(Folded.fold(body.substring(Math.max(0, a.start() - 14), a.start())), ".*categor\\w*\\s*$");
                    if (isLabelName(inner)) {
                        break;
                    }
                    Segment s = new Segment(category ? Field.CATEGORY : Field.TITLE, a.start(), a.end(), inner, List.of(), 0,
                            true, category);
                    out.add(s);
                }
                case MEDAL -> out.add(Segment.of(Field.MEDAL, a.start(), a.end(), body.substring(a.start(), a.end())));
                default -> {
                }
            }
            prev = a;
            pos = a.end();
        }
        addFree(out, body, pos, body.length(), prev, boldCuts);
        return categoryAfterMedal(body, namedByPosition(body, mergeInnerQuotes(body, out)));
    }

    /** "— label d'or (Accueil et démarches)": a parenthesized text right after a medal is its category. */
    private static List<Segment> categoryAfterMedal(String body, List<Segment> segs) {
        List<Segment> out = new ArrayList<>(segs);
        for (int i = 1; i < out.size(); i++) {
            Segment s = out.get(i);
            String t = s.text().strip();
            if (s.field() == Field.TEXT && out.get(i - 1).field() == Field.MEDAL && t.startsWith("(") && t.endsWith(")")) {
                String inner = t.substring(1, t.length() - 1).strip();
                out.set(i, new Segment(Field.CATEGORY, s.start() + 1, s.end() - 1, inner, List.of(), 0, false, true));
            }
        }
        return out;
    }

    /** A name known only by where it stands, before "pour « title »" ("SYANE pour « … »"). */
    private static final double POSITIONAL = 0.4;

    private List<Segment> namedByPosition(String body, List<Segment> segs) {
        if (segs.stream().anyMatch(s -> s.field() == Field.NAMES)) {
            return segs;
        }
        List<Segment> out = new ArrayList<>(segs);
        for (int i = 0; i + 1 < out.size(); i++) {
            Segment t = out.get(i);
            Segment next = out.get(i + 1);
            if (t.field() != Field.TEXT || next.field() != Field.TITLE || !next.quoted()) {
                continue;
            }
            String between = body.substring(t.end(), next.start());
            String words = t.text().strip();
            if (lexicon.whole(Vocab.TITLE_INTRO, between).isPresent() && !words.isEmpty()
                    && Character.isUpperCase(words.charAt(0)) && Text.wordCount(words) <= 10) {
                out.set(i, new Segment(Field.NAMES, t.start(), t.end(), t.text(), List.of(Names.clean(t.text())),
                        POSITIONAL, false, false));
                return out;
            }
        }
        return out;
    }

    private static boolean gapOnly(String body, int from, int to) {
        return from <= to && body.substring(from, to).isBlank();
    }

    /** « Territoire Innovant »: the label's own name is no title. */
    private boolean isLabelName(String inner) {
        return Regexes.matches(Folded.fold(inner), "(?:labels? )?territoires? innovants?(?: 20\\d\\d)?");
    }

    private void addFree(List<Segment> out, String body, int start, int end, Anchor prev, List<Integer> boldCuts) {
        int[] t = FreeText.trim(body, start, end);
        if (t[0] >= t[1] || !body.substring(t[0], t[1]).codePoints().anyMatch(Character::isLetterOrDigit)) {
            return;
        }
        if (prev != null && prev.type() == Anchor.Type.LABEL) {
            out.add(labelled(body, t[0], t[1], prev.key()));
            return;
        }
        out.addAll(free.read(body, t[0], t[1], boldCuts));
    }

    /** The part a field label announces. */
    private Segment labelled(String body, int start, int end, String field) {
        String text = body.substring(start, end);
        String inner = Text.stripQuotes(text.strip());
        switch (field) {
            case "names" -> {
                Names.Reading r = names.read(text);
                List<String> ns = r.isNames() ? r.names() : List.of(Names.clean(text));
                return new Segment(Field.NAMES, start, end, text, ns, Math.max(r.score(), 0.7), false, true);
            }
            case "title" -> {
                return new Segment(Field.TITLE, start, end, inner, List.of(), 0, !inner.equals(text.strip()), true);
            }
            case "category" -> {
                String c = Regexes.replaceAll(inner, "\\)\\s*$", "").strip();
                return new Segment(Field.CATEGORY, start, start + text.indexOf(c) + c.length(), c, List.of(), 0, false, true);
            }
            case "medal" -> {
                return lexicon.whole(Vocab.MEDAL_WORD, text).or(() -> lexicon.whole(Vocab.MEDAL, text))
                        .map(k -> Segment.of(Field.MEDAL, start, end, text).asLabelled())
                        .orElse(Segment.of(Field.TEXT, start, end, text));
            }
            case "place" -> {
                return Segment.of(Field.PLACE, start, end, text).asLabelled();
            }
            case "year" -> {
                return Segment.of(Field.YEAR, start, end, text).asLabelled();
            }
            default -> {
                return Segment.of(Field.TEXT, start, end, text);
            }
        }
    }

    /**
     * "La place de marché « J'achète en Comminges »", "Programme «Démat'URBA»": a quote that text
     * touches is part of a title, not the whole of it.
     */
    private static List<Segment> mergeInnerQuotes(String body, List<Segment> segs) {
        List<Segment> out = new ArrayList<>();
        for (Segment s : segs) {
            Segment last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && touching(body, last, s) && (last.field() == Field.TEXT && s.field() == Field.TITLE && s.quoted()
                    || last.field() == Field.TITLE && last.quoted() && s.field() == Field.TEXT)) {
                String text = Text.collapse(body.substring(last.start(), s.end()));
                out.set(out.size() - 1, new Segment(Field.TITLE, last.start(), s.end(), text, List.of(), 0, false,
                        last.labelled() || s.labelled()));
                continue;
            }
            out.add(s);
        }
        return out;
    }

    private static boolean touching(String body, Segment a, Segment b) {
        String between = body.substring(Math.min(a.end(), b.start()), Math.max(a.end(), b.start()));
        return between.isBlank() && !between.contains("\t");
    }

    /** Positions in the line's text where bold starts or stops. */
    private static List<Integer> boldCuts(Line line) {
        List<Integer> out = new ArrayList<>();
        int pos = 0;
        Boolean prev = null;
        StringBuilder sb = new StringBuilder();
        for (Span s : line.spans()) {
            if (prev != null && s.bold() != prev && !s.text().isBlank()) {
                out.add(Text.collapse(sb.toString()).length() + (sb.toString().endsWith(" ") ? 1 : 0));
            }
            if (!s.text().isBlank()) {
                prev = s.bold();
            }
            sb.append(s.text());
            pos += s.text().length();
        }
        return out;
    }
}
