package fr.palmares.write;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a dataset against its JSON Schema ({@code schema/dataset.schema.json}, draft 2020-12) with
 * networknt's validator, one laureate at a time (a JSON dataset is streamed, a JSON Lines one read line
 * by line), so memory stays bounded on a large file. Each failure is one line naming the file, the
 * laureate (its number and id) and the field.
 */
public final class DatasetValidator {
    /** The schema as a resource of the jar. */
    public static final String SCHEMA = "/schema/dataset.schema.json";
    private static final int MAX_REPORTED = 20;

    private static volatile DatasetValidator shared;

    private final ObjectMapper mapper = new ObjectMapper();
    private final Schema root;
    private final Schema laureate;

    private DatasetValidator() {
        try (InputStream in = DatasetValidator.class.getResourceAsStream(SCHEMA)) {
            if (in == null) {
                throw new IllegalStateException("no " + SCHEMA + " in this build");
            }
            JsonNode schema = mapper.readTree(in);
            SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
            ObjectNode top = schema.deepCopy();
            ((ObjectNode) top.get("properties").get("laureates")).remove("items");
            root = registry.getSchema(mapper.writeValueAsString(top));
            ObjectNode one = mapper.createObjectNode();
            one.put("$schema", schema.get("$schema").asText());
            one.put("$ref", "#/$defs/laureate");
            one.set("$defs", schema.get("$defs"));
            laureate = registry.getSchema(mapper.writeValueAsString(one));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The validator (its schemas are compiled once per process). */
    public static DatasetValidator get() {
        if (shared == null) {
            synchronized (DatasetValidator.class) {
                if (shared == null) {
                    shared = new DatasetValidator();
                }
            }
        }
        return shared;
    }

    /**
     * The failures of a dataset's bytes (empty when it is valid), one line each, at most 20 and then a
     * line saying how many more. {@code wholeDataset}: a JSON document rather than JSON Lines.
     */
    public List<String> check(ByteBuffer data, String name, boolean wholeDataset) {
        List<String> out = new ArrayList<>();
        int[] failures = {0};
        try (JsonParser p = new JsonFactory().createParser(new BufferStream(data.duplicate()))) {
            if (wholeDataset) {
                checkWhole(p, name, out, failures);
            } else {
                int n = 0;
                while (p.nextToken() != null) {
                    n++;
                    JsonNode node = mapper.readTree(p);
                    checkLaureate(node, name, n, "line " + p.currentLocation().getLineNr(), out, failures);
                }
            }
        } catch (JsonProcessingException e) {
            out.add(name + ": not a palmares dataset (invalid JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + DatasetReader.jsonProblem(e) + ")");
        } catch (IOException e) {
            out.add(name + ": cannot read (" + e.getMessage() + ")");
        }
        if (failures[0] > MAX_REPORTED) {
            out.add(name + ": and " + (failures[0] - MAX_REPORTED) + " more failure(s)");
        }
        return out;
    }

    private void checkWhole(JsonParser p, String name, List<String> out, int[] failures) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            out.add(name + ": not a palmares dataset (expected a JSON object)");
            return;
        }
        ObjectNode top = mapper.createObjectNode();
        int n = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken t = p.nextToken();
            if ("laureates".equals(field) && t == JsonToken.START_ARRAY) {
                top.putArray("laureates");
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    n++;
                    checkLaureate(mapper.readTree(p), name, n, null, out, failures);
                }
            } else {
                top.set(field, mapper.readTree(p));
            }
        }
        for (Error e : root.validate(top)) {
            report(out, failures, name + ": " + where(e) + message(e));
        }
    }

    private void checkLaureate(JsonNode node, String name, int n, String line, List<String> out, int[] failures) {
        // A valid laureate (the usual case) costs only the quick yes/no; the errors are built for the others.
        if (Boolean.TRUE.equals(laureate.validate(node, com.networknt.schema.OutputFormat.BOOLEAN))) {
            return;
        }
        List<Error> errors = laureate.validate(node);
        if (errors.isEmpty()) {
            return;
        }
        JsonNode id = node.get("id");
        String who = "laureate " + n + (line != null ? " (" + line + ")" : "")
                + (id != null && id.isTextual() ? " (id " + id.asText() + ")" : "");
        for (Error e : errors) {
            report(out, failures, name + ": " + who + ": " + where(e) + message(e));
        }
    }

    private static void report(List<String> out, int[] failures, String line) {
        failures[0]++;
        if (failures[0] <= MAX_REPORTED) {
            out.add(line);
        }
    }

    /** "edition: ", "collectivites[0].siren: ", or nothing for the object itself. */
    private static String where(Error e) {
        String pointer = e.getInstanceLocation() == null ? "" : e.getInstanceLocation().toString();
        StringBuilder path = new StringBuilder();
        for (String part : pointer.split("/")) {
            if (part.isEmpty() || part.equals("$")) {
                continue;
            }
            String p = part.replace("~1", "/").replace("~0", "~");
            if (p.chars().allMatch(Character::isDigit)) {
                path.append('[').append(p).append(']');
            } else {
                path.append(path.length() == 0 ? "" : ".").append(p);
            }
        }
        if (e.getProperty() != null && "required".equals(e.getKeyword())) {
            path.append(path.length() == 0 ? "" : ".").append(e.getProperty());
        }
        return path.length() == 0 ? "" : path + ": ";
    }

    private static String message(Error e) {
        String m = e.getMessage();
        String loc = e.getInstanceLocation() == null ? "" : e.getInstanceLocation().toString();
        if (m.startsWith(loc + ": ")) {
            m = m.substring(loc.length() + 2);
        }
        return m;
    }
}
