package fr.palmares.geo;

/**
 * A resolved collectivité or body.
 *
 * @param type         commune, epci, departement, region, syndicat, etat or autre
 * @param officialName the name in the official data (the printed name, cleaned, for bodies outside it)
 * @param siren        SIREN of communes and EPCI; null for others
 * @param departement  INSEE département code ("35", "2A", "971"), null when the place spans several
 * @param region       INSEE region code as a string ("53", "01"), null when unknown or spanning several
 * @param regionName   current name of {@code region} ("Bretagne", "Auvergne-Rhône-Alpes"), null with it
 */
public record Place(String type, String officialName, String siren, String departement, String region,
        String regionName) {
}
