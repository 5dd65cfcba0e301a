package fr.palmares.geo;

/** A région (regions.tsv.gz), INSEE code as a string. */
public record Region(String code, String name) {
}
