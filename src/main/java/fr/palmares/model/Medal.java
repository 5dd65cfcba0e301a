package fr.palmares.model;

import java.util.Locale;
import java.util.Optional;

/** The three medals of the label, in the dataset's sort order. */
public enum Medal {
    OR,
    ARGENT,
    BRONZE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a medal word in French or English ("or", "d'or", "Argent", "gold", "silver", "bronze"). */
    public static Optional<Medal> parse(String word) {
        if (word == null) {
            return Optional.empty();
        }
        String w = Regexes.replaceAll(Text.fold(word), "^(label\\s+)?(d'|de\\s+)", "").strip();
        switch (w) {
            case "or":
            case "gold":
                return Optional.of(OR);
            case "argent":
            case "silver":
                return Optional.of(ARGENT);
            case "bronze":
                return Optional.of(BRONZE);
            default:
                return Optional.empty();
        }
    }

    /** Sort rank with null (unknown) last. */
    public static int rank(Medal m) {
        return m == null ? 3 : m.ordinal();
    }
}
