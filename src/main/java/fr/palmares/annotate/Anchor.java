package fr.palmares.annotate;

/**
 * A strong cut in a line, found before anything else is read: a field label ("Projet :"), a medal, a
 * quoted span, a visual gap. [start, end) in the line's text; {@code key} is the label's field or the
 * medal's code.
 */
record Anchor(Type type, int start, int end, String key) {
    enum Type { LABEL, MEDAL, QUOTE, GAP }

    boolean overlaps(Anchor o) {
        return start < o.end && o.start < end;
    }
}
