package fr.palmares.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A gold file: the document it describes and its expected laureates (fields may list alternatives). */
public record Gold(String document, String type, Integer edition, List<GoldLaureate> laureates,
        List<GoldLaureate> optional) {

    /**
     * An expected laureate; each text field is the list of accepted values (empty: only null; a null in
     * the list: null accepted too).
     */
    public record GoldLaureate(Integer edition, String medal, List<String> category, List<String> project,
            List<GoldCollectivite> collectivites, List<List<String>> alternatives) {
    }

    /** An expected collectivité: accepted names, region (null when the gold gives none), optional or not. */
    public record GoldCollectivite(List<String> names, String region, boolean optional) {
    }

    public static Gold read(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        return new Gold(root.path("document").asText(), text(root.get("type")),
                root.hasNonNull("edition") ? root.get("edition").asInt() : null,
                laureates(root.path("laureates")), laureates(root.path("optional")));
    }

    private static List<GoldLaureate> laureates(JsonNode array) {
        List<GoldLaureate> out = new ArrayList<>();
        for (JsonNode l : array) {
            List<GoldCollectivite> cs = new ArrayList<>();
            for (JsonNode c : l.path("collectivites")) {
                cs.add(new GoldCollectivite(values(c.get("name")), text(c.get("region")),
                        c.path("optional").asBoolean(false)));
            }
            List<List<String>> alts = new ArrayList<>();
            for (JsonNode a : l.path("collectivites_alternatives")) {
                alts.add(values(a));
            }
            out.add(new GoldLaureate(l.hasNonNull("edition") ? l.get("edition").asInt() : null, text(l.get("medal")),
                    values(l.get("category")), values(l.get("project")), cs, alts));
        }
        return out;
    }

    /**
     * The accepted values of a field: none for null (only null is then accepted), the list's values
     * (a null among them accepts null too), or the one value.
     */
    private static List<String> values(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (n.isArray()) {
            for (JsonNode v : n) {
                out.add(v.isNull() ? null : v.asText());
            }
        } else {
            out.add(n.asText());
        }
        return out;
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }
}
