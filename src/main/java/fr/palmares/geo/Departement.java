package fr.palmares.geo;

/** A département (departements.tsv.gz). */
public record Departement(String code, String name, String region) {
}
