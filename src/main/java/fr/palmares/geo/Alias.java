package fr.palmares.geo;

/** A former or usual name (aliases.tsv): kind is region, departement, epci or commune; code its target. */
public record Alias(String name, String kind, String code, String source) {
}
