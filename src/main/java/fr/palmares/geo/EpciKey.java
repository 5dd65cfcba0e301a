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
        List<String> full = new ArrayList<>(tokens);
        if (full.size() >= 2 && full.get(0).equals("communaute")) {
            String abbreviation = switch (full.get(1)) {
                case "communes" -> "cc";
                case "agglo" -> "ca";
                case "urbaine" -> "cu";
                default -> null;
            };
            if (abbreviation != null) {
                full.subList(0, 2).clear();
                full.add(0, abbreviation);
            }
        }
        String type = !full.isEmpty() && TYPES.contains(full.get(0)) ? full.get(0) : null;
        List<String> core = type == null ? full : full.subList(1, full.size());
        List<String> loose = core.stream().filter(t -> !GENERIC.contains(t)).toList();
        return new EpciKey(type, List.copyOf(full), List.copyOf(core), loose);
    }

    /** The words joined, every long EPCI form read as its abbreviation. */
    static String normalizeAll(List<String> tokens) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String next = i + 1 < tokens.size() ? tokens.get(i + 1) : "";
            String abbreviation = !tokens.get(i).equals("communaute") ? null : switch (next) {
                case "communes" -> "cc";
                case "agglo" -> "ca";
                case "urbaine" -> "cu";
                default -> null;
            };
            if (abbreviation != null) {
                out.add(abbreviation);
                i++;
            } else {
                out.add(tokens.get(i));
            }
        }
        return NameKey.join(out);
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
