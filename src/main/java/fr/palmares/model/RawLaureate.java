package fr.palmares.model;

import java.util.List;

/**
 * One award as the core read it, before normalization: names and title as printed, the block it was
 * read from, how sure the reading is (lists and tables high, prose lower), the places the document
 * gives next to it (a place line, a département in parentheses, a region heading: evidence for the
 * geography) and the evidence for review.
 */
public record RawLaureate(
        Integer edition,
        Medal medal,
        String category,
        String project,
        List<String> collectivites,
        String description,
        Block origin,
        double confidence,
        List<String> places,
        Evidence evidence) {

    public RawLaureate {
        collectivites = List.copyOf(collectivites);
        places = places == null ? List.of() : List.copyOf(places);
    }

    public RawLaureate(Integer edition, Medal medal, String category, String project, List<String> collectivites,
            String description, Block origin, double confidence) {
        this(edition, medal, category, project, collectivites, description, origin, confidence, List.of(), null);
    }

    public RawLaureate withMedal(Medal m) {
        return new RawLaureate(edition, m, category, project, collectivites, description, origin, confidence, places,
                evidence);
    }

    public RawLaureate withDescription(String d) {
        return new RawLaureate(edition, medal, category, project, collectivites, d, origin, confidence, places,
                evidence);
    }
}
