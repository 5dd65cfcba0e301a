package fr.palmares.annotate;

import fr.palmares.model.Line;
import java.util.List;
import java.util.Optional;

/**
 * What one line says, as {@link LineReader} read it: its segments in order, the medal it names, a year
 * standing in it, and what kind of line it is.
 *
 * @param pageRef the line ended with a page number (a table of contents or an index)
 * @param person  the line is about a person (a jury member, a contact): it credits no award
 * @param prose   the line is running prose, for the prose reader
 */
public record LineReading(Line line, String text, List<Segment> segments, MedalMention medal, Integer year,
        boolean pageRef, boolean person, boolean prose, int words) {

    public LineReading {
        segments = List.copyOf(segments);
    }

    /** What kind of line this is, from what it holds. */
    public enum Kind {
        /** Nothing the core reads. */
        EMPTY,
        /** A medal and nothing else but maybe a category-like text ("LABEL OR", "LABEL OR – SERVICES"). */
        MEDAL,
        /** A labelled category ("Catégorie : X"), maybe with a medal. */
        CATEGORY,
        /** Names and/or a title (and maybe a medal and a category): part of a record. */
        DATA,
        /** Places only ("Nord — Hauts-de-France"). */
        PLACE,
        /** Free text only: a title, a category heading or a description, as context decides. */
        TEXT,
        /** Running prose. */
        PROSE,
        /** A person's line (jury, contact). */
        PERSON
    }

    public Kind kind() {
        if (person) {
            return Kind.PERSON;
        }
        if (prose) {
            return Kind.PROSE;
        }
        if (has(Field.NAMES) || has(Field.TITLE)) {
            return Kind.DATA;
        }
        if (has(Field.CATEGORY)) {
            return Kind.CATEGORY;
        }
        if (medal != null) {
            return Kind.MEDAL;
        }
        if (has(Field.PLACE) && segments.stream().allMatch(s -> s.field() == Field.PLACE || s.field() == Field.YEAR)) {
            return Kind.PLACE;
        }
        if (has(Field.TEXT)) {
            return Kind.TEXT;
        }
        return Kind.EMPTY;
    }

    public boolean has(Field f) {
        return segments.stream().anyMatch(s -> s.field() == f);
    }

    public Optional<Segment> first(Field f) {
        return segments.stream().filter(s -> s.field() == f).findFirst();
    }

    public List<Segment> all(Field f) {
        return segments.stream().filter(s -> s.field() == f).toList();
    }

    /** The free text of the line when it is all one TEXT segment (a title or a heading), else empty. */
    public Optional<String> soleText() {
        List<Segment> texts = all(Field.TEXT);
        if (texts.size() == 1 && segments.stream().allMatch(s -> s.field() == Field.TEXT || s.field() == Field.YEAR)) {
            return Optional.of(texts.get(0).text());
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(kind().name()).append(' ');
        if (medal != null) {
            sb.append('[').append(medal.medal().code()).append(']');
        }
        for (Segment s : segments) {
            sb.append(" ").append(s.field()).append(s.quoted() ? "\"" : "").append(s.labelled() ? "!" : "")
                    .append('{').append(s.field() == Field.NAMES ? String.join(" ; ", s.names()) : s.text()).append('}');
        }
        return sb.toString();
    }
}
