package fr.palmares.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.palmares.write.AtomicFile;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** One dataset from many documents: cross-document merge, batch imports, idempotence, concurrency. */
class MergeTest {
    private static final String DOSSIER = "samples/2023-dossier-de-presse.md";
    private static final String ANNUAIRE = "samples/2023-annuaire-labels.md";
    private static final List<String> ALL = List.of("samples/2024-communique-de-presse.md", ANNUAIRE,
            "samples/2013-page-web-labels.pdf", "samples/2022-article-presse.html", DOSSIER);

    @TempDir
    Path tmp;
    @RegisterExtension
    final Console console = new Console();
    private final ByteArrayOutputStream err = console.stderr();

    private static JsonNode laureates(Path file) throws Exception {
        return new ObjectMapper().readTree(file.toFile()).get("laureates");
    }

    @Test
    void thePressKitAndTheYearbookGiveTwentyFiveLaureatesWithMedalsAndBothSources() throws Exception {
        Path out = tmp.resolve("2023.json");
        assertThat(Palmares.run("extract", DOSSIER, ANNUAIRE, "-o", out.toString())).isZero();
        JsonNode l = laureates(out);
        assertThat(l).hasSize(25);
        for (JsonNode x : l) {
            assertThat(x.get("edition").asInt()).isEqualTo(2023);
            assertThat(x.get("medal").isNull()).as(x.toString()).isFalse();
            assertThat(x.get("sources").findValuesAsText("file")).containsExactly(ANNUAIRE, DOSSIER);
            assertThat(x.has("conflicts")).isFalse();
        }
        // The category in its best-cased form, from the press kit, where the yearbook prints capitals.
        assertThat(l.findValuesAsText("category")).contains("Moderniser le service public").doesNotContain(
                "MODERNISER LE SERVICE PUBLIC");
        // The yearbook's description is kept.
        assertThat(l.get(0).get("description").asText()).isNotBlank();
    }

    @Test
    void theSameAwardFromEachDocumentAloneHasTheSameId() throws Exception {
        Path a = tmp.resolve("a.json");
        Path b = tmp.resolve("b.json");
        assertThat(Palmares.run("extract", DOSSIER, "-o", a.toString())).isZero();
        assertThat(Palmares.run("extract", ANNUAIRE, "-o", b.toString())).isZero();
        List<String> ida = laureates(a).findValuesAsText("id");
        List<String> idb = laureates(b).findValuesAsText("id");
        assertThat(ida).hasSize(25).containsExactlyInAnyOrderElementsOf(idb);
    }

    @Test
    void importingTwiceChangesNothing() throws Exception {
        Path ds = tmp.resolve("ds.json");
        assertThat(Palmares.run(merge(ds, ALL))).isZero();
        byte[] first = Files.readAllBytes(ds);
        assertThat(Palmares.run(merge(ds, ALL))).isZero();
        assertThat(Files.readAllBytes(ds)).isEqualTo(first);
    }

    @Test
    void importingEditionByEditionInAnyOrderGivesTheSameFileAsAllAtOnce() throws Exception {
        Path once = tmp.resolve("once.json");
        assertThat(Palmares.run(merge(once, ALL))).isZero();
        Path forward = tmp.resolve("forward.json");
        Path backward = tmp.resolve("backward.json");
        for (String f : ALL) {
            assertThat(Palmares.run(merge(forward, List.of(f)))).isZero();
        }
        for (int i = ALL.size() - 1; i >= 0; i--) {
            assertThat(Palmares.run(merge(backward, List.of(ALL.get(i))))).isZero();
        }
        assertThat(Files.readAllBytes(forward)).isEqualTo(Files.readAllBytes(once));
        assertThat(Files.readAllBytes(backward)).isEqualTo(Files.readAllBytes(once));
        assertThat(laureates(once)).hasSize(79);
    }

    @Test
    void twoConcurrentImportsLoseNothing() throws Exception {
        Path ds = tmp.resolve("shared.json");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> jobs = List.of(() -> Palmares.run(merge(ds, List.of(ALL.get(0), ALL.get(2)))),
                    () -> Palmares.run(merge(ds, List.of(ALL.get(1), ALL.get(4)))));
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(jobs)) {
                statuses.add(f.get());
            }
            assertThat(statuses).containsOnly(0);
        } finally {
            pool.shutdown();
        }
        // 21 (2024) + 26 (2013) + 25 (2023, both documents merged).
        assertThat(laureates(ds)).hasSize(72);
    }

    @Test
    void aFailedImportLeavesThePreviousFileIntact() throws Exception {
        Path ds = tmp.resolve("ds.json");
        Files.writeString(ds, "{\"schemaVersion\": 1, \"laureates\": [ {\"id\": ");
        byte[] before = Files.readAllBytes(ds);
        assertThat(Palmares.run(merge(ds, List.of(DOSSIER)))).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("not a palmares dataset").contains("nothing was written");
        assertThat(Files.readAllBytes(ds)).isEqualTo(before);
    }

    @Test
    void anInterruptedWriteLeavesNoHalfFile() throws Exception {
        Path target = tmp.resolve("busy");
        Files.createDirectories(target.resolve("inside"));
        // The rename cannot replace a non-empty folder: the write fails after the temporary file is written.
        org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> AtomicFile.write(target, "new".getBytes(StandardCharsets.UTF_8)));
        try (Stream<Path> s = Files.list(tmp)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("busy");
        }
    }

    @Test
    void theNextImportRemovesWhatAKilledImportLeftBehind() throws Exception {
        Path ds = tmp.resolve("ds.json");
        assertThat(Palmares.run(merge(ds, List.of(DOSSIER)))).isZero();
        byte[] before = Files.readAllBytes(ds);
        // An import killed inside its write window: its half-written temporary file, unlocked once it died.
        Path left = tmp.resolve(".ds.json.7340271958124.tmp");
        Files.write(left, java.util.Arrays.copyOf(before, before.length / 2));
        Files.setLastModifiedTime(left, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(5)));
        // A plain extraction to another file of the folder, and that file's own temporary file, are not touched.
        Path other = tmp.resolve(".other.json.7340271958124.tmp");
        Files.write(other, before);
        assertThat(Palmares.run(merge(ds, List.of(ANNUAIRE)))).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("note: removed " + left
                + ", left by an interrupted import");
        try (Stream<Path> s = Files.list(tmp)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("ds.json", "ds.json.lock",
                    ".other.json.7340271958124.tmp");
        }
        assertThat(laureates(ds)).hasSize(25);
    }

    @Test
    void foldersAreWalkedAndWhatIsNotADocumentIsSkipped() throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in.resolve("sub"));
        Files.copy(Path.of("samples/2013-page-web-labels.md"), in.resolve("page.md"));
        Files.copy(Path.of("samples/2024-communique-de-presse.pdf"), in.resolve("sub/communique.bin"));
        Files.writeString(in.resolve("notes.json"), "{}");
        Path out = tmp.resolve("out.json");
        assertThat(Palmares.run("extract", in.toString(), "-o", out.toString())).isZero();
        assertThat(laureates(out)).hasSize(47);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("notes.json: skipped (not a document)")
                .contains("2 document(s) read, 47 laureate(s)").contains("1 skipped")
                .contains("announces 25 laureates, 26 extracted");
    }

    @Test
    void mergeNeedsAnOutputDatasetInJson() {
        assertThat(Palmares.run("extract", "--merge", DOSSIER)).isEqualTo(2);
        assertThat(Palmares.run("extract", "--merge", DOSSIER, "-o", tmp.resolve("x.csv").toString())).isEqualTo(2);
    }

    private static String[] merge(Path ds, List<String> files) {
        List<String> args = new ArrayList<>(List.of("extract", "--merge", "-o", ds.toString()));
        args.addAll(files);
        return args.toArray(String[]::new);
    }
}
