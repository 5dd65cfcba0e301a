package fr.palmares.pipeline;

import fr.palmares.model.Laureate;
import java.util.List;

/**
 * What a run extracted: the merged laureates, the documents read, one line per failure or warning, and
 * the failed documents' results (with what was thrown, for --verbose).
 */
public record Extraction(List<Laureate> laureates, List<DocumentReport> documents, List<String> failures,
        List<String> warnings, List<DocumentResult> failed) {
}
