package fr.palmares.annotate;

import fr.palmares.model.Regexes;
import fr.palmares.lexicon.Folded;
import fr.palmares.lexicon.Lexicon;
import fr.palmares.lexicon.Vocab;
import fr.palmares.model.Line;
import fr.palmares.model.Span;
import fr.palmares.model.Spans;
import fr.palmares.model.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins the lines of a block that one text was wrapped over: a line continues the one before when that
 * one leaves a quotation or a parenthesis open, ends on a word that needs what follows (a preposition,
 * an article, a collectivité's form noun, a hyphen), or when the line starts in lower case. A line with
 * a list marker of its own, or after one ending a sentence, always starts anew.
 */
final class WrappedLines {
    private static final Pattern FUNCTION_END = Pattern.compile(
            "(?:^|\\s)(?:pour|de|du|des|d'|l'|la|le|les|et|a|au|aux|en|par|sur|avec|dans|entre|ou|son|sa|ses|leur|leurs)$");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?;]\\s*$");
    /** "» / — prix de la catégorie …": a spaced dash opening a line goes on with the line before. */
    private static final Pattern DASH_START = Pattern.compile("[—–]\\s");
    private static final Pattern HYPHEN_END = Pattern.compile("\\p{L}-$");
    private static final Pattern PAGE_END = Pattern.compile("[\\s\\t.…]+(\\d{1,3})\\s*$");

    /** "Numérique pour « … »": a few capitalized words, then the title's intro and its quote. */
    private static final Pattern NAME_END_THEN_TITLE = Pattern.compile(
            "^(\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)?)(?:\\s+(?:pour|avec)\\s+[«“\"]|\\s+[—–-]\\s|\\s*,\\s)");

    private final Lexicon lexicon;
    private final Names names;

    WrappedLines(Lexicon lexicon, Names names) {
        this.lexicon = lexicon;
        this.names = names;
    }

    List<Line> join(List<Line> lines) {
        if (lines.size() < 2) {
            return lines;
        }
        List<Line> out = new ArrayList<>();
        Line cur = null;
        int length = 0;
        for (Line l : lines) {
            if (l.text().isBlank()) {
                continue;
            }
            int more = chars(l);
            if (cur != null && length + more < MAX_CHARS && continues(cur, l)) {
                cur = joined(cur, l);
                length += more + 1;
            } else {
                if (cur != null) {
                    out.add(cur);
                }
                cur = l;
                length = more;
            }
        }
        if (cur != null) {
            out.add(cur);
        }
        return out;
    }

    /**
     * No joined line grows past this many characters (the loaders' longest line): a paragraph of a
     * hundred thousand wrapped lines, or a line cut from a megabyte of text, is read in pieces, so that the
     * work per line stays bounded. No document's paragraph comes near it.
     */
    static final int MAX_CHARS = 10_000;

    private static int chars(Line l) {
        int n = 0;
        for (fr.palmares.model.Span s : l.spans()) {
            n += s.text().length();
        }
        return n;
    }

    boolean continues(Line prev, Line next) {
        String before = prev.text();
        if (next.style().marker() != null || before.contains("\t") || next.text().contains("\t")) {
            return false;
        }
        String a = before.strip();
        String b = next.text().strip();
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        if (open(a, '«', '»') || open(a, '“', '”') || open(a, '(', ')') || count(a, '"') % 2 == 1) {
            return true;
        }
        if (SENTENCE_END.matcher(a).find() || prev.allBold() != next.allBold()) {
            return false; // a sentence ended; a bold title, then its plain names line
        }
        if (startsLower(b) || b.charAt(0) == '(' || DASH_START.matcher(b).lookingAt() || sentenceGoesOn(a, b)) {
            return true; // "… — label d'or" / "(Mobilités et aménagement)": a parenthesis goes with its line
        }
        String f = Folded.fold(a);
        if (FUNCTION_END.matcher(f).find() || HYPHEN_END.matcher(a).find() || labelEnd(a)) {
            return true;
        }
        // "LABEL D'OR : Communauté de communes" / "Vallée de l'Hérault pour …", "…, porté par Communauté de
        // communes" / "Vierzon-Sologne-Berry — …": a form noun alone waits for its name
        String tail = lastPart(a);
        if (tail.contains(" ") && lexicon.whole(Vocab.FORM, tail).isPresent()) {
            return true;
        }
        return nameGoesOn(a, tail, b);
    }

    /**
     * "LABEL D'ARGENT : Syndicat mixte Ardèche Drôme" / "Numérique pour « … »": a line ending with a name
     * and no title, then words that are no name by themselves before "pour « title »": the name's end.
     */
    private boolean nameGoesOn(String a, String tail, String b) {
        Matcher m = NAME_END_THEN_TITLE.matcher(b);
        if (!m.lookingAt() || a.indexOf('«') >= 0 || a.indexOf('“') >= 0 || names.score(m.group(1)) > 0
                || names.score(tail) == 0) {
            return false;
        }
        return names.score(tail + " " + m.group(1)) > 0;
    }

    /**
     * "… diffusé en direct depuis" / "Lyon.": a long line of running words that stops on a bare word is a
     * sentence that the next line finishes.
     */
    private boolean sentenceGoesOn(String a, String b) {
        return a.length() >= 60 && Text.wordCount(a) >= 10 && Character.isLetter(a.charAt(a.length() - 1))
                && SENTENCE_END.matcher(b).find() && !b.endsWith(";") && !lexicon.opens(Vocab.FORM, b)
                && lexicon.find(Vocab.MEDAL, Folded.of(b)).isEmpty();
    }

    /**
     * What the line ends on after its last separator (comma, colon, dash) and its last phrase that
     * introduces names ("porté par"): the field being written when the line was cut.
     */
    private String lastPart(String a) {
        int cut = Math.max(Math.max(a.lastIndexOf(','), a.lastIndexOf(':')), Math.max(a.lastIndexOf('—'), a.lastIndexOf('–')));
        String tail = a.substring(cut + 1);
        Folded f = Folded.of(tail);
        List<fr.palmares.lexicon.Hit> intros = lexicon.find(Vocab.NAMES_INTRO, f);
        if (!intros.isEmpty()) {
            tail = tail.substring(intros.get(intros.size() - 1).originalEnd(f));
        }
        return tail.strip();
    }

    /** "… : label d'argent, catégorie" / "Sobriété et transition écologique": a field label waits for its value. */
    private boolean labelEnd(String a) {
        String[] words = Regexes.split(lastPart(a), "\\s+");
        // the part's last word or two: "catégorie", "prix de la catégorie", "label d'argent, catégorie"
        for (int n = 1; n <= Math.min(2, words.length); n++) {
            String end = String.join(" ", java.util.Arrays.copyOfRange(words, words.length - n, words.length));
            if (!end.isEmpty() && lexicon.whole(Vocab.FIELD, end).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsLower(String b) {
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            if (Character.isLetter(c)) {
                return Character.isLowerCase(c);
            }
            if (Character.isDigit(c)) {
                return false;
            }
        }
        return false;
    }

    private static boolean open(String s, char o, char c) {
        return count(s, o) > count(s, c);
    }

    private static int count(String s, char ch) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == ch) {
                n++;
            }
        }
        return n;
    }

    private static Line joined(Line a, Line b) {
        Matcher page = PAGE_END.matcher(a.text());
        if (page.find() && !PAGE_END.matcher(b.text()).find()) {
            // "… d'espaces de travail 25" / "partagés": a contents entry wrapped after its page number
            String number = page.group(1);
            Line head = new Line(Spans.withoutEnd(a.spans(), page.group().length()), a.style(), a.page(), a.line());
            Line whole = joined(head, b);
            List<Span> spans = new ArrayList<>(whole.spans());
            spans.add(new Span(" " + number, false, false));
            return new Line(spans, a.style(), a.page(), a.line());
        }
        List<Span> spans = new ArrayList<>(a.spans());
        String at = a.text();
        if (HYPHEN_END.matcher(at.strip()).find() && startsLower(b.text().strip())) {
            // "ex-" / "périence": a word cut at the line's end
            Span last = spans.remove(spans.size() - 1);
            String t = last.text().stripTrailing();
            spans.add(new Span(t.substring(0, t.length() - 1), last.bold(), last.italic()));
        } else if (!HYPHEN_END.matcher(at.strip()).find()) {
            spans.add(new Span(" ", false, false));
        }
        spans.addAll(b.spans());
        return new Line(spans, a.style(), a.page(), a.line());
    }
}
