package fr.palmares.query;

import fr.palmares.model.Collectivite;
import fr.palmares.model.Text;
import java.util.List;
import java.util.Set;

/**
 * What a {@code --region} value selects. A current région (no départements listed): every collectivité of
 * that région. A région before 2016 ("Picardie"): the collectivités of its départements only (02, 60, 80),
 * and those that lie in no one département (a région's council, a syndicat across several) when their name
 * names that former région and none of the others it was merged with ("Région Picardie", not "Région
 * Hauts-de-France" nor "Région Nord-Pas-de-Calais-Picardie").
 *
 * @param region       the current INSEE région code
 * @param departements the former région's départements; empty for a current région
 * @param name         the former région's name, null for a current région
 * @param merged       the names of the other régions merged with it, and of the current région
 */
public record RegionScope(String region, Set<String> departements, String name, List<String> merged) {
    public RegionScope {
        departements = Set.copyOf(departements);
        merged = List.copyOf(merged);
    }

    /** A current région, whole. */
    public static RegionScope whole(String region) {
        return new RegionScope(region, Set.of(), null, List.of());
    }

    public boolean isWhole() {
        return departements.isEmpty();
    }

    public boolean contains(Collectivite c) {
        if (c.region() == null || !c.region().equals(region)) {
            return false;
        }
        if (isWhole()) {
            return true;
        }
        if (c.departement() != null) {
            return departements.contains(c.departement());
        }
        String words = words(c.name());
        String own = words(name);
        if (!words.contains(own)) {
            return false;
        }
        String rest = words.replace(own, " ");
        return merged.stream().noneMatch(other -> rest.contains(words(other)));
    }

    /** " rhone alpes " for "Rhône-Alpes": folded words between spaces, for whole-word containment. */
    private static String words(String s) {
        return " " + Text.searchKey(s).replaceAll("[^a-z0-9]+", " ").strip() + " ";
    }
}
