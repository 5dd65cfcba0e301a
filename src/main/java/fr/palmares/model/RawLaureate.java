package fr.palmares.model;

import java.util.List;

/**
 * One award as a parser read it, before normalization: names and title as printed, the block it was
 * read from, and how sure the parser is (lists and structured pages high, prose lower).
 */
public record RawLaureate(
        Integer edition,
        Medal medal,
        String category,
        String project,
        List<String> collectivites,
        String description,
        Block origin,
        double confidence) {

    public RawLaureate {
        collectivites = List.copyOf(collectivites);
    }

    public RawLaureate withMedal(Medal m) {
        return new RawLaureate(edition, m, category, project, collectivites, description, origin, confidence);
    }


    public RawLaureate withDescription(String d) {
        return new RawLaureate(edition, medal, category, project, collectivites, d, origin, confidence);
    }

}
