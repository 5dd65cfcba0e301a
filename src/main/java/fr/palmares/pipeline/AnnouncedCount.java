package fr.palmares.pipeline;

import fr.palmares.model.Block;
import fr.palmares.model.Text;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number of laureates a document announces in its own words: "21 territoires se sont vus décerner",
 * "25 projets seront primés", "25 territoires lauréats", "seuls 25 territoires ont été retenus",
 * "les labels 2022 distinguent 25 collectivités". The most often announced number wins.
 */
public final class AnnouncedCount {
    private static final String WHO = "(?:territoires|projets|collectivites|laureats|labels|dossiers|initiatives)";
    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("\\b(\\d{1,3})\\s+" + WHO + "\\s+(?:se sont vus? decerner|seront primes|ont ete (?:retenus|"
                    + "selectionnes|labellises|recompenses|primes|distingues)|sont (?:labellises|recompenses|primes)"
                    + "|laureats|recompenses|labellises|primes)"),
            Pattern.compile("\\bdistinguent\\s+(\\d{1,3})\\s+" + WHO),
            Pattern.compile("\\b(\\d{1,3})\\s+labels?\\s+(?:«\\s*|\")?territoires? innovants?(?:\\s*»|\")?\\s+(?:ont ete|sont)\\s+"
                    + "(?:decernes|attribues|remis)"));

    private AnnouncedCount() {
    }

    public static Optional<Integer> find(List<Block> blocks) {
        Map<Integer, Integer> votes = new TreeMap<>();
        for (Block b : blocks) {
            String t = Text.fold(b.text().replace('\n', ' ')).replace("\"", "");
            for (Pattern p : PATTERNS) {
                Matcher m = p.matcher(t);
                while (m.find()) {
                    int n = Integer.parseInt(m.group(1));
                    if (n > 0 && n < 500) {
                        votes.merge(n, 1, Integer::sum);
                    }
                }
            }
        }
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }
}
