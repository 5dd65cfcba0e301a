package fr.palmares.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * What one source says of a laureate, for review: the snippet read (the lines the record was assembled
 * from, joined by "\n") and where each field's value lies in it.
 *
 * @param file    the source document, as in {@link Source#file()}
 * @param page    the PDF page of the snippet's first line, null for other formats
 * @param line    the source line of the snippet's first line, null when unknown or paged
 * @param snippet the text read
 * @param spans   the character spans of the fields inside {@code snippet}, in snippet order
 */
@JsonPropertyOrder({"file", "page", "line", "snippet", "spans"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Evidence(String file, Integer page, Integer line, String snippet, List<FieldSpan> spans) {
    public Evidence {
        spans = spans == null ? List.of() : List.copyOf(spans);
    }

    /**
     * The span [start, end) of {@code snippet} where a field's value was read. {@code field} is one of
     * edition, medal, category, project, collectivite (one span per collectivité, in credit order),
     * description.
     */
    @JsonPropertyOrder({"field", "start", "end"})
    public record FieldSpan(String field, int start, int end) {
    }
}
