package fr.palmares.annotate;

import fr.palmares.model.SourceDocument;
import java.util.List;

/** A document with every line read, marked and zoned, and the reader that read it (for its cells and sentences). */
public record AnnotatedDocument(SourceDocument doc, List<Unit> units, LineReader reader) {
    public AnnotatedDocument {
        units = List.copyOf(units);
    }

    public Names names() {
        return reader.names();
    }
}
