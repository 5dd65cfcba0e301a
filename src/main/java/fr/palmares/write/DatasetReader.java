package fr.palmares.write;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import fr.palmares.model.Laureate;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a dataset written by palmares, JSON ({"schemaVersion": 1, "laureates": [...]}) or JSON Lines,
 * streaming the laureates one by one (no tree of the whole file); a clear one-line error otherwise.
 */
public final class DatasetReader {
    /** A plain streaming factory: no data binding to load, which a cold query would pay for. */
    private final JsonFactory factory = new JsonFactory();

    /** An unreadable or invalid dataset: one line per failure. */
    public static final class InvalidDataset extends Exception {
        private final List<String> lines;

        public InvalidDataset(String message) {
            this(List.of(message));
        }

        public InvalidDataset(List<String> lines) {
            super(lines.isEmpty() ? "invalid dataset" : lines.get(0));
            this.lines = List.copyOf(lines);
        }

        /** Each failure, one line each. */
        public List<String> lines() {
            return lines;
        }
    }

    /**
     * Checks a dataset's bytes against the JSON Schema (see {@link DatasetValidator}), then scans it as
     * {@link #scan} does.
     */
    public List<Entry> scanChecked(java.nio.ByteBuffer data, String name, java.util.Set<String> fields)
            throws InvalidDataset {
        check(data, name);
        return scan(data, name, fields);
    }

    /** Checks a dataset's bytes against the JSON Schema; every failure, one line each, in the exception. */
    public static void check(java.nio.ByteBuffer data, String name) throws InvalidDataset {
        String head = head(data, name);
        java.nio.ByteBuffer body = data.duplicate();
        body.position(bomLength(data));
        List<String> failures = DatasetValidator.get().check(body.slice(), name, isWholeDataset(head));
        if (!failures.isEmpty()) {
            throw new InvalidDataset(failures);
        }
    }

    /** The start of a dataset, checked to look like JSON (a clear error for an empty or binary file). */
    private static String head(java.nio.ByteBuffer data, String name) throws InvalidDataset {
        java.nio.ByteBuffer buf = data.duplicate();
        byte[] first = new byte[Math.min(buf.remaining(), 400)];
        buf.get(first);
        int start = bomLength(first);
        String head = new String(first, start, first.length - start, StandardCharsets.UTF_8).strip();
        if (head.isEmpty()) {
            throw new InvalidDataset(name + ": empty file, not a palmares dataset");
        }
        if (!head.startsWith("{")) {
            throw new InvalidDataset(name + ": not a palmares dataset (expected JSON or JSON Lines)");
        }
        return head;
    }

    /**
     * What a JSON parser says is wrong, in words and without its internals (no "[Source: …]").
     */
    static String jsonProblem(JsonProcessingException e) {
        String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().lines().findFirst().orElse("");
        if (m.startsWith("Unexpected end-of-input")) {
            return "the file ends too early (truncated?)";
        }
        m = m.replaceAll("\\s*\\((?:start marker at )?\\[Source:[^\\]]*\\]\\)", "")
                .replaceAll("\\s*\\[Source:[^\\]]*\\]", "");
        return m.strip();
    }

    /** A laureate read with only some fields, and where its object lies in the dataset's bytes. */
    public record Entry(Laureate partial, int start, int end) {
    }

    /**
     * Reads every laureate of a dataset's bytes decoding only the given top-level fields (all when
     * null), with the byte range of each, so that {@link #full} can decode the few that matter.
     */
    public List<Entry> scan(java.nio.ByteBuffer data, String name, java.util.Set<String> fields) throws InvalidDataset {
        java.nio.ByteBuffer buf = data.duplicate();
        String head = head(data, name);
        int start = bomLength(data);
        List<Entry> out = new ArrayList<>();
        int version = -1;
        boolean whole = isWholeDataset(head);
        buf.position(start);
        try (JsonParser p = factory.createParser(new BufferStream(buf))) {
            if (whole) {
                p.nextToken();
                boolean seen = false;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    JsonToken value = p.nextToken();
                    if ("schemaVersion".equals(field)) {
                        version = p.getValueAsInt(-1);
                    } else if ("laureates".equals(field) && value == JsonToken.START_ARRAY) {
                        seen = true;
                        readEntries(p, start, fields, out);
                    } else {
                        p.skipChildren();
                    }
                }
                if (!seen) {
                    throw new InvalidDataset(name + ": not a palmares dataset (no \"laureates\")");
                }
                if (version != DatasetWriter.SCHEMA_VERSION) {
                    throw new InvalidDataset(name + ": schemaVersion " + version + " is not supported (expected "
                            + DatasetWriter.SCHEMA_VERSION + ")");
                }
            } else {
                readEntries(p, start, fields, out);
            }
        } catch (JsonProcessingException e) {
            throw new InvalidDataset(name + ": not a palmares dataset (invalid JSON at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ": "
                    + jsonProblem(e) + ")");
        } catch (IOException e) {
            throw new InvalidDataset(name + ": cannot read (" + e.getMessage() + ")");
        }
        return out;
    }

    private static void readEntries(JsonParser p, int offset, java.util.Set<String> fields, List<Entry> out)
            throws IOException {
        readEntries(p, offset, Integer.MAX_VALUE, fields, out);
    }

    /** Reads the laureates of an array until one starts at or after {@code limit} (absolute offset). */
    private static void readEntries(JsonParser p, int offset, int limit, java.util.Set<String> fields, List<Entry> out)
            throws IOException {
        while (p.nextToken() == JsonToken.START_OBJECT) {
            int from = (int) p.currentTokenLocation().getByteOffset() + offset;
            if (from >= limit) {
                return;
            }
            Laureate l = LaureateJson.read(p, fields);
            int to = (int) p.currentLocation().getByteOffset() + offset;
            out.add(new Entry(l, from, to));
        }
    }

    /** The whole laureate of an entry. */
    public Laureate full(java.nio.ByteBuffer data, Entry e) throws IOException {
        byte[] slice = new byte[e.end() - e.start()];
        data.get(e.start(), slice);
        try (JsonParser p = factory.createParser(slice)) {
            p.nextToken();
            return LaureateJson.read(p);
        }
    }

    /** Maps a dataset file into memory (no copy on the heap): the input of {@link #scan}. */
    public static java.nio.ByteBuffer map(Path file) throws IOException {
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file)) {
            if (ch.size() > Integer.MAX_VALUE) {
                throw new IOException("dataset larger than 2 GB");
            }
            return ch.map(java.nio.channels.FileChannel.MapMode.READ_ONLY, 0, ch.size());
        }
    }

    private static int bomLength(java.nio.ByteBuffer data) {
        return data.limit() >= 3 && (data.get(0) & 0xFF) == 0xEF && (data.get(1) & 0xFF) == 0xBB
                && (data.get(2) & 0xFF) == 0xBF ? 3 : 0;
    }

    private static int bomLength(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    }

    /** Every laureate of a dataset file, whole, checked against the JSON Schema first. */
    public List<Laureate> read(Path file) throws InvalidDataset {
        if (!Files.exists(file)) {
            throw new InvalidDataset(file + ": no such dataset file");
        }
        try {
            return partials(scanChecked(map(file), file.toString(), null));
        } catch (IOException e) {
            throw new InvalidDataset(file + ": cannot read (" + e.getMessage() + ")");
        }
    }

    private static List<Laureate> partials(List<Entry> entries) {
        List<Laureate> out = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            out.add(e.partial());
        }
        return out;
    }

    private static boolean isWholeDataset(String head) {
        int id = head.indexOf("\"id\"");
        int version = head.indexOf("\"schemaVersion\"");
        int laureates = head.indexOf("\"laureates\"");
        int first = Math.min(version < 0 ? Integer.MAX_VALUE : version, laureates < 0 ? Integer.MAX_VALUE : laureates);
        return first != Integer.MAX_VALUE && (id < 0 || first < id);
    }
}
