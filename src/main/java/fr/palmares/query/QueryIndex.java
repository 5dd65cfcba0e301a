package fr.palmares.query;

import fr.palmares.load.Hashes;
import fr.palmares.model.Collectivite;
import fr.palmares.model.Laureate;
import fr.palmares.write.AtomicFile;
import fr.palmares.write.DatasetReader.Entry;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A compact binary copy of what the query filters look at (edition, medal, category, title,
 * description, collectivités' names, types and places) with where each laureate lies in the dataset,
 * kept in the temporary folder and keyed by the dataset's path, size and modification time. Reading it
 * costs a fraction of re-tokenizing a large JSON file, so repeated queries of a big dataset answer
 * faster; a changed dataset gets a new index, and any problem with the index only means a full scan.
 */
public final class QueryIndex {
    private static final int MAGIC = 0x50494458; // "PIDX"
    private static final int VERSION = 1;
    /** Below this size (bytes) a scan is as fast as the index: no index is used (property for tests). */
    public static long minDatasetBytes() {
        return Long.getLong("palmares.index.minBytes", 4L << 20);
    }
    /** What the index holds: every field a filter or a group can use. */
    public static final Set<String> FIELDS = Set.of("edition", "medal", "category", "project", "description",
            "collectivites");

    private QueryIndex() {
    }

    static Path location(Path dataset) throws IOException {
        Path abs = dataset.toAbsolutePath().normalize();
        BasicFileAttributes a = Files.readAttributes(abs, BasicFileAttributes.class);
        String key = VERSION + "|" + abs + "|" + a.size() + "|" + a.lastModifiedTime().toMillis();
        String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9_.-]", "_");
        return Path.of(System.getProperty("java.io.tmpdir"), "palmares-index-" + user,
                Hashes.sha256(key.getBytes(StandardCharsets.UTF_8)).substring(0, 32) + ".idx");
    }

    /** The indexed entries of a dataset, when an index of its current version exists and reads. */
    public static Optional<List<Entry>> load(Path dataset) {
        try {
            Path idx = location(dataset);
            if (!Files.isRegularFile(idx)) {
                return Optional.empty();
            }
            ByteBuffer b;
            try (FileChannel ch = FileChannel.open(idx)) {
                b = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size());
            }
            if (b.getInt() != MAGIC || b.getInt() != VERSION) {
                return Optional.empty();
            }
            int count = b.getInt();
            int nStrings = b.getInt();
            String[] strings = new String[nStrings];
            for (int i = 0; i < nStrings; i++) {
                byte[] s = new byte[b.getInt()];
                b.get(s);
                strings[i] = new String(s, StandardCharsets.UTF_8);
            }
            List<Entry> out = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int start = b.getInt();
                int end = b.getInt();
                int edition = b.getInt();
                String medal = str(strings, b.getInt());
                String category = str(strings, b.getInt());
                String project = str(strings, b.getInt());
                String description = str(strings, b.getInt());
                int n = b.getInt();
                List<Collectivite> cs = new ArrayList<>(n);
                for (int k = 0; k < n; k++) {
                    cs.add(new Collectivite(str(strings, b.getInt()), str(strings, b.getInt()), null,
                            str(strings, b.getInt()), str(strings, b.getInt()), str(strings, b.getInt()), null));
                }
                out.add(new Entry(new Laureate(null, edition < 0 ? null : edition, medal, category, project, cs,
                        description, List.of(), 0, List.of()), start, end));
            }
            return Optional.of(out);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Writes the index of a dataset (entries read with {@link #FIELDS}); failures are ignored. */
    public static void save(Path dataset, List<Entry> entries) {
        try {
            Map<String, Integer> ids = new HashMap<>();
            List<String> strings = new ArrayList<>();
            ByteArrayOutputStream body = new ByteArrayOutputStream(entries.size() * 64);
            DataOutputStream out = new DataOutputStream(body);
            for (Entry e : entries) {
                Laureate l = e.partial();
                out.writeInt(e.start());
                out.writeInt(e.end());
                out.writeInt(l.edition() == null ? -1 : l.edition());
                out.writeInt(id(ids, strings, l.medal()));
                out.writeInt(id(ids, strings, l.category()));
                out.writeInt(id(ids, strings, l.project()));
                out.writeInt(id(ids, strings, l.description()));
                out.writeInt(l.collectivites().size());
                for (Collectivite c : l.collectivites()) {
                    out.writeInt(id(ids, strings, c.name()));
                    out.writeInt(id(ids, strings, c.type()));
                    out.writeInt(id(ids, strings, c.departement()));
                    out.writeInt(id(ids, strings, c.region()));
                    out.writeInt(id(ids, strings, c.regionName()));
                }
            }
            out.flush();
            ByteArrayOutputStream all = new ByteArrayOutputStream(body.size() + strings.size() * 32 + 16);
            DataOutputStream head = new DataOutputStream(all);
            head.writeInt(MAGIC);
            head.writeInt(VERSION);
            head.writeInt(entries.size());
            head.writeInt(strings.size());
            for (String s : strings) {
                byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
                head.writeInt(bytes.length);
                head.write(bytes);
            }
            head.flush();
            body.writeTo(all);
            AtomicFile.write(location(dataset), all.toByteArray());
        } catch (IOException | RuntimeException ignored) {
            // No index: the next query scans the dataset again.
        }
    }

    private static int id(Map<String, Integer> ids, List<String> strings, String s) {
        if (s == null) {
            return -1;
        }
        return ids.computeIfAbsent(s, k -> {
            strings.add(k);
            return strings.size() - 1;
        });
    }

    private static String str(String[] strings, int i) {
        return i < 0 ? null : strings[i];
    }
}
