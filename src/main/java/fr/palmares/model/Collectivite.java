package fr.palmares.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A body credited with an award, as printed and as resolved against the official geography. */
@JsonPropertyOrder({"name", "type", "siren", "departement", "region", "regionName", "match"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Collectivite(
        String name,
        String type,
        String siren,
        String departement,
        String region,
        String regionName,
        Match match) {

    /** How a name was resolved. */
    @JsonPropertyOrder({"kind", "score"})
    public record Match(String kind, double score) {
    }

    public static Collectivite unresolved(String name, String type) {
        return new Collectivite(name, type, null, null, null, null, null);
    }
}
