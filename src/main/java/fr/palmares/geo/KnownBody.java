package fr.palmares.geo;

/** A body outside the official lists printed without a telling form (bodies.tsv). Codes may be null. */
public record KnownBody(String name, String type, String departement, String region, String source) {
}
