package fr.palmares.annotate;

import fr.palmares.model.Regexes;
import fr.palmares.lexicon.Folded;
import fr.palmares.lexicon.Hit;
import fr.palmares.lexicon.Lexicon;
import fr.palmares.lexicon.Vocab;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a free part of a line (between strong cuts) into segments. The part may be names alone;
 * pieces between separators ("Catégorie — Names : Title", "Or · Names · Title", "Title - Names") of
 * which a run reads as names, the text before and after it kept as text; names and a title around an
 * intro ("X pour Y", "X avec Y", "Y, porté par X"); a name and a title run together ("Rennes Métropole
 * Open data"); places; a year; else free text.
 */
final class FreeText {
    private static final Pattern SEPARATOR = Pattern.compile(
            "\\s+[-–—]\\s+|\\s*[–—]\\s*|\\s+:\\s+|\\s*:\\s+(?=\\p{Lu})|,\\s+(?=[«\"“])|\\s+[·•|/]\\s+|\\s*·\\s*");
    private static final Pattern YEAR_ONLY = Pattern.compile("^\\(?(20[0-4]\\d)\\)?$");
    private static final Pattern ACRONYM = Pattern.compile("^\\p{Lu}[\\p{Lu}\\d&.]{1,9}$");
    /** The marks a piece of a line is trimmed of, besides white space. */
    private static final String EDGE_MARKS = ":;,|-–—•·*●○◦▪■□◆◇►▶→➜✓✔";
    private static final Pattern ATTRIBUTION = Pattern.compile(
            "^(?:(?:a ete|est|sont|ont ete)\\s+)?(?:attribuee?s?|decernee?s?|remise?s?|accordee?s?)\\s+(?:a|au|aux)\\s+");
    private static final Pattern TRAILING_PAREN = Pattern.compile("\\s*\\(([^()]{3,200})\\)[\\s.;,]*$");
    private static final Pattern UPPER_WORD = Pattern.compile("(?<=\\s)\\p{Lu}");
    private static final int MAX_RUN = 4;

    private final Lexicon lexicon;
    private final Names names;
    private final Places places;

    FreeText(Lexicon lexicon, Names names, Places places) {
        this.lexicon = lexicon;
        this.names = names;
        this.places = places;
    }

    /** The segments of line[start, end). */
    List<Segment> read(String line, int start, int end, List<Integer> boldCuts) {
        int[] t = trim(line, start, end);
        if (t[0] >= t[1]) {
            return List.of();
        }
        start = t[0];
        end = t[1];
        String text = line.substring(start, end);
        Folded f = Folded.of(text);
        // "attribué à la Ville de Paris": the words of attribution are no part of the name
        Matcher attr = ATTRIBUTION.matcher(f.text());
        if (attr.lookingAt()) {
            return read(line, start + f.start(attr.end()), end, boldCuts);
        }
        // ", porté par X" after a title: the names
        List<Hit> namesIntro = lexicon.find(Vocab.NAMES_INTRO, f);
        if (!namesIntro.isEmpty() && namesIntro.get(0).start() == 0 && namesIntro.get(0).end() < f.length()) {
            return read(line, start + namesIntro.get(0).originalEnd(f), end, boldCuts);
        }
        List<Hit> intros = lexicon.find(Vocab.TITLE_INTRO, f);
        if (!intros.isEmpty() && intros.get(0).start() == 0 && intros.get(0).end() == f.length()) {
            return List.of(); // "Pour le projet" before a quoted title
        }
        // "X pour" before a quoted title: the intro is no part of the name
        Hit lastIntro = intros.isEmpty() ? null : intros.get(intros.size() - 1);
        if (lastIntro != null && lastIntro.end() == f.length() && lastIntro.start() > 0) {
            return read(line, start, start + lastIntro.originalStart(f), boldCuts);
        }
        // "Pour le projet X": a title
        if (!intros.isEmpty() && intros.get(0).start() == 0) {
            String rest = text.substring(intros.get(0).originalEnd(f));
            if (!rest.isBlank() && names.read(rest).score() < 0.9) {
                int[] r = trim(line, start + intros.get(0).originalEnd(f), end);
                return List.of(Segment.of(Field.TITLE, r[0], r[1], line.substring(r[0], r[1])).asLabelled());
            }
        }
        // "Ville d'Aurillac (Les jardins qui parlent)": a long parenthesis after names is the title
        Matcher paren = TRAILING_PAREN.matcher(text);
        if (paren.find() && paren.start() > 0 && fr.palmares.model.Text.wordCount(paren.group(1)) >= 2
                && !places.isPlaces(paren.group(1)) && lexicon.whole(Vocab.MEDAL_WORD, paren.group(1)).isEmpty()) {
            Segment before = classify(line, start, start + paren.start());
            if (before.field() == Field.NAMES) {
                int ps = start + paren.start(1);
                return List.of(before, Segment.of(Field.TITLE, ps, ps + paren.group(1).length(), paren.group(1))
                        .asLabelled());
            }
        }
        Segment whole = classify(line, start, end);
        if (whole.field() != Field.TEXT) {
            return List.of(whole);
        }
        // "Tri connecté (Département de la Manche)": names in a parenthesis after a title
        Matcher named = TRAILING_PAREN.matcher(text);
        if (named.find() && named.start() > 0 && namesIntro.isEmpty()) {
            int ps = start + named.start(1);
            Segment inner = classify(line, ps, ps + named.group(1).length());
            Segment before = classify(line, start, start + named.start());
            if (inner.field() == Field.NAMES && inner.score() >= 0.7 && before.field() == Field.TEXT) {
                return List.of(before, inner);
            }
        }
        List<Segment> pieces = pieces(line, start, end, boldCuts);
        if (!pieces.isEmpty()) {
            return pieces;
        }
        List<Segment> intro = introSplit(line, start, end, f);
        if (!intro.isEmpty()) {
            return intro;
        }
        List<Segment> prefix = namePrefix(line, start, end);
        if (!prefix.isEmpty()) {
            return prefix;
        }
        return List.of(whole);
    }

    /** One part as one segment: names, places, a year, or text. */
    Segment classify(String line, int start, int end) {
        int[] t = trim(line, start, end);
        if (t[0] >= t[1]) {
            return Segment.of(Field.TEXT, start, start, "");
        }
        String text = line.substring(t[0], t[1]);
        Names.Reading r = names.read(text);
        boolean placesOnly = places.isPlaces(text);
        if (r.isNames() && (!placesOnly || r.names().stream().anyMatch(n -> names.formType(n) != null))) {
            return new Segment(Field.NAMES, t[0], t[1], text, r.names(), r.score(), false, false);
        }
        if (placesOnly) {
            return Segment.of(Field.PLACE, t[0], t[1], text);
        }
        if (YEAR_ONLY.matcher(text.strip()).matches() || lexicon.whole(Vocab.DATE, text.strip()).isPresent()) {
            return Segment.of(Field.YEAR, t[0], t[1], text);
        }
        return Segment.of(Field.TEXT, t[0], t[1], text);
    }

    /**
     * The pieces between separators, when a run of them reads as names: the text before it and after
     * it each kept whole ("Chaleur partagée : un réseau…" stays one title).
     */
    private List<Segment> pieces(String line, int start, int end, List<Integer> boldCuts) {
        String text = line.substring(start, end);
        List<int[]> seps = new ArrayList<>();
        Matcher m = SEPARATOR.matcher(text);
        while (m.find()) {
            seps.add(new int[] {start + m.start(), start + m.end()});
        }
        for (int b : boldCuts) {
            if (b > start && b < end && seps.stream().noneMatch(s -> b >= s[0] && b <= s[1])) {
                seps.add(new int[] {b, b});
            }
        }
        if (seps.isEmpty()) {
            return List.of();
        }
        seps.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<int[]> ps = new ArrayList<>();
        int pos = start;
        for (int[] s : seps) {
            if (s[0] > pos) {
                ps.add(new int[] {pos, s[0]});
            }
            pos = Math.max(pos, s[1]);
        }
        if (pos < end) {
            ps.add(new int[] {pos, end});
        }
        if (ps.size() < 2) {
            return List.of();
        }
        Segment[] one = new Segment[ps.size()];
        for (int i = 0; i < ps.size(); i++) {
            one[i] = classify(line, ps.get(i)[0], ps.get(i)[1]);
        }
        // the run holding the most pieces that are names themselves, then the surest, then the first
        Segment best = null;
        int bestA = -1;
        int bestB = -1;
        int bestCount = 0;
        for (int a = 0; a < ps.size(); a++) {
            for (int b = a; b < ps.size() && b < a + MAX_RUN; b++) {
                Segment run = b == a ? one[a] : joined(line, ps, one, a, b);
                if (run == null || run.field() != Field.NAMES) {
                    continue;
                }
                int count = 0;
                for (int k = a; k <= b; k++) {
                    count += one[k].field() == Field.NAMES ? 1 : 0;
                }
                if (best == null || count > bestCount || count == bestCount && run.score() > best.score() + 1e-9) {
                    best = run;
                    bestA = a;
                    bestB = b;
                    bestCount = count;
                }
            }
        }
        if (best == null) {
            boolean allPlaces = true;
            for (Segment s : one) {
                allPlaces &= s.field() == Field.PLACE;
            }
            if (allPlaces) {
                int[] w = trim(line, start, end);
                return List.of(Segment.of(Field.PLACE, w[0], w[1], line.substring(w[0], w[1])));
            }
            return List.of();
        }
        List<Segment> out = new ArrayList<>();
        if (bestA > 0) {
            out.add(rest(line, ps.get(0)[0], ps.get(bestA - 1)[1]));
        }
        out.add(best);
        if (bestB < ps.size() - 1) {
            out.add(rest(line, ps.get(bestB + 1)[0], ps.get(ps.size() - 1)[1]));
        }
        return out;
    }

    /**
     * Pieces a..b read together: as one name where they are a body under two of its names ("CU de Lyon -
     * Grand Lyon", "SIEA - Syndicat intercommunal…"), as names where the whole reads so, else null.
     */
    private Segment joined(String line, List<int[]> ps, Segment[] one, int a, int b) {
        int[] w = trim(line, ps.get(a)[0], ps.get(b)[1]);
        String text = line.substring(w[0], w[1]);
        Segment whole = classify(line, w[0], w[1]);
        if (whole.field() == Field.NAMES) {
            return whole;
        }
        if (b == a + 1 && isDash(line.substring(ps.get(a)[1], ps.get(b)[0]))) {
            Segment l = one[a];
            Segment r = one[b];
            String left = line.substring(l.start(), l.end());
            if (l.field() == Field.NAMES && r.field() == Field.NAMES && l.names().size() == 1 && r.names().size() == 1) {
                return new Segment(Field.NAMES, w[0], w[1], text, List.of(text), Math.min(l.score(), r.score()), false,
                        false);
            }
            if (ACRONYM.matcher(left).matches() && r.field() == Field.NAMES && r.names().size() == 1) {
                names.define(left, r.names().get(0));
                return new Segment(Field.NAMES, w[0], w[1], text, List.of(text), r.score(), false, false);
            }
        }
        return null;
    }

    private Segment rest(String line, int start, int end) {
        Segment s = classify(line, start, end);
        return s.field() == Field.PLACE || s.field() == Field.YEAR ? s : Segment.of(Field.TEXT, s.start(), s.end(), s.text());
    }

    /** "X pour Y", "X avec Y" (names then title), "Y, porté par X" (title then names). */
    private List<Segment> introSplit(String line, int start, int end, Folded f) {
        String text = line.substring(start, end);
        List<Segment> best = List.of();
        double bestScore = 0;
        for (Hit h : lexicon.find(Vocab.TITLE_INTRO, f)) {
            int s = h.originalStart(f);
            if (s == 0 || !Character.isWhitespace(text.charAt(s - 1))) {
                continue;
            }
            Segment left = classify(line, start, start + s);
            Segment right = classify(line, start + h.originalEnd(f), end);
            if (left.field() == Field.NAMES && right.field() != Field.NAMES && right.end() > right.start()
                    && left.score() > bestScore) {
                bestScore = left.score();
                best = List.of(left, right.field() == Field.TEXT ? right.as(Field.TITLE).asLabelled() : right);
            }
        }
        for (Hit h : lexicon.find(Vocab.NAMES_INTRO, f)) {
            int s = h.originalStart(f);
            Segment left = classify(line, start, start + s);
            Segment right = classify(line, start + h.originalEnd(f), end);
            if (right.field() == Field.NAMES && left.field() == Field.TEXT && left.end() > left.start()
                    && right.score() > bestScore) {
                bestScore = right.score();
                best = List.of(left.as(Field.TITLE).asLabelled(), right);
            }
        }
        return best;
    }

    /**
     * "Rennes Métropole Open data pour tous" (a name and a title run together): the longest leading
     * run of words that is a name by its form, before a capitalized word, or before a number
     * ("Région Rhône-Alpes 500 destinations…").
     */
    private List<Segment> namePrefix(String line, int start, int end) {
        String text = line.substring(start, end);
        Matcher m = UPPER_WORD.matcher(text);
        List<Integer> cuts = new ArrayList<>();
        while (m.find()) {
            cuts.add(m.start());
        }
        Matcher num = Regexes.pattern("(?<=\\s)\\d").matcher(text);
        while (num.find()) {
            cuts.add(num.start());
        }
        cuts.sort(null);
        for (int k = cuts.size() - 1; k >= 0; k--) {
            int cut = start + cuts.get(k);
            Segment left = classify(line, start, cut);
            if (left.field() == Field.NAMES && left.names().stream().allMatch(n -> names.formType(n) != null)
                    && left.score() >= 0.6) {
                Segment right = classify(line, cut, end);
                if (right.field() == Field.TEXT) {
                    return List.of(left, right);
                }
            }
        }
        return List.of();
    }

    private static boolean isDash(String sep) {
        return Regexes.matches(sep.strip(), "[-–—]");
    }

    /** The bounds of text[start, end) without separators and spaces at its edges. */
    static int[] trim(String line, int start, int end) {
        // scanned from each end: what ^[\s<marks>]+ and [\s<marks>]+$ match, without a regex retried from every
        // mark of a trailing run
        int a = start;
        while (a < end && isEdge(line.charAt(a))) {
            a++;
        }
        // "$" also matches before a final line terminator that is no white space of "\s"
        int limit = end > start && "\u0085\u2028\u2029".indexOf(line.charAt(end - 1)) >= 0 ? end - 1 : end;
        int t = limit;
        while (t > start && isEdge(line.charAt(t - 1))) {
            t--;
        }
        if (t == limit) {
            t = end; // no trailing run
        }
        int b = t >= a ? t : end;
        return new int[] {a, Math.max(a, b)};
    }

    /** White space as regular expressions read {@code \s}, or one of {@link #EDGE_MARKS}. */
    static boolean isEdge(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
                || EDGE_MARKS.indexOf(c) >= 0;
    }
}
