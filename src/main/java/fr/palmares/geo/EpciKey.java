package fr.palmares.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Keys of EPCI names. The long forms are read as the data's abbreviations ("Communauté d'agglomération"
 * = "CA", "Communauté de communes" = "CC", "Communauté urbaine" = "CU"); the core drops that leading
 * abbreviation ("CA du Sicoval" -> "sicoval"); the loose key also drops "Métropole", "Agglo",
 * "Communauté" wherever they stand ("Métropole de Brest" = "Brest Métropole" -> "brest").
 */
record EpciKey(String typeToken, List<String> full, List<String> core, List<String> loose) {
    private static final Set<String> TYPES = Set.of("ca", "cc", "cu");
    private static final Set<String> GENERIC = Set.of("ca", "cc", "cu", "agglo", "metropole", "eurometropole",
            "communaute");

    static EpciKey of(List<String> tokens) {
        List<String> full = abbreviated(tokens);
        String type = !full.isEmpty() && TYPES.contains(full.get(0)) ? full.get(0) : null;
        List<String> core = type == null ? full : full.subList(1, full.size());
        List<String> loose = core.stream().filter(t -> !GENERIC.contains(t)).toList();
        return new EpciKey(type, List.copyOf(full), List.copyOf(core), loose);
    }

    /** The abbreviation of "communauté" followed by this word ("communes" -> "cc"), or null. */
    static String abbreviation(String next) {
        return switch (next) {
            case "communes" -> "cc";
            case "agglo" -> "ca";
            case "urbaine" -> "cu";
            default -> null;
        };
    }

    /** The words, every long EPCI form (at the start or not: "Grand Poitiers Communauté urbaine") abbreviated. */
    private static List<String> abbreviated(List<String> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            String abbreviation = tokens.get(i).equals("communaute") && i + 1 < tokens.size()
                    ? abbreviation(tokens.get(i + 1)) : null;
            if (abbreviation != null) {
                out.add(abbreviation);
                i++;
            } else {
                out.add(tokens.get(i));
            }
        }
        return out;
    }

    /** The words joined, every long EPCI form read as its abbreviation. */
    static String normalizeAll(List<String> tokens) {
        return NameKey.join(abbreviated(tokens));
    }

    String fullKey() {
        return NameKey.join(full);
    }

    String coreKey() {
        return NameKey.join(core);
    }

    String looseKey() {
        return NameKey.join(loose);
    }
}
