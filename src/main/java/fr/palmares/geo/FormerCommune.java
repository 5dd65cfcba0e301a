package fr.palmares.geo;

/** A commune déléguée or associée (anciennes-communes.tsv.gz): a former name of part of {@code commune}. */
public record FormerCommune(String name, String kind, String code, String commune) {
}
