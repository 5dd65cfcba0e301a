package fr.palmares.geo;

/** A current commune (communes.tsv.gz). {@code epci} and {@code ept} are SIRENs, null when none. */
public record Commune(String code, String name, String departement, String region, int population, String siren,
        String epci, String ept) {
}
