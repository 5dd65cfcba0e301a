package fr.palmares.geo;

/**
 * An EPCI à fiscalité propre or an EPT (epci.tsv.gz). {@code nature} is CC, CA, CU, METRO, MET69 or EPT;
 * {@code departement} is the one where most of its members' population lives.
 */
public record Epci(String siren, String name, String nature, String departement, String region, int population) {
}
