package fr.palmares.parse;

import java.util.Optional;

/**
 * What parsers may ask about names: whether a piece of text names a collectivité (or another credited
 * body), and where it lies. Backed by the official geography; parsers never hold lists of names.
 */
public interface NameOracle {
    /** True when the text names one collectivité or body (by its form or because it resolves). */
    boolean isCollectivite(String text);

    /** How well the text resolves as a name: 1 exact, lower for fuzzy, 0 unknown. */
    default double resolveScore(String text) {
        return isCollectivite(text) ? 0.5 : 0;
    }

    /** The current INSEE region code of a collectivité's name, when it resolves. */
    default Optional<String> regionOf(String name) {
        return Optional.empty();
    }

    /** The region code of a region's bare name ("Bretagne", "Rhône-Alpes"), when it is one. */
    default Optional<String> regionCode(String regionName) {
        return Optional.empty();
    }
}
