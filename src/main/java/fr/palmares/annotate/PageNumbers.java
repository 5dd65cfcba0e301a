package fr.palmares.annotate;

import fr.palmares.model.Line;
import fr.palmares.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the page numbers of a table of contents that lost its leaders and gaps: three lines or more in a
 * row, each ending with a number after a word, the numbers never decreasing ("Services aux usagers 4",
 * "Ville de X — Titre 7", "Ville de Y — Titre 8"). Their number is set apart by a gap, as a contents
 * line prints it, so that it reads as a page reference and not as part of a title ("Pass numérique 62"
 * alone stays a title).
 */
final class PageNumbers {
    private static final Pattern TRAILING = Pattern.compile("^(.*[^\\d\\s.,:/–—-])\\s+(\\d{1,3})\\s*$");
    private static final Pattern MARKED = Pattern.compile("(?:\\.{3,}|…|_{3,}|\\t)\\s*(\\d{1,3})\\s*$");
    /** "… d'espaces de travail 25 partagés": an entry wrapped after its page number, joined by the layout. */
    private static final Pattern WRAPPED = Pattern.compile("^(.*[^\\d\\s.,:/–—-])\\s+(\\d{1,3})\\s+(\\p{Ll}[^\\d]{0,60})$");
    private static final Pattern SPAN_NUMBER = Pattern.compile("\\s+(\\d{1,3})\\s*$");
    private static final int RUN = 3;

    private PageNumbers() {
    }

    /** The lines, those of a run of contents lines with their number set apart. */
    static List<Line> mark(List<Line> lines) {
        List<Line> out = new ArrayList<>(lines);
        int i = 0;
        while (i < lines.size()) {
            int j = i;
            int last = -1;
            while (j < lines.size()) {
                Integer n = number(lines.get(j).text());
                if (n == null || n < last) {
                    break;
                }
                last = n;
                j++;
            }
            if (j - i >= RUN) {
                for (int k = i; k < j; k++) {
                    out.set(k, apart(lines.get(k)));
                }
                i = j;
            } else {
                i = Math.max(j, i + 1);
            }
        }
        return out;
    }

    private static Integer number(String text) {
        if (!hasDigit(text)) {
            return null; // each pattern below reads a number
        }
        Matcher m = MARKED.matcher(text);
        if (m.find()) {
            return Integer.parseInt(m.group(1));
        }
        Matcher t = TRAILING.matcher(text);
        if (t.matches()) {
            return Integer.parseInt(t.group(2));
        }
        Matcher w = WRAPPED.matcher(text);
        return w.matches() ? Integer.parseInt(w.group(2)) : null;
    }

    private static boolean hasDigit(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** The line with a gap before its trailing number (unchanged when it has one already). */
    private static Line apart(Line line) {
        if (MARKED.matcher(line.text()).find()) {
            return line;
        }
        Matcher w = WRAPPED.matcher(line.text());
        if (w.matches()) {
            boolean bold = line.allBold();
            return new Line(List.of(new Span(w.group(1) + " " + w.group(3) + "\t" + w.group(2), bold)), line.style(),
                    line.page(), line.line());
        }
        List<Span> spans = new ArrayList<>(line.spans());
        for (int k = spans.size() - 1; k >= 0; k--) {
            Span s = spans.get(k);
            Matcher m = SPAN_NUMBER.matcher(s.text());
            if (m.find()) {
                spans.set(k, new Span(s.text().substring(0, m.start()) + "\t" + m.group(1), s.bold(), s.italic()));
                return new Line(spans, line.style(), line.page(), line.line());
            }
            if (!s.text().isBlank()) {
                break;
            }
        }
        return line;
    }
}
