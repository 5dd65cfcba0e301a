package fr.palmares.query;

import fr.palmares.load.Hashes;
import fr.palmares.model.Collectivite;
import fr.palmares.model.Laureate;
import fr.palmares.write.AtomicFile;
import fr.palmares.write.DatasetReader;
import fr.palmares.write.DatasetReader.Entry;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * A compact binary copy of what the query filters look at (edition, medal, category, title,
 * description, collectivités' names, types and places) with where each laureate lies in the dataset,
 * so that repeated queries of a large dataset need not re-tokenize it. Written only after the dataset
 * passed the schema check.
 *
 * <p>Never trusted from a shared place: index files live in the user's own cache folder
 * ({@code $XDG_CACHE_HOME/palmares/index}, else {@code ~/.cache/palmares/index}), created rw-x for the
 * user alone and used only while it is a real folder owned by the user with no access for others; an
 * index file is read only when it is a regular file (not a link) owned by the user. Its content is bound
 * to the dataset's bytes: it records the dataset's path, size and two checksums of all its bytes
 * (CRC-32C and CRC-32, computed in hardware: about 10 ms for 56 MB where SHA-256 takes 0.7 s), and any
 * difference means a scan, never an answer from the index. Index files unused for 30 days are removed,
 * and the folder is kept under 512 MB, oldest first.
 */
public final class QueryIndex {
    private static final int MAGIC = 0x50494458; // "PIDX"
    private static final int VERSION = 3;
    private static final long MAX_AGE_MILLIS = 30L * 24 * 3600 * 1000;

    /** Below this size (bytes) a scan is as fast as the index: no index is used (property for tests). */
    public static long minDatasetBytes() {
        return Long.getLong("palmares.index.minBytes", 4L << 20);
    }

    /** The most the index folder may hold (property for tests). */
    static long maxTotalBytes() {
        return Long.getLong("palmares.index.maxBytes", 512L << 20);
    }

    /** What the index holds: every field a filter or a group can use. */
    public static final Set<String> FIELDS = Set.of("edition", "medal", "category", "project", "description",
            "collectivites");

    private QueryIndex() {
    }

    /**
     * The private folder of index files, created when missing; empty when there is no safe one (no home,
     * a link, another owner, access for others that cannot be removed).
     */
    static Optional<Path> folder() {
        try {
            Path base;
            String forced = System.getProperty("palmares.cache");
            if (forced != null) {
                base = Path.of(forced);
            } else {
                String xdg = System.getenv("XDG_CACHE_HOME");
                String home = System.getProperty("user.home");
                if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
                    base = Path.of(xdg, "palmares");
                } else if (home != null && !home.isBlank() && !"?".equals(home)) {
                    base = Path.of(home, ".cache", "palmares");
                } else {
                    return Optional.empty();
                }
            }
            Path dir = base.resolve("index");
            for (Path d : List.of(base, dir)) {
                if (!Files.exists(d, LinkOption.NOFOLLOW_LINKS)) {
                    if (d.getParent() != null && !Files.isDirectory(d.getParent())) {
                        Files.createDirectories(d.getParent(), PosixFilePermissions.asFileAttribute(
                                PosixFilePermissions.fromString("rwx------")));
                    }
                    try {
                        Files.createDirectory(d, PosixFilePermissions.asFileAttribute(
                                PosixFilePermissions.fromString("rwx------")));
                    } catch (java.nio.file.FileAlreadyExistsException raced) {
                        // made by another query at the same moment: checked below
                    }
                }
                if (!isPrivateFolder(d)) {
                    return Optional.empty();
                }
            }
            return Optional.of(dir);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** A real folder (not a link), owned by this user, with no access for the group or others. */
    private static boolean isPrivateFolder(Path d) throws IOException {
        PosixFileAttributes a = Files.readAttributes(d, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!a.isDirectory() || a.isSymbolicLink() || !a.owner().equals(me(d))) {
            return false;
        }
        Set<PosixFilePermission> perms = a.permissions();
        Set<PosixFilePermission> others = EnumSet.of(PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
                PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE,
                PosixFilePermission.OTHERS_EXECUTE);
        perms.retainAll(others);
        if (!perms.isEmpty()) {
            Files.setPosixFilePermissions(d, PosixFilePermissions.fromString("rwx------"));
        }
        return true;
    }

    private static UserPrincipal me(Path anywhere) throws IOException {
        return anywhere.getFileSystem().getUserPrincipalLookupService()
                .lookupPrincipalByName(System.getProperty("user.name"));
    }

    /** Where the index of a dataset path is kept (one file per dataset path). */
    static Path location(Path folder, Path dataset) {
        String key = dataset.toAbsolutePath().normalize().toString();
        return folder.resolve(Hashes.sha256(key.getBytes(StandardCharsets.UTF_8)).substring(0, 32) + ".idx");
    }

    /** What binds an index to a dataset: its absolute path, size and checksums of all its bytes. */
    record Binding(String path, long size, long crc32c, long crc32) {
        static Binding of(Path dataset, ByteBuffer bytes) {
            CRC32C c = new CRC32C();
            c.update(bytes.duplicate().position(0));
            CRC32 d = new CRC32();
            d.update(bytes.duplicate().position(0));
            return new Binding(dataset.toAbsolutePath().normalize().toString(), bytes.limit(), c.getValue(),
                    d.getValue());
        }
    }

    /** The indexed entries of a dataset whose bytes are given, when a safe index of exactly these bytes exists. */
    public static Optional<List<Entry>> load(Path dataset, ByteBuffer bytes) {
        return open(dataset, bytes).map(View::entries);
    }

    static Optional<List<Entry>> load(Path idx, Binding expected) {
        return open(idx, expected).map(View::entries);
    }

    /**
     * The index of a dataset whose bytes are given, read in place (mapped, nothing decoded until asked),
     * when a safe index of exactly these bytes exists.
     */
    public static Optional<View> open(Path dataset, ByteBuffer bytes) {
        Optional<Path> folder = folder();
        if (folder.isEmpty()) {
            return Optional.empty();
        }
        return open(location(folder.get(), dataset), Binding.of(dataset, bytes));
    }

    static Optional<View> open(Path idx, Binding expected) {
        try {
            BasicFileAttributes attrs = Files.readAttributes(idx, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!attrs.isRegularFile() || !((PosixFileAttributes) attrs).owner().equals(me(idx))) {
                return Optional.empty();
            }
            ByteBuffer b;
            try (FileChannel ch = FileChannel.open(idx, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
                b = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size());
            }
            if (b.getInt() != MAGIC || b.getInt() != VERSION) {
                return Optional.empty();
            }
            byte[] path = new byte[b.getInt()];
            b.get(path);
            Binding found = new Binding(new String(path, StandardCharsets.UTF_8), b.getLong(), b.getLong(),
                    b.getLong());
            if (!found.equals(expected)) {
                return Optional.empty();
            }
            Optional<View> view = View.read(b, expected.size());
            if (view.isPresent()) {
                try {
                    Files.setLastModifiedTime(idx, FileTime.fromMillis(System.currentTimeMillis()));
                } catch (IOException ignored) {
                    // its age only decides when it is removed
                }
            }
            return view;
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * An index read in place: fixed-width columns of numbers over a mapped file, strings and collectivités
     * decoded the first time they are asked for. Every number was checked to be in range when it was
     * opened, so reading it never fails.
     *
     * <p>Layout after the binding (big-endian ints): the counts of rows, strings, collectivités and
     * collectivité references; the strings' end offsets and their UTF-8 bytes (padded to 4); per row its
     * start, end, edition, medal, category, project and description; each row's first collectivité
     * reference (one more, the end); the references; each collectivité's name, type, département, region
     * and region name.
     */
    public static final class View implements Filters.Columns {
        private static final int ROW = 7;
        private static final int COLLECTIVITE = 5;
        private final ByteBuffer utf8;
        private final java.nio.IntBuffer stringEnds;
        private final java.nio.IntBuffer rows;
        private final java.nio.IntBuffer from;
        private final java.nio.IntBuffer refs;
        private final java.nio.IntBuffer collectivites;
        private final int count;
        private final String[] strings;
        private final Collectivite[] made;

        private View(ByteBuffer utf8, java.nio.IntBuffer stringEnds, java.nio.IntBuffer rows, java.nio.IntBuffer from,
                java.nio.IntBuffer refs, java.nio.IntBuffer collectivites, int count) {
            this.utf8 = utf8;
            this.stringEnds = stringEnds;
            this.rows = rows;
            this.from = from;
            this.refs = refs;
            this.collectivites = collectivites;
            this.count = count;
            this.strings = new String[stringEnds.limit()];
            this.made = new Collectivite[collectivites.limit() / COLLECTIVITE];
        }

        /** The view of the rest of an index file; empty when any number is out of range or bytes are left over. */
        static Optional<View> read(ByteBuffer b, long datasetSize) {
            int count = b.getInt();
            int nStrings = b.getInt();
            int nCollectivites = b.getInt();
            int nRefs = b.getInt();
            if (count < 0 || nStrings < 0 || nCollectivites < 0 || nRefs < 0) {
                return Optional.empty();
            }
            java.nio.IntBuffer ends = ints(b, nStrings);
            int last = 0;
            for (int i = 0; i < nStrings; i++) {
                int e = ends.get(i);
                if (e < last) {
                    return Optional.empty();
                }
                last = e;
            }
            if (last > b.remaining()) {
                return Optional.empty();
            }
            ByteBuffer utf8 = b.slice(b.position(), last);
            b.position(b.position() + ((last + 3) & ~3));
            java.nio.IntBuffer rows = ints(b, (long) count * ROW);
            java.nio.IntBuffer from = ints(b, (long) count + 1);
            java.nio.IntBuffer refs = ints(b, nRefs);
            java.nio.IntBuffer cs = ints(b, (long) nCollectivites * COLLECTIVITE);
            if (b.hasRemaining()) {
                return Optional.empty();
            }
            for (int r = 0; r < count; r++) {
                int at = r * ROW;
                int start = rows.get(at);
                int end = rows.get(at + 1);
                if (start < 0 || end <= start || end > datasetSize) {
                    return Optional.empty();
                }
                for (int k = 3; k < ROW; k++) {
                    if (!isString(rows.get(at + k), nStrings)) {
                        return Optional.empty();
                    }
                }
            }
            int prev = 0;
            for (int r = 0; r <= count; r++) {
                int f = from.get(r);
                if (f < prev || f > nRefs || (r == 0 && f != 0)) {
                    return Optional.empty();
                }
                prev = f;
            }
            if (prev != nRefs) {
                return Optional.empty();
            }
            for (int k = 0; k < nRefs; k++) {
                int ref = refs.get(k);
                if (ref < 0 || ref >= nCollectivites) {
                    return Optional.empty();
                }
            }
            for (int k = 0; k < cs.limit(); k++) {
                if (!isString(cs.get(k), nStrings)) {
                    return Optional.empty();
                }
            }
            return Optional.of(new View(utf8, ends, rows, from, refs, cs, count));
        }

        private static boolean isString(int id, int nStrings) {
            return id >= -1 && id < nStrings;
        }

        /** The next {@code n} ints of the buffer as a buffer of their own (the position moves past them). */
        private static java.nio.IntBuffer ints(ByteBuffer b, long n) {
            if (n * 4 > b.remaining()) {
                throw new IllegalArgumentException("index shorter than its counts");
            }
            java.nio.IntBuffer out = b.slice(b.position(), (int) n * 4).asIntBuffer();
            b.position(b.position() + (int) n * 4);
            return out;
        }

        @Override
        public int rows() {
            return count;
        }

        @Override
        public int edition(int row) {
            return rows.get(row * ROW + 2);
        }

        @Override
        public int medal(int row) {
            return rows.get(row * ROW + 3);
        }

        @Override
        public int category(int row) {
            return rows.get(row * ROW + 4);
        }

        @Override
        public int strings() {
            return strings.length;
        }

        @Override
        public String string(int id) {
            if (id < 0) {
                return null;
            }
            String s = strings[id];
            if (s == null) {
                int start = id == 0 ? 0 : stringEnds.get(id - 1);
                byte[] bytes = new byte[stringEnds.get(id) - start];
                utf8.get(start, bytes);
                s = new String(bytes, StandardCharsets.UTF_8);
                strings[id] = s;
            }
            return s;
        }

        @Override
        public int collectivitesFrom(int row) {
            return from.get(row);
        }

        @Override
        public int collectiviteRef(int k) {
            return refs.get(k);
        }

        @Override
        public int collectivites() {
            return made.length;
        }

        @Override
        public Collectivite collectivite(int id) {
            Collectivite c = made[id];
            if (c == null) {
                int at = id * COLLECTIVITE;
                c = new Collectivite(string(collectivites.get(at)), string(collectivites.get(at + 1)), null,
                        string(collectivites.get(at + 2)), string(collectivites.get(at + 3)),
                        string(collectivites.get(at + 4)), null);
                made[id] = c;
            }
            return c;
        }

        @Override
        public Laureate laureate(int row) {
            int at = row * ROW;
            int edition = rows.get(at + 2);
            int first = from.get(row);
            int last = from.get(row + 1);
            List<Collectivite> cs = new ArrayList<>(last - first);
            for (int k = first; k < last; k++) {
                cs.add(collectivite(refs.get(k)));
            }
            return new Laureate(null, edition < 0 ? null : edition, string(rows.get(at + 3)), string(rows.get(at + 4)),
                    string(rows.get(at + 5)), cs, string(rows.get(at + 6)), List.of(), 0, List.of());
        }

        /** A row as the scan gives it: its laureate with the indexed fields, and where it lies in the dataset. */
        public Entry entry(int row) {
            return new Entry(laureate(row), rows.get(row * ROW), rows.get(row * ROW + 1));
        }

        /** Every row. */
        public List<Entry> entries() {
            List<Entry> out = new ArrayList<>(count);
            for (int r = 0; r < count; r++) {
                out.add(entry(r));
            }
            return out;
        }
    }

    /**
     * Writes the index of a dataset palmares has just written to this file (its bytes, valid by
     * construction: no schema check), so that no query of it, not even the first, builds one. Only for a
     * dataset of {@link #minDatasetBytes()} or more; failures are ignored (the first query then makes it).
     */
    public static void prepare(Path dataset, byte[] written) {
        if (written.length < minDatasetBytes()) {
            return;
        }
        try {
            ByteBuffer bytes = ByteBuffer.wrap(written);
            save(dataset, bytes, new DatasetReader().scan(bytes, dataset.toString(), FIELDS));
        } catch (DatasetReader.InvalidDataset | RuntimeException e) {
            // no index: the first query checks the dataset and makes one
        }
    }

    /** Writes the index of a checked dataset (entries read with {@link #FIELDS}); failures are ignored. */
    public static void save(Path dataset, ByteBuffer bytes, List<Entry> entries) {
        Optional<Path> folder = folder();
        if (folder.isEmpty()) {
            return;
        }
        Path idx = location(folder.get(), dataset);
        save(idx, Binding.of(dataset, bytes), entries);
        prune(folder.get(), idx, System.currentTimeMillis());
    }

    static void save(Path idx, Binding binding, List<Entry> entries) {
        try {
            Map<String, Integer> ids = new HashMap<>();
            List<String> strings = new ArrayList<>();
            Map<List<Integer>, Integer> collectiviteIds = new HashMap<>();
            List<List<Integer>> collectivites = new ArrayList<>();
            ByteArrayOutputStream rows = new ByteArrayOutputStream(entries.size() * View.ROW * 4);
            DataOutputStream row = new DataOutputStream(rows);
            ByteArrayOutputStream from = new ByteArrayOutputStream((entries.size() + 1) * 4);
            DataOutputStream first = new DataOutputStream(from);
            ByteArrayOutputStream refs = new ByteArrayOutputStream(entries.size() * 4);
            DataOutputStream ref = new DataOutputStream(refs);
            int nRefs = 0;
            for (Entry e : entries) {
                Laureate l = e.partial();
                row.writeInt(e.start());
                row.writeInt(e.end());
                row.writeInt(l.edition() == null ? -1 : l.edition());
                row.writeInt(id(ids, strings, l.medal()));
                row.writeInt(id(ids, strings, l.category()));
                row.writeInt(id(ids, strings, l.project()));
                row.writeInt(id(ids, strings, l.description()));
                first.writeInt(nRefs);
                for (Collectivite c : l.collectivites()) {
                    List<Integer> key = List.of(id(ids, strings, c.name()), id(ids, strings, c.type()),
                            id(ids, strings, c.departement()), id(ids, strings, c.region()),
                            id(ids, strings, c.regionName()));
                    Integer n = collectiviteIds.get(key);
                    if (n == null) {
                        n = collectivites.size();
                        collectiviteIds.put(key, n);
                        collectivites.add(key);
                    }
                    ref.writeInt(n);
                    nRefs++;
                }
            }
            first.writeInt(nRefs);
            row.flush();
            first.flush();
            ref.flush();
            ByteArrayOutputStream all = new ByteArrayOutputStream(rows.size() + from.size() + refs.size()
                    + strings.size() * 40 + 64);
            DataOutputStream head = new DataOutputStream(all);
            head.writeInt(MAGIC);
            head.writeInt(VERSION);
            byte[] path = binding.path().getBytes(StandardCharsets.UTF_8);
            head.writeInt(path.length);
            head.write(path);
            head.writeLong(binding.size());
            head.writeLong(binding.crc32c());
            head.writeLong(binding.crc32());
            head.writeInt(entries.size());
            head.writeInt(strings.size());
            head.writeInt(collectivites.size());
            head.writeInt(nRefs);
            List<byte[]> utf8 = new ArrayList<>(strings.size());
            int end = 0;
            for (String s : strings) {
                byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
                utf8.add(bytes);
                end += bytes.length;
                head.writeInt(end);
            }
            for (byte[] bytes : utf8) {
                head.write(bytes);
            }
            head.write(new byte[((end + 3) & ~3) - end]);
            head.flush();
            rows.writeTo(all);
            from.writeTo(all);
            refs.writeTo(all);
            for (List<Integer> c : collectivites) {
                for (int v : c) {
                    head.writeInt(v);
                }
            }
            head.flush();
            AtomicFile.write(idx, all.toByteArray());
            Files.setPosixFilePermissions(idx, PosixFilePermissions.fromString("rw-------"));
        } catch (IOException | RuntimeException ignored) {
            // No index: the next query scans the dataset again.
        }
    }

    /**
     * Removes index files unused for 30 days, leftovers of interrupted writes, and then the oldest ones
     * until the folder holds at most {@link #maxTotalBytes()} (the one just written is kept).
     */
    static void prune(Path folder, Path keep, long now) {
        List<Path> files = new ArrayList<>();
        Map<Path, long[]> info = new HashMap<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(folder)) {
            for (Path p : ds) {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                String name = p.getFileName().toString();
                boolean index = name.endsWith(".idx");
                boolean leftover = name.startsWith(".") && name.endsWith(".tmp");
                if (!a.isRegularFile() || !(index || leftover)) {
                    continue;
                }
                long age = now - a.lastModifiedTime().toMillis();
                if (!p.equals(keep) && (age > MAX_AGE_MILLIS || (leftover && age > 3600_000L))) {
                    Files.deleteIfExists(p);
                } else if (index) {
                    files.add(p);
                    info.put(p, new long[] {a.size(), a.lastModifiedTime().toMillis()});
                }
            }
            long total = 0;
            for (long[] i : info.values()) {
                total += i[0];
            }
            files.sort(Comparator.comparingLong((Path p) -> info.get(p)[1]).thenComparing(Path::toString));
            for (Path p : files) {
                if (total <= maxTotalBytes()) {
                    break;
                }
                if (!p.equals(keep)) {
                    Files.deleteIfExists(p);
                    total -= info.get(p)[0];
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // pruning is best effort: the next save tries again
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
