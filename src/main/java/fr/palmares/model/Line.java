package fr.palmares.model;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of a document as it was shown: a visual line of a PDF, a line of a text file, a line of a
 * paragraph, list item or table cell of a page. A "\t" in its text marks a visual gap (a column of a
 * fixed-width layout, the space before a page number). {@code page} is the 1-based PDF page (0 when
 * the format has no pages), {@code line} the 1-based line in the source file (0 when unknown).
 */
public record Line(List<Span> spans, Style style, int page, int line) {

    public Line {
        spans = List.copyOf(spans);
        style = style == null ? Style.PLAIN : style;
    }

    public static Line of(String text, int page, int line) {
        return new Line(List.of(new Span(text, false)), Style.PLAIN, page, line);
    }

    /** The line's text, white space collapsed inside each gap-separated part. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (Span s : spans) {
            sb.append(s.text());
        }
        return Text.collapseLines(sb.toString());
    }

    /** The parts of the line between its visual gaps. */
    public List<String> parts() {
        List<String> out = new ArrayList<>();
        for (String p : text().split("\t")) {
            if (!p.isBlank()) {
                out.add(p.strip());
            }
        }
        return out;
    }

    /** The text of the bold runs of the line, adjacent bold spans joined. */
    public List<String> boldRuns() {
        List<String> runs = new ArrayList<>();
        StringBuilder cur = null;
        for (Span s : spans) {
            if (s.bold()) {
                if (cur == null) {
                    cur = new StringBuilder();
                }
                cur.append(s.text());
            } else if (s.text().isBlank() && cur != null) {
                cur.append(s.text());
            } else if (cur != null) {
                if (!cur.toString().isBlank()) {
                    runs.add(Text.collapse(cur.toString()));
                }
                cur = null;
            }
        }
        if (cur != null && !cur.toString().isBlank()) {
            runs.add(Text.collapse(cur.toString()));
        }
        return runs;
    }

    /** True when all the visible text of the line is bold (or the loader says the line is bold). */
    public boolean allBold() {
        if (style.bold()) {
            return true;
        }
        boolean any = false;
        for (Span s : spans) {
            if (s.text().isBlank()) {
                continue;
            }
            if (!s.bold()) {
                return false;
            }
            any = true;
        }
        return any;
    }

    public String where() {
        return page > 0 ? "p." + page : "l." + line;
    }

    @Override
    public String toString() {
        return where() + ": " + text();
    }
}
