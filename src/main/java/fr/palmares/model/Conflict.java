package fr.palmares.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** Two or more sources disagree on a field of one award. */
@JsonPropertyOrder({"field", "values", "files"})
public record Conflict(String field, List<String> values, List<String> files) {
}
