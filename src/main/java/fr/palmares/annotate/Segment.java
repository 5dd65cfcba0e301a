package fr.palmares.annotate;

import java.util.List;

/**
 * A part of a line and what it holds: [start, end) in the line's text, the text (trimmed of
 * separators), the names it credits (NAMES only), and how it was recognized: {@code quoted} when it
 * stood between quotes, {@code labelled} when a field label ("Projet :") or an intro ("pour le
 * projet") announced it.
 */
public record Segment(Field field, int start, int end, String text, List<String> names, double score, boolean quoted,
        boolean labelled) {
    public Segment {
        names = List.copyOf(names);
    }

    static Segment of(Field field, int start, int end, String text) {
        return new Segment(field, start, end, text, List.of(), 0, false, false);
    }

    Segment as(Field f) {
        return new Segment(f, start, end, text, names, score, quoted, labelled);
    }

    Segment asLabelled() {
        return new Segment(field, start, end, text, names, score, quoted, true);
    }
}
