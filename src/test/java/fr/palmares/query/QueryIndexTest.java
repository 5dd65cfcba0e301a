package fr.palmares.query;

import static org.assertj.core.api.Assertions.assertThat;

import fr.palmares.cli.Palmares;
import fr.palmares.write.DatasetReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The query index gives the same answers as a scan, and a changed dataset is never answered from it. */
class QueryIndexTest {
    @TempDir
    Path tmp;

    @Test
    void savedEntriesReadBackAndAChangedDatasetHasNoIndex() throws Exception {
        Path ds = tmp.resolve("d.json");
        Files.copy(Path.of("src/test/resources/query/dataset.json"), ds);
        DatasetReader reader = new DatasetReader();
        List<DatasetReader.Entry> scanned = reader.scan(DatasetReader.map(ds), "d", QueryIndex.FIELDS);
        QueryIndex.save(ds, scanned);
        List<DatasetReader.Entry> loaded = QueryIndex.load(ds).orElseThrow();
        assertThat(loaded).hasSameSizeAs(scanned);
        for (int i = 0; i < scanned.size(); i++) {
            DatasetReader.Entry a = scanned.get(i);
            DatasetReader.Entry b = loaded.get(i);
            assertThat(b.start()).isEqualTo(a.start());
            assertThat(b.end()).isEqualTo(a.end());
            assertThat(b.partial().edition()).isEqualTo(a.partial().edition());
            assertThat(b.partial().medal()).isEqualTo(a.partial().medal());
            assertThat(b.partial().category()).isEqualTo(a.partial().category());
            assertThat(b.partial().project()).isEqualTo(a.partial().project());
            assertThat(b.partial().description()).isEqualTo(a.partial().description());
            assertThat(b.partial().collectivites()).extracting("name", "type", "departement", "region", "regionName")
                    .isEqualTo(List.copyOf(a.partial().collectivites()).stream()
                            .map(c -> org.assertj.core.groups.Tuple.tuple(c.name(), c.type(), c.departement(),
                                    c.region(), c.regionName())).toList());
        }
        Files.setLastModifiedTime(ds, FileTime.fromMillis(Files.getLastModifiedTime(ds).toMillis() + 5000));
        assertThat(QueryIndex.load(ds)).isEmpty();
    }

    @Test
    void queriesAnswerTheSameWithTheIndex() throws Exception {
        Path ds = tmp.resolve("d.json");
        Files.copy(Path.of("src/test/resources/query/dataset.json"), ds);
        String[][] queries = {{"--region", "Bretagne", "--format", "json"}, {"--year", "2013", "--medal", "or", "--count"},
            {"--text", "plantabilité", "--format", "csv"}, {"--group-by", "region,medal", "--format", "json"},
            {"--collectivite", "métropole", "--type", "epci", "--departement", "69", "--format", "jsonl"}};
        String before = System.getProperty("palmares.index.minBytes");
        try {
            for (String[] q : queries) {
                System.setProperty("palmares.index.minBytes", Long.toString(Long.MAX_VALUE));
                String scanned = run(ds, q);
                System.setProperty("palmares.index.minBytes", "0");
                String first = run(ds, q);
                String indexed = run(ds, q);
                assertThat(first).isEqualTo(scanned);
                assertThat(indexed).isEqualTo(scanned);
            }
            assertThat(QueryIndex.load(ds)).isPresent();
        } finally {
            if (before == null) {
                System.clearProperty("palmares.index.minBytes");
            } else {
                System.setProperty("palmares.index.minBytes", before);
            }
        }
    }

    private static String run(Path ds, String[] q) {
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            String[] args = new String[q.length + 3];
            args[0] = "query";
            args[1] = "--dataset";
            args[2] = ds.toString();
            System.arraycopy(q, 0, args, 3, q.length);
            assertThat(Palmares.run(args)).isZero();
        } finally {
            System.setOut(old);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
