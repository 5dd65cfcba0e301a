package fr.palmares.annotate;

import java.util.Optional;

/**
 * What the core may ask the official geography about names: how well a piece of text resolves as one
 * collectivité (or another credited body), and where places named bare lie. The core holds no list of
 * names of its own.
 */
public interface NameOracle {
    /** True when the text names one collectivité or body (by its form or because it resolves). */
    boolean isCollectivite(String text);

    /** How well the text resolves as a name: 1 exact, 0.9 alias or known body, lower for fuzzy, 0 unknown. */
    default double resolveScore(String text) {
        return isCollectivite(text) ? 0.5 : 0;
    }

    /**
     * How well the text resolves as a name credited together with these names, which may tell homonyms
     * apart ("Dole, Lons-le-Saunier et Saint-Claude": the Jura's Saint-Claude).
     */
    default double resolveScore(String text, java.util.List<String> coCredited) {
        return resolveScore(text);
    }

    /** The current INSEE region code of a collectivité's name, when it resolves. */
    default Optional<String> regionOf(String name) {
        return Optional.empty();
    }

    /** The region code of a region's bare name ("Bretagne", "Rhône-Alpes"), when it is one. */
    default Optional<String> regionCode(String regionName) {
        return Optional.empty();
    }

    /** The INSEE code of a département's bare name or number ("Gironde", "La Réunion", "35"), when it is one. */
    default Optional<String> departementCode(String name) {
        return Optional.empty();
    }
}
