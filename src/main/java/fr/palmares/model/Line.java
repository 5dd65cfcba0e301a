package fr.palmares.model;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of a document as it was shown: a visual line of a PDF, a line of a text file, a line of a
 * paragraph, list item or table cell of a page. A "\t" in its text marks a visual gap (a column of a
 * fixed-width layout, the space before a page number). {@code page} is the 1-based PDF page (0 when
 * the format has no pages), {@code line} the 1-based line in the source file (0 when unknown).
 */
public final class Line {
    private final List<Span> spans;
    private final Style style;
    private final int page;
    private final int line;
    /** The text, made on first use: the stages ask a line for it many times. */
    private String text;

    public Line(List<Span> spans, Style style, int page, int line) {
        this.spans = List.copyOf(spans);
        this.style = style == null ? Style.PLAIN : style;
        this.page = page;
        this.line = line;
    }

    public static Line of(String text, int page, int line) {
        return new Line(List.of(new Span(text, false)), Style.PLAIN, page, line);
    }

    public List<Span> spans() {
        return spans;
    }

    public Style style() {
        return style;
    }

    public int page() {
        return page;
    }

    public int line() {
        return line;
    }

    /** The line's text, white space collapsed inside each gap-separated part. */
    public String text() {
        String t = text;
        if (t == null) {
            if (spans.size() == 1) {
                t = Text.collapseLines(String.valueOf(spans.get(0).text())); // as appending it would
            } else {
                StringBuilder sb = new StringBuilder();
                for (Span s : spans) {
                    sb.append(s.text());
                }
                t = Text.collapseLines(sb.toString());
            }
            text = t; // a benign race: every thread makes the same text
        }
        return t;
    }

    /** Equal when the spans, style, page and line are (as the record this class was). */
    @Override
    public boolean equals(Object o) {
        return o instanceof Line other && page == other.page && line == other.line && spans.equals(other.spans)
                && style.equals(other.style);
    }

    /** The hash a record of these four components gives. */
    @Override
    public int hashCode() {
        int h = 0;
        h = 31 * h + spans.hashCode();
        h = 31 * h + style.hashCode();
        h = 31 * h + Integer.hashCode(page);
        return 31 * h + Integer.hashCode(line);
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
