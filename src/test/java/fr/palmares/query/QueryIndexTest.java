package fr.palmares.query;

import static org.assertj.core.api.Assertions.assertThat;

import fr.palmares.cli.Console;
import fr.palmares.cli.Palmares;
import fr.palmares.model.Laureate;
import fr.palmares.write.DatasetReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The query index gives the answers a scan gives; it lives in a private folder; an index planted by
 * someone else, or one of other bytes (a forged or stale one), never changes an answer; old ones go.
 */
class QueryIndexTest {
    private static final Path SOURCE = Path.of("src/test/resources/query/dataset.json");

    @TempDir
    Path tmp;
    private Path cache;

    @BeforeEach
    void privateCache() {
        cache = tmp.resolve("cache");
        System.setProperty("palmares.cache", cache.toString());
        System.setProperty("palmares.index.minBytes", "0");
    }

    @AfterEach
    void restore() {
        System.clearProperty("palmares.cache");
        System.clearProperty("palmares.index.minBytes");
        System.clearProperty("palmares.index.maxBytes");
    }

    @Test
    void queriesAnswerTheSameWithTheIndexKeptInAPrivateFolder() throws Exception {
        Path ds = tmp.resolve("d.json");
        Files.copy(SOURCE, ds);
        String[][] queries = {{"--region", "Bretagne", "--format", "json"}, {"--year", "2013", "--medal", "or", "--count"},
            {"--text", "plantabilité", "--format", "csv"}, {"--group-by", "region,medal", "--format", "json"},
            {"--collectivite", "métropole", "--type", "epci", "--departement", "69", "--format", "jsonl"},
            {"--region", "Rhône-Alpes", "--count"}, {"--region", "Picardie,Bretagne", "--medal", "none,or", "--count"},
            {"--category", "inclusion,service public", "--year", "2013..2023", "--count"},
            {"--departement", "35,29", "--type", "commune,epci", "--text", "données", "--count"},
            {"--year", "..2022", "--group-by", "year,type", "--format", "csv"}};
        for (String[] q : queries) {
            System.setProperty("palmares.index.minBytes", Long.toString(Long.MAX_VALUE));
            String scanned = run(ds, q);
            System.setProperty("palmares.index.minBytes", "0");
            String first = run(ds, q);
            String indexed = run(ds, q);
            assertThat(first).isEqualTo(scanned);
            assertThat(indexed).isEqualTo(scanned);
        }
        Path folder = cache.resolve("index");
        assertThat(Files.isDirectory(folder)).isTrue();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cache))).isEqualTo("rwx------");
        try (Stream<Path> s = Files.list(folder)) {
            List<Path> files = s.toList();
            assertThat(files).hasSize(1);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(files.get(0)))).isEqualTo("rw-------");
        }
        assertThat(QueryIndex.load(ds, DatasetReader.map(ds))).isPresent();
    }

    @Test
    void extractWritesTheIndexSoThatNoQueryBuildsIt() throws Exception {
        Path ds = tmp.resolve("extracted.json");
        Path csv = tmp.resolve("extracted.csv");
        Console.extracted(ds, "samples/2023-annuaire-labels.md");
        Console.extracted(csv, "samples/2023-annuaire-labels.md");
        assertThat(QueryIndex.load(ds, DatasetReader.map(ds))).as("ready before the first query").isPresent();
        String[] q = {"--medal", "or", "--group-by", "region", "--format", "json"};
        String indexed = run(ds, q);
        System.setProperty("palmares.index.minBytes", Long.toString(Long.MAX_VALUE));
        assertThat(indexed).isEqualTo(run(ds, q)).contains("\"count\"");

        assertThat(QueryIndex.load(csv, DatasetReader.map(csv))).as("no index of a CSV").isEmpty();
    }

    @Test
    void anIndexOfOtherBytesWithTheSamePathSizeAndTimeIsNeverUsed() throws Exception {
        Path ds = tmp.resolve("d.json");
        Files.copy(SOURCE, ds);
        String truth = run(ds, "--medal", "argent", "--count");
        // A forged index: every laureate "argent", made from a dataset of the same path, size and time.
        byte[] bytes = Files.readAllBytes(ds);
        List<DatasetReader.Entry> forged = new ArrayList<>();
        for (DatasetReader.Entry e : new DatasetReader().scan(ByteBuffer.wrap(bytes), "d", QueryIndex.FIELDS)) {
            Laureate l = e.partial();
            forged.add(new DatasetReader.Entry(new Laureate(l.id(), l.edition(), "argent", l.category(), l.project(),
                    l.collectivites(), l.description(), l.sources(), l.confidence(), l.conflicts()), e.start(), e.end()));
        }
        byte[] other = bytes.clone();
        int at = new String(other, StandardCharsets.ISO_8859_1).indexOf("\"argent\"");
        other[at + 1] = 'A'; // "Argent": other bytes, same size
        Path folder = QueryIndex.folder().orElseThrow();
        QueryIndex.save(QueryIndex.location(folder, ds), QueryIndex.Binding.of(ds, ByteBuffer.wrap(other)), forged);
        assertThat(run(ds, "--medal", "argent", "--count")).isEqualTo(truth);

        // A stale index: the dataset rewritten in place, same size, same modification time.
        assertThat(run(ds, "--medal", "argent", "--count")).isEqualTo(truth);
        FileTime time = Files.getLastModifiedTime(ds);
        String text = Files.readString(ds);
        Files.writeString(ds, text.replaceFirst("\"medal\": \"argent\"", "\"medal\": \"bronze\""));
        Files.setLastModifiedTime(ds, time);
        assertThat(Files.size(ds)).isEqualTo(bytes.length);
        assertThat(Integer.parseInt(run(ds, "--medal", "argent", "--count").strip()))
                .isEqualTo(Integer.parseInt(truth.strip()) - 1);
    }

    @Test
    void anIndexOrAFolderThatIsALinkOrSomeoneElsesIsNeverTrusted() throws Exception {
        Path ds = tmp.resolve("d.json");
        Files.copy(SOURCE, ds);
        String truth = run(ds, "--medal", "argent", "--count");
        Path folder = QueryIndex.folder().orElseThrow();
        Path idx = QueryIndex.location(folder, ds);
        // A link where the index should be, to a forged index that matches the dataset's bytes.
        Path elsewhere = tmp.resolve("forged.idx");
        QueryIndex.save(elsewhere, QueryIndex.Binding.of(ds, DatasetReader.map(ds)), allArgent(ds));
        Files.deleteIfExists(idx);
        Files.createSymbolicLink(idx, elsewhere);
        assertThat(QueryIndex.load(idx, QueryIndex.Binding.of(ds, DatasetReader.map(ds))).isEmpty()).isTrue();
        assertThat(run(ds, "--medal", "argent", "--count")).isEqualTo(truth);
        assertThat(Files.isSymbolicLink(idx)).as("replaced by a real index").isFalse();

        // The whole folder a link to a folder someone else prepared.
        System.setProperty("palmares.cache", tmp.resolve("linked").toString());
        Path prepared = tmp.resolve("prepared/index");
        Files.createDirectories(prepared);
        Files.createDirectories(tmp.resolve("linked"));
        Files.createSymbolicLink(tmp.resolve("linked/index"), prepared);
        QueryIndex.save(QueryIndex.location(prepared, ds), QueryIndex.Binding.of(ds, DatasetReader.map(ds)),
                allArgent(ds));
        assertThat(QueryIndex.folder()).isEmpty();
        assertThat(run(ds, "--medal", "argent", "--count")).isEqualTo(truth);

        // Planted by another user (needs root to give the files away).
        if ("root".equals(System.getProperty("user.name"))) {
            System.setProperty("palmares.cache", tmp.resolve("other").toString());
            Path theirs = tmp.resolve("other/index");
            Files.createDirectories(theirs);
            Path planted = QueryIndex.location(theirs, ds);
            QueryIndex.save(planted, QueryIndex.Binding.of(ds, DatasetReader.map(ds)), allArgent(ds));
            UserPrincipal nobody = theirs.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
            Files.setOwner(theirs, nobody);
            Files.setOwner(planted, nobody);
            assertThat(QueryIndex.folder()).isEmpty();
            assertThat(run(ds, "--medal", "argent", "--count")).isEqualTo(truth);
            Files.setOwner(theirs, theirs.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("root"));
            assertThat(QueryIndex.load(planted, QueryIndex.Binding.of(ds, DatasetReader.map(ds))).isEmpty())
                    .as("a file that is not ours").isTrue();
        }
    }

    @Test
    void aFolderOpenToOthersIsMadePrivate() throws Exception {
        Files.createDirectories(cache.resolve("index"));
        Files.setPosixFilePermissions(cache.resolve("index"), PosixFilePermissions.fromString("rwxrwxrwx"));
        assertThat(QueryIndex.folder()).isPresent();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cache.resolve("index"))))
                .isEqualTo("rwx------");
    }

    @Test
    void oldIndexFilesAreRemovedAndTheFolderStaysUnderItsBound() throws Exception {
        Path folder = QueryIndex.folder().orElseThrow();
        long now = System.currentTimeMillis();
        Path old = folder.resolve("old.idx");
        Path recent = folder.resolve("recent.idx");
        Path older = folder.resolve("older.idx");
        Path kept = folder.resolve("kept.idx");
        Path leftover = folder.resolve(".kept.idx.123.tmp");
        for (Path p : List.of(old, recent, older, kept, leftover)) {
            Files.write(p, new byte[1000]);
        }
        Files.setLastModifiedTime(old, FileTime.fromMillis(now - 40L * 24 * 3600 * 1000));
        Files.setLastModifiedTime(leftover, FileTime.fromMillis(now - 2L * 3600 * 1000));
        Files.setLastModifiedTime(older, FileTime.fromMillis(now - 5000));
        Files.setLastModifiedTime(recent, FileTime.fromMillis(now - 1000));
        Files.setLastModifiedTime(kept, FileTime.fromMillis(now - 10000));
        System.setProperty("palmares.index.maxBytes", "2500");
        QueryIndex.prune(folder, kept, now);
        assertThat(old).doesNotExist();
        assertThat(leftover).doesNotExist();
        assertThat(older).as("oldest of the rest, over the bound").doesNotExist();
        assertThat(recent).exists();
        assertThat(kept).as("the one just written stays").exists();
    }

    private static List<DatasetReader.Entry> allArgent(Path ds) throws Exception {
        List<DatasetReader.Entry> out = new ArrayList<>();
        for (DatasetReader.Entry e : new DatasetReader().scan(DatasetReader.map(ds), "d", QueryIndex.FIELDS)) {
            Laureate l = e.partial();
            out.add(new DatasetReader.Entry(new Laureate(l.id(), l.edition(), "argent", l.category(), l.project(),
                    l.collectivites(), l.description(), l.sources(), l.confidence(), l.conflicts()), e.start(), e.end()));
        }
        return out;
    }

    private static String run(Path ds, String... q) {
        PrintStream old = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            String[] args = new String[q.length + 3];
            args[0] = "query";
            args[1] = "--dataset";
            args[2] = ds.toString();
            System.arraycopy(q, 0, args, 3, q.length);
            assertThat(Palmares.run(args)).as(err.toString(StandardCharsets.UTF_8)).isZero();
        } finally {
            System.setOut(old);
            System.setErr(oldErr);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
