package fr.palmares.geo;

/** A département and/or a région named by a piece of text; either code may be null. */
record Area(String departement, String region) {
}
