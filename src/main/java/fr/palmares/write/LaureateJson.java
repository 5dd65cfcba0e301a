package fr.palmares.write;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import fr.palmares.model.Collectivite;
import fr.palmares.model.Conflict;
import fr.palmares.model.Evidence;
import fr.palmares.model.Laureate;
import fr.palmares.model.Source;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one laureate object from a streaming parser, field by field: several times faster than generic
 * data binding on a cold JVM, which is what a query of a large dataset pays for. Unknown fields are
 * skipped, so newer datasets with more fields still read.
 */
final class LaureateJson {
    private LaureateJson() {
    }

    /** Reads the object the parser is at (its START_OBJECT is current). */
    static Laureate read(JsonParser p) throws IOException {
        return read(p, null);
    }

    /**
     * Reads the object the parser is at, decoding only the named top-level fields (all when null); the
     * others are skipped without being decoded, which is what makes scanning a large dataset fast.
     */
    static Laureate read(JsonParser p, java.util.Set<String> only) throws IOException {
        String id = null;
        Integer edition = null;
        String medal = null;
        String category = null;
        String project = null;
        List<Collectivite> collectivites = List.of();
        String description = null;
        List<Source> sources = List.of();
        double confidence = 0;
        List<Conflict> conflicts = List.of();
        List<Evidence> evidence = List.of();
        String field;
        while ((field = p.nextFieldName()) != null) {
            JsonToken t = p.nextToken();
            if (only != null && !only.contains(field) && !("collectivites".equals(field) && wantsPartOf(only))) {
                p.skipChildren();
                continue;
            }
            switch (field) {
                case "id" -> id = text(p, t);
                case "edition" -> edition = t == JsonToken.VALUE_NULL ? null : p.getValueAsInt();
                case "medal" -> medal = text(p, t);
                case "category" -> category = text(p, t);
                case "project" -> project = text(p, t);
                case "collectivites" -> collectivites = collectivites(p, t, only);
                case "description" -> description = text(p, t);
                case "sources" -> sources = sources(p, t);
                case "confidence" -> confidence = t == JsonToken.VALUE_NULL ? 0 : p.getValueAsDouble();
                case "conflicts" -> conflicts = conflicts(p, t);
                case "evidence" -> evidence = evidence(p, t);
                default -> p.skipChildren();
            }
        }
        return new Laureate(id, edition, medal, category, project, collectivites, description, sources, confidence,
                conflicts, evidence);
    }

    private static boolean wantsPartOf(java.util.Set<String> only) {
        for (String f : only) {
            if (f.startsWith("collectivites.")) {
                return true;
            }
        }
        return false;
    }

    private static String text(JsonParser p, JsonToken t) throws IOException {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
            p.skipChildren();
            return null;
        }
        return p.getValueAsString();
    }

    private static List<Collectivite> collectivites(JsonParser p, JsonToken t, java.util.Set<String> only)
            throws IOException {
        if (t != JsonToken.START_ARRAY) {
            p.skipChildren();
            return List.of();
        }
        List<Collectivite> out = new ArrayList<>(2);
        while (p.nextToken() == JsonToken.START_OBJECT) {
            String name = null;
            String type = null;
            String siren = null;
            String dep = null;
            String region = null;
            String regionName = null;
            Collectivite.Match match = null;
            String field;
            while ((field = p.nextFieldName()) != null) {
                JsonToken v = p.nextToken();
                if (only != null && !only.contains("collectivites") && !only.contains("collectivites." + field)) {
                    p.skipChildren();
                    continue;
                }
                switch (field) {
                    case "name" -> name = text(p, v);
                    case "type" -> type = text(p, v);
                    case "siren" -> siren = text(p, v);
                    case "departement" -> dep = text(p, v);
                    case "region" -> region = text(p, v);
                    case "regionName" -> regionName = text(p, v);
                    case "match" -> match = match(p, v);
                    default -> p.skipChildren();
                }
            }
            out.add(new Collectivite(name, type, siren, dep, region, regionName, match));
        }
        return out;
    }

    private static Collectivite.Match match(JsonParser p, JsonToken t) throws IOException {
        if (t != JsonToken.START_OBJECT) {
            p.skipChildren();
            return null;
        }
        String kind = null;
        double score = 0;
        String field;
        while ((field = p.nextFieldName()) != null) {
            JsonToken v = p.nextToken();
            if ("kind".equals(field)) {
                kind = text(p, v);
            } else if ("score".equals(field)) {
                score = v == JsonToken.VALUE_NULL ? 0 : p.getValueAsDouble();
            } else {
                p.skipChildren();
            }
        }
        return new Collectivite.Match(kind, score);
    }

    private static List<Source> sources(JsonParser p, JsonToken t) throws IOException {
        if (t != JsonToken.START_ARRAY) {
            p.skipChildren();
            return List.of();
        }
        List<Source> out = new ArrayList<>(1);
        while (p.nextToken() == JsonToken.START_OBJECT) {
            String file = null;
            String sha = null;
            String type = null;
            Integer page = null;
            Integer line = null;
            String field;
            while ((field = p.nextFieldName()) != null) {
                JsonToken v = p.nextToken();
                switch (field) {
                    case "file" -> file = text(p, v);
                    case "sha256" -> sha = text(p, v);
                    case "type" -> type = text(p, v);
                    case "page" -> page = v == JsonToken.VALUE_NULL ? null : p.getValueAsInt();
                    case "line" -> line = v == JsonToken.VALUE_NULL ? null : p.getValueAsInt();
                    default -> p.skipChildren();
                }
            }
            out.add(new Source(file, sha, type, page, line));
        }
        return out;
    }

    private static List<Conflict> conflicts(JsonParser p, JsonToken t) throws IOException {
        if (t != JsonToken.START_ARRAY) {
            p.skipChildren();
            return List.of();
        }
        List<Conflict> out = new ArrayList<>();
        while (p.nextToken() == JsonToken.START_OBJECT) {
            String f = null;
            List<String> values = List.of();
            List<String> files = List.of();
            String field;
            while ((field = p.nextFieldName()) != null) {
                JsonToken v = p.nextToken();
                switch (field) {
                    case "field" -> f = text(p, v);
                    case "values" -> values = strings(p, v);
                    case "files" -> files = strings(p, v);
                    default -> p.skipChildren();
                }
            }
            out.add(new Conflict(f, values, files));
        }
        return out;
    }

    private static List<Evidence> evidence(JsonParser p, JsonToken t) throws IOException {
        if (t != JsonToken.START_ARRAY) {
            p.skipChildren();
            return List.of();
        }
        List<Evidence> out = new ArrayList<>();
        while (p.nextToken() == JsonToken.START_OBJECT) {
            String file = null;
            Integer page = null;
            Integer line = null;
            String snippet = null;
            List<Evidence.FieldSpan> spans = new ArrayList<>();
            String field;
            while ((field = p.nextFieldName()) != null) {
                JsonToken v = p.nextToken();
                switch (field) {
                    case "file" -> file = text(p, v);
                    case "page" -> page = v == JsonToken.VALUE_NULL ? null : p.getValueAsInt();
                    case "line" -> line = v == JsonToken.VALUE_NULL ? null : p.getValueAsInt();
                    case "snippet" -> snippet = text(p, v);
                    case "spans" -> spans = fieldSpans(p, v);
                    default -> p.skipChildren();
                }
            }
            out.add(new Evidence(file, page, line, snippet, spans));
        }
        return out;
    }

    private static List<Evidence.FieldSpan> fieldSpans(JsonParser p, JsonToken t) throws IOException {
        if (t != JsonToken.START_ARRAY) {
            p.skipChildren();
            return List.of();
        }
        List<Evidence.FieldSpan> out = new ArrayList<>();
        while (p.nextToken() == JsonToken.START_OBJECT) {
            String f = null;
            int start = 0;
            int end = 0;
            String field;
            while ((field = p.nextFieldName()) != null) {
                JsonToken v = p.nextToken();
                switch (field) {
                    case "field" -> f = text(p, v);
                    case "start" -> start = p.getValueAsInt();
                    case "end" -> end = p.getValueAsInt();
                    default -> p.skipChildren();
                }
            }
            out.add(new Evidence.FieldSpan(f, start, end));
        }
        return out;
    }

    private static List<String> strings(JsonParser p, JsonToken t) throws IOException {
        if (t != JsonToken.START_ARRAY) {
            p.skipChildren();
            return List.of();
        }
        List<String> out = new ArrayList<>();
        JsonToken v;
        while ((v = p.nextToken()) != JsonToken.END_ARRAY) {
            out.add(v == JsonToken.VALUE_NULL ? null : p.getValueAsString());
        }
        return out;
    }
}
