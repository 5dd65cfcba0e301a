package fr.palmares.matrix;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A collectivité of the gold set: its full printed name, its abbreviated form (CA, CC, CU, Dépt, SM…),
 * further accepted spellings, and its official geography.
 *
 * @param full the name as most documents print it
 * @param abbreviated the name with its form noun abbreviated
 * @param others other names a careful reader may write (acronym, bare name, with a place in parentheses)
 * @param type commune, epci, departement, region or syndicat
 * @param departement INSEE code, null for a région
 * @param region current INSEE region code
 * @param regionName current region name
 * @param place the place line a yearbook prints ("Haute-Vienne (87)")
 */
public record Body(String full, String abbreviated, List<String> others, String type, @Nullable String departement,
        String region, String regionName, String place) {

    /** Every accepted name, with and without the département number in parentheses. */
    public List<String> names() {
        Set<String> out = new LinkedHashSet<>();
        List<String> base = new ArrayList<>();
        base.add(full);
        base.add(abbreviated);
        base.addAll(others);
        for (String n : base) {
            out.add(n);
            if (departement != null) {
                out.add(n + " (" + departement + ")");
            }
        }
        return List.copyOf(out);
    }

    /** The name in the given style. */
    public String name(NameStyle style) {
        return switch (style) {
            case FULL -> full;
            case ABBREVIATED -> abbreviated;
            case ABBREVIATED_WITH_DEPARTEMENT -> departement == null || abbreviated.endsWith(")") ? abbreviated
                    : abbreviated + " (" + departement + ")";
        };
    }

    /** How a layout prints names. */
    public enum NameStyle {
        FULL, ABBREVIATED, ABBREVIATED_WITH_DEPARTEMENT
    }
}
