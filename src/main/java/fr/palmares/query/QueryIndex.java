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
    private static final int VERSION = 2;
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
        Optional<Path> folder = folder();
        if (folder.isEmpty()) {
            return Optional.empty();
        }
        return load(location(folder.get(), dataset), Binding.of(dataset, bytes));
    }

    static Optional<List<Entry>> load(Path idx, Binding expected) {
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
                if (start < 0 || end <= start || end > expected.size()) {
                    return Optional.empty();
                }
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
            if (b.hasRemaining()) {
                return Optional.empty();
            }
            try {
                Files.setLastModifiedTime(idx, FileTime.fromMillis(System.currentTimeMillis()));
            } catch (IOException ignored) {
                // its age only decides when it is removed
            }
            return Optional.of(out);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
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
            ByteArrayOutputStream all = new ByteArrayOutputStream(body.size() + strings.size() * 32 + 64);
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
            for (String s : strings) {
                byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
                head.writeInt(bytes.length);
                head.write(bytes);
            }
            head.flush();
            body.writeTo(all);
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
