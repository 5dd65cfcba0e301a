package fr.palmares.geo;

import java.util.List;

/**
 * A région of metropolitan France before the 2016 mergers (anciennes-regions.tsv).
 *
 * @param name         its name ("Picardie")
 * @param code         its INSEE code before 2016 ("22")
 * @param region       the current région it is part of ("32")
 * @param departements its départements ("02", "60", "80")
 * @param source       where the row comes from
 */
public record FormerRegion(String name, String code, String region, List<String> departements, String source) {
    public FormerRegion {
        departements = List.copyOf(departements);
    }
}
