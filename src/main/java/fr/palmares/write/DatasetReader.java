package fr.palmares.write;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.palmares.model.Laureate;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a dataset written by palmares (JSON or JSON Lines); a clear one-line error otherwise. */
public final class DatasetReader {
    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** An unreadable or invalid dataset. */
    public static final class InvalidDataset extends Exception {
        public InvalidDataset(String message) {
            super(message);
        }
    }

    public List<Laureate> read(Path file) throws InvalidDataset {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InvalidDataset(file + ": no such dataset file");
        } catch (IOException e) {
            throw new InvalidDataset(file + ": cannot read (" + e.getMessage() + ")");
        }
        return parse(new String(bytes, StandardCharsets.UTF_8), file.toString());
    }

    public List<Laureate> read(InputStream in, String name) throws InvalidDataset {
        try {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new InvalidDataset(name + ": cannot read (" + e.getMessage() + ")");
        }
    }

    private List<Laureate> parse(String text, String name) throws InvalidDataset {
        String t = text.strip().replace("\uFEFF", "");
        if (t.isEmpty()) {
            throw new InvalidDataset(name + ": empty file, not a palmares dataset");
        }
        try {
            if (t.startsWith("{\"schemaVersion\"") || t.startsWith("{") && !t.contains("\n{")) {
                JsonNode root = json.readTree(t);
                if (root.has("laureates")) {
                    int version = root.path("schemaVersion").asInt(0);
                    if (version != DatasetWriter.SCHEMA_VERSION) {
                        throw new InvalidDataset(name + ": schemaVersion " + version + " is not supported (expected "
                                + DatasetWriter.SCHEMA_VERSION + ")");
                    }
                    List<Laureate> out = new ArrayList<>();
                    for (JsonNode n : root.get("laureates")) {
                        out.add(json.treeToValue(n, Laureate.class));
                    }
                    return out;
                }
            }
            List<Laureate> out = new ArrayList<>();
            for (String line : t.split("\n")) {
                if (!line.isBlank()) {
                    out.add(json.readValue(line, Laureate.class));
                }
            }
            return out;
        } catch (JsonProcessingException e) {
            throw new InvalidDataset(name + ": not a palmares dataset (invalid JSON at line "
                    + e.getLocation().getLineNr() + ")");
        }
    }
}
