package fr.palmares.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** One award to one project, possibly shared by several collectivités: a row of the dataset. */
@JsonPropertyOrder({"id", "edition", "medal", "category", "project", "collectivites", "description", "sources",
        "confidence", "conflicts", "evidence"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Laureate(
        String id,
        Integer edition,
        String medal,
        String category,
        String project,
        List<Collectivite> collectivites,
        String description,
        List<Source> sources,
        double confidence,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Conflict> conflicts,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Evidence> evidence) {

    public Laureate {
        collectivites = collectivites == null ? List.of() : List.copyOf(collectivites);
        sources = sources == null ? List.of() : List.copyOf(sources);
        conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** A laureate without evidence. */
    public Laureate(String id, Integer edition, String medal, String category, String project,
            List<Collectivite> collectivites, String description, List<Source> sources, double confidence,
            List<Conflict> conflicts) {
        this(id, edition, medal, category, project, collectivites, description, sources, confidence, conflicts,
                List.of());
    }

    public Laureate withEvidence(List<Evidence> e) {
        return new Laureate(id, edition, medal, category, project, collectivites, description, sources, confidence,
                conflicts, e);
    }
}
