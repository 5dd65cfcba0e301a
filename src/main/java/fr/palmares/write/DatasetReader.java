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
import java.nio.file.NoSuchFileException;
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

    /** An unreadable or invalid dataset. */
    public static final class InvalidDataset extends Exception {
        public InvalidDataset(String message) {
            super(message);
        }
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
        byte[] first = new byte[Math.min(buf.remaining(), 400)];
        buf.get(first);
        buf.position(0);
        int start = bomLength(first);
        String head = new String(first, start, first.length - start, StandardCharsets.UTF_8).strip();
        if (head.isEmpty()) {
            throw new InvalidDataset(name + ": empty file, not a palmares dataset");
        }
        if (!head.startsWith("{")) {
            throw new InvalidDataset(name + ": not a palmares dataset (expected JSON)");
        }
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
                    + e.getLocation().getLineNr() + ": " + e.getOriginalMessage().lines().findFirst().orElse("") + ")");
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

    /** An input stream over a byte buffer, for the streaming parser. */
    private static final class BufferStream extends InputStream {
        private final java.nio.ByteBuffer buf;

        BufferStream(java.nio.ByteBuffer buf) {
            this.buf = buf;
        }

        @Override
        public int read() {
            return buf.hasRemaining() ? buf.get() & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (!buf.hasRemaining()) {
                return -1;
            }
            int n = Math.min(len, buf.remaining());
            buf.get(b, off, n);
            return n;
        }
    }

    private static int bomLength(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    }

    public List<Laureate> read(Path file) throws InvalidDataset {
        try {
            return parse(Files.readAllBytes(file), file.toString());
        } catch (NoSuchFileException e) {
            throw new InvalidDataset(file + ": no such dataset file");
        } catch (IOException e) {
            throw new InvalidDataset(file + ": cannot read (" + e.getMessage() + ")");
        }
    }

    public List<Laureate> read(InputStream in, String name) throws InvalidDataset {
        try {
            return parse(in.readAllBytes(), name);
        } catch (IOException e) {
            throw new InvalidDataset(name + ": cannot read (" + e.getMessage() + ")");
        }
    }

    private List<Laureate> parse(byte[] bytes, String name) throws InvalidDataset {
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            start = 3;
        }
        String head = new String(bytes, start, Math.min(bytes.length - start, 400), StandardCharsets.UTF_8).strip();
        if (head.isEmpty()) {
            throw new InvalidDataset(name + ": empty file, not a palmares dataset");
        }
        if (!head.startsWith("{")) {
            throw new InvalidDataset(name + ": not a palmares dataset (expected JSON)");
        }
        try {
            if (isWholeDataset(head)) {
                return whole(bytes, start, name);
            }
            return lines(bytes, start);
        } catch (JsonProcessingException e) {
            throw new InvalidDataset(name + ": not a palmares dataset (invalid JSON at line "
                    + e.getLocation().getLineNr() + ": " + e.getOriginalMessage().lines().findFirst().orElse("") + ")");
        } catch (IOException e) {
            throw new InvalidDataset(name + ": cannot read (" + e.getMessage() + ")");
        }
    }

    private static boolean isWholeDataset(String head) {
        int id = head.indexOf("\"id\"");
        int version = head.indexOf("\"schemaVersion\"");
        int laureates = head.indexOf("\"laureates\"");
        int first = Math.min(version < 0 ? Integer.MAX_VALUE : version, laureates < 0 ? Integer.MAX_VALUE : laureates);
        return first != Integer.MAX_VALUE && (id < 0 || first < id);
    }

    private List<Laureate> whole(byte[] bytes, int start, String name) throws IOException, InvalidDataset {
        JsonFactory f = factory;
        List<Laureate> out = new ArrayList<>();
        int version = -1;
        boolean seen = false;
        try (JsonParser p = f.createParser(bytes, start, bytes.length - start)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new InvalidDataset(name + ": not a palmares dataset (expected a JSON object)");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if ("schemaVersion".equals(field)) {
                    version = p.getValueAsInt(-1);
                } else if ("laureates".equals(field) && value == JsonToken.START_ARRAY) {
                    seen = true;
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        out.add(LaureateJson.read(p));
                    }
                } else {
                    p.skipChildren();
                }
            }
        }
        if (!seen) {
            throw new InvalidDataset(name + ": not a palmares dataset (no \"laureates\")");
        }
        if (version != DatasetWriter.SCHEMA_VERSION) {
            throw new InvalidDataset(name + ": schemaVersion " + version + " is not supported (expected "
                    + DatasetWriter.SCHEMA_VERSION + ")");
        }
        return out;
    }

    private List<Laureate> lines(byte[] bytes, int start) throws IOException {
        List<Laureate> out = new ArrayList<>();
        try (JsonParser p = factory.createParser(bytes, start, bytes.length - start)) {
            while (p.nextToken() == JsonToken.START_OBJECT) {
                out.add(LaureateJson.read(p));
            }
        }
        return out;
    }
}
