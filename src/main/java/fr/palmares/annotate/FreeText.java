package fr.palmares.annotate;

import fr.palmares.lexicon.Folded;
import fr.palmares.lexicon.Hit;
import fr.palmares.lexicon.Lexicon;
import fr.palmares.lexicon.Vocab;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a free part of a line (between strong cuts) into segments: names alone; names and a title
 * split at an intro ("X pour Y", "X avec Y") or a separator ("X – Y", "Y – X", "X : Y"); places; a
 * year; else free text. A split is kept only where it puts names on one side.
 */
final class FreeText {
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[-–—]\\s+|\\s*[–—]\\s*|\\s+:\\s+|\\s*:\\s+(?=\\p{Lu})|,\\s+(?=[«\"“])");
    private static final Pattern YEAR_ONLY = Pattern.compile("^\\(?(20[0-4]\\d)\\)?$");
    private static final Pattern ACRONYM = Pattern.compile("^\\p{Lu}[\\p{Lu}\\d&.]{1,9}$");
    private static final String EDGE_CHARS = "[\\s:;,|\\-–—•·*●○◦▪■□◆◇►▶→➜✓✔]";
    private static final Pattern EDGES = Pattern.compile("^" + EDGE_CHARS + "+");
    private static final Pattern TRAILING_EDGES = Pattern.compile(EDGE_CHARS + "+$");
    /** Before a number: "Région Rhône-Alpes 500 destinations…". */
    private static final Pattern BEFORE_NUMBER = Pattern.compile("\\s+(?=\\d)");
    private static final Pattern ATTRIBUTION = Pattern.compile("^(?:(?:a ete|est|sont|ont ete)\\s+)?(?:attribuee?s?|decernee?s?|remise?s?|accordee?s?)\\s+(?:a|au|aux)\\s+");

    private final Lexicon lexicon;
    private final Names names;
    private final Places places;

    FreeText(Lexicon lexicon, Names names, Places places) {
        this.lexicon = lexicon;
        this.names = names;
        this.places = places;
    }

    /** The segments of text[start, end). */
    List<Segment> read(String line, int start, int end, List<Integer> boldCuts) {
        List<Segment> out = new ArrayList<>();
        int[] t = trim(line, start, end);
        if (t[0] >= t[1]) {
            return out;
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
        List<Hit> intros = lexicon.find(Vocab.TITLE_INTRO, f);
        if (!intros.isEmpty() && intros.get(0).start() == 0 && intros.get(0).end() == f.length()) {
            return out; // "Pour le projet" before a quoted title
        }
        // "X pour" before a quoted title: the intro is no part of the name
        Hit lastIntro = intros.isEmpty() ? null : intros.get(intros.size() - 1);
        if (lastIntro != null && lastIntro.end() == f.length() && lastIntro.start() > 0) {
            return read(line, start, start + lastIntro.originalStart(f), boldCuts);
        }
        // "Pour le projet X": a title
        for (Hit h : intros) {
            if (h.start() == 0 && h.end() < f.length()) {
                String rest = text.substring(h.originalEnd(f));
                if (!rest.isBlank() && names.read(rest).score() < 0.9) {
                    int[] r = trim(line, start + h.originalEnd(f), end);
                    out.add(Segment.of(Field.TITLE, r[0], r[1], line.substring(r[0], r[1])).asLabelled());
                    return out;
                }
            }
            break;
        }
        Segment whole = classify(line, start, end);
        if (whole.field() != Field.TEXT) {
            out.add(whole);
            return out;
        }
        List<Segment> split = split(line, start, end, f, boldCuts);
        if (!split.isEmpty()) {
            return split;
        }
        List<Segment> prefix = namePrefix(line, start, end);
        if (!prefix.isEmpty()) {
            return prefix;
        }
        out.add(whole);
        return out;
    }

    /** One part as one segment: names, places, a year, or text. */
    Segment classify(String line, int start, int end) {
        int[] t = trim(line, start, end);
        String text = line.substring(t[0], t[1]);
        Names.Reading r = names.read(text);
        boolean placesOnly = places.isPlaces(text);
        if (r.isNames() && (!placesOnly || r.names().stream().anyMatch(n -> names.formType(n) != null))) {
            return new Segment(Field.NAMES, t[0], t[1], text, r.names(), r.score(), false, false);
        }
        if (placesOnly) {
            return Segment.of(Field.PLACE, t[0], t[1], text);
        }
        if (YEAR_ONLY.matcher(text.strip()).matches()) {
            return Segment.of(Field.YEAR, t[0], t[1], text);
        }
        return Segment.of(Field.TEXT, t[0], t[1], text);
    }

    /**
     * "Rennes Métropole Open data pour tous" (a name and a title run together): the longest leading
     * run of words that is a name by its form, before a capitalized word.
     */
    private List<Segment> namePrefix(String line, int start, int end) {
        String text = line.substring(start, end);
        Matcher m = UPPER_WORD.matcher(text);
        List<Integer> cuts = new ArrayList<>();
        while (m.find()) {
            if (m.start() > 0) {
                cuts.add(m.start());
            }
        }
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

    private static final Pattern UPPER_WORD = Pattern.compile("(?<=\\s)\\p{Lu}");

    /** The best split of a part into names and a title, or nothing. */
    private List<Segment> split(String line, int start, int end, Folded f, List<Integer> boldCuts) {
        String text = line.substring(start, end);
        List<int[]> cuts = new ArrayList<>();
        List<Boolean> intro = new ArrayList<>();
        for (Hit h : lexicon.find(Vocab.TITLE_INTRO, f)) {
            int s = h.originalStart(f);
            int e = h.originalEnd(f);
            if (s > 0 && Character.isWhitespace(text.charAt(s - 1))) {
                cuts.add(new int[] {s, e});
                intro.add(true);
            }
        }
        Matcher m = SEPARATOR.matcher(text);
        while (m.find()) {
            cuts.add(new int[] {m.start(), m.end()});
            intro.add(false);
        }
        Matcher num = BEFORE_NUMBER.matcher(text);
        while (num.find()) {
            cuts.add(new int[] {num.start(), num.end()});
            intro.add(false);
        }
        for (int b : boldCuts) {
            if (b > start && b < end) {
                cuts.add(new int[] {b - start, b - start});
                intro.add(false);
            }
        }
        List<Segment> best = List.of();
        double bestScore = 0;
        for (int i = 0; i < cuts.size(); i++) {
            int[] c = cuts.get(i);
            int ls = start;
            int le = start + c[0];
            int rs = start + c[1];
            int re = end;
            if (trim(line, ls, le)[0] >= trim(line, ls, le)[1] || trim(line, rs, re)[0] >= trim(line, rs, re)[1]) {
                continue;
            }
            Segment left = classify(line, ls, le);
            Segment right = classify(line, rs, re);
            if (left.field() == Field.NAMES && right.field() != Field.NAMES) {
                // "SIEA - Syndicat …": an acronym and its name are one name
                double sc = left.score() + (intro.get(i) ? 0.05 : 0);
                if (sc > bestScore) {
                    bestScore = sc;
                    Segment title = (intro.get(i) ? right.as(Field.TITLE).asLabelled() : right);
                    if (right.field() == Field.PLACE || right.field() == Field.YEAR) {
                        title = right;
                    }
                    best = List.of(left, title);
                }
            } else if (right.field() == Field.NAMES && left.field() != Field.NAMES && !intro.get(i)) {
                String l = line.substring(trim(line, ls, le)[0], trim(line, ls, le)[1]);
                if (ACRONYM.matcher(l).matches()) {
                    names.define(l, right.names().get(0));
                    int[] w = trim(line, ls, re);
                    Segment one = new Segment(Field.NAMES, w[0], w[1], line.substring(w[0], w[1]),
                            List.of(line.substring(w[0], w[1])), right.score(), false, false);
                    if (right.score() > bestScore) {
                        bestScore = right.score();
                        best = List.of(one);
                    }
                    continue;
                }
                if (right.score() > bestScore) {
                    bestScore = right.score();
                    best = List.of(left, right);
                }
            } else if (left.field() == Field.NAMES && right.field() == Field.NAMES && !intro.get(i)
                    && left.names().size() == 1 && right.names().size() == 1 && isDash(text, c)) {
                // "CU de Lyon - Grand Lyon": one body under two of its names
                int[] w = trim(line, ls, re);
                double sc = Math.min(left.score(), right.score());
                if (sc > bestScore) {
                    bestScore = sc;
                    best = List.of(new Segment(Field.NAMES, w[0], w[1], line.substring(w[0], w[1]),
                            List.of(line.substring(w[0], w[1])), sc, false, false));
                }
            } else if (left.field() == Field.PLACE && right.field() == Field.PLACE && bestScore == 0) {
                int[] w = trim(line, ls, re);
                best = List.of(Segment.of(Field.PLACE, w[0], w[1], line.substring(w[0], w[1])));
            }
        }
        return best;
    }

    private static boolean isDash(String text, int[] cut) {
        return text.substring(cut[0], cut[1]).strip().matches("[-–—]");
    }

    /** The bounds of text[start, end) without separators and spaces at its edges. */
    static int[] trim(String line, int start, int end) {
        String s = line.substring(start, end);
        Matcher m = EDGES.matcher(s);
        int a = 0;
        int b = s.length();
        if (m.find() && m.start() == 0) {
            a = m.end();
        }
        Matcher e = TRAILING_EDGES.matcher(s);
        if (e.find() && e.start() >= a) {
            b = e.start();
        }
        return new int[] {start + a, start + Math.max(a, b)};
    }
}
