package fr.palmares.geo;

/** A historic province, park or "pays" that fixes a département or a région (places.tsv). Codes may be null. */
public record NamedArea(String name, String departement, String region, String source) {
}
