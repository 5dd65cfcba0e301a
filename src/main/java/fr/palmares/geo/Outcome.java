package fr.palmares.geo;

import java.util.Optional;

/**
 * What {@link CollectiviteResolver#explain} found for one printed name.
 *
 * @param resolution the resolution, null when the name is unknown or ambiguous
 * @param formType   the type told by the name's form alone (see {@link CollectiviteResolver#typeFromForm}), or null
 * @param warning    why the name was not resolved (unknown, ambiguous with the candidates), null when resolved
 */
public record Outcome(Resolution resolution, String formType, String warning) {

    static Outcome of(Resolution resolution, String formType) {
        return new Outcome(resolution, formType, null);
    }

    static Outcome unresolved(String formType, String warning) {
        return new Outcome(null, formType, warning);
    }

    public Optional<Resolution> result() {
        return Optional.ofNullable(resolution);
    }
}
