package fr.palmares.annotate;

import java.util.List;

/**
 * Collectivités named in a sentence: [start, end) in the sentence, the names (several for "Tourcoing /
 * Roubaix"), and how surely they are laureates rather than places: 1 for a name with its form
 * ("la communauté urbaine de Lyon"), less for a bare commune's name.
 */
public record Mention(int start, int end, List<String> names, double weight) {
    public Mention {
        names = List.copyOf(names);
    }
}
