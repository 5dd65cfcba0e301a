package fr.palmares.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A document that mentions an award: file, fingerprint, kind and where (page for PDF, else line). */
@JsonPropertyOrder({"file", "sha256", "type", "page", "line"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Source(String file, String sha256, String type, Integer page, Integer line) {
}
