package fr.palmares.write;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.palmares.cli.Console;
import fr.palmares.cli.Palmares;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** --format sqlite: read back with JDBC, the same rows as the JSON; keys, indexes, full-text search; same bytes. */
class SqliteTest {
    private static final String[] INPUTS = {"samples/2023-dossier-de-presse.md", "samples/2023-annuaire-labels.md",
        "samples/2013-page-web-labels.md", "samples/2024-communique-de-presse.md", "samples/2022-article-presse.md"};

    @TempDir
    static Path dir;
    static JsonNode json;
    static Path db;
    /** What the commands print is not checked here. */
    @RegisterExtension
    final Console console = new Console();

    @BeforeAll
    static void extract() throws Exception {
        Path j = Console.extracted(dir.resolve("dataset.json"), INPUTS);
        db = Console.extracted(dir.resolve("dataset.db"), INPUTS);
        json = new ObjectMapper().readTree(j.toFile()).get("laureates");
    }

    private static Connection open(Path file) throws Exception {
        return DriverManager.getConnection("jdbc:sqlite:" + file);
    }

    @Test
    void everyLaureateCollectiviteAndSourceIsARowAsInTheJson() throws Exception {
        assertThat(json.size()).isEqualTo(79);
        try (Connection c = open(db); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT * FROM laureates ORDER BY number")) {
                int i = 0;
                while (r.next()) {
                    JsonNode l = json.get(i++);
                    assertThat(r.getInt("number")).isEqualTo(i);
                    assertThat(r.getString("id")).isEqualTo(l.get("id").asText());
                    assertThat(r.getInt("edition")).isEqualTo(l.get("edition").asInt());
                    assertThat(r.getString("medal")).isEqualTo(text(l.get("medal")));
                    assertThat(r.getString("category")).isEqualTo(text(l.get("category")));
                    assertThat(r.getString("project")).isEqualTo(l.get("project").asText());
                    assertThat(r.getString("description")).isEqualTo(text(l.get("description")));
                    assertThat(r.getDouble("confidence")).isEqualTo(l.get("confidence").asDouble());
                }
                assertThat(i).isEqualTo(json.size());
            }
            int collectivites = 0;
            int sources = 0;
            for (int n = 1; n <= json.size(); n++) {
                JsonNode l = json.get(n - 1);
                try (ResultSet r = s.executeQuery("SELECT * FROM collectivites WHERE laureate = " + n + " ORDER BY position")) {
                    for (JsonNode k : l.get("collectivites")) {
                        assertThat(r.next()).isTrue();
                        collectivites++;
                        assertThat(r.getString("name")).isEqualTo(k.get("name").asText());
                        assertThat(r.getString("type")).isEqualTo(text(k.get("type")));
                        assertThat(r.getString("siren")).isEqualTo(text(k.get("siren")));
                        assertThat(r.getString("departement")).isEqualTo(text(k.get("departement")));
                        assertThat(r.getString("region")).isEqualTo(text(k.get("region")));
                        assertThat(r.getString("regionName")).isEqualTo(text(k.get("regionName")));
                        assertThat(r.getString("matchKind")).isEqualTo(k.get("match").isNull() ? null
                                : k.get("match").get("kind").asText());
                    }
                    assertThat(r.next()).isFalse();
                }
                try (ResultSet r = s.executeQuery("SELECT * FROM sources WHERE laureate = " + n + " ORDER BY position")) {
                    for (JsonNode k : l.get("sources")) {
                        assertThat(r.next()).isTrue();
                        sources++;
                        assertThat(r.getString("file")).isEqualTo(k.get("file").asText());
                        assertThat(r.getString("sha256")).isEqualTo(k.get("sha256").asText());
                        assertThat(r.getString("type")).isEqualTo(k.get("type").asText());
                        assertThat(r.getInt("line")).isEqualTo(k.path("line").asInt());
                    }
                    assertThat(r.next()).isFalse();
                }
            }
            assertThat(count(s, "collectivites")).isEqualTo(collectivites);
            assertThat(count(s, "sources")).isEqualTo(sources).isGreaterThan(79);
            assertThat(count(s, "conflicts")).isEqualTo(json.findValues("conflicts").stream().mapToInt(JsonNode::size).sum());
            assertThat(count(s, "evidence")).isEqualTo(json.findValues("evidence").stream().mapToInt(JsonNode::size).sum());
            try (ResultSet r = s.executeQuery("PRAGMA user_version")) {
                assertThat(r.getInt(1)).isEqualTo(1);
            }
        }
    }

    @Test
    void keysIndexesAndFullTextSearchWithoutAccents() throws Exception {
        try (Connection c = open(db); Statement s = c.createStatement()) {
            List<String> indexes = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%'")) {
                while (r.next()) {
                    indexes.add(r.getString(1));
                }
            }
            assertThat(indexes).contains("laureates_edition", "collectivites_region", "collectivites_siren", "sources_file");
            try (ResultSet r = s.executeQuery("SELECT \"table\", \"to\" FROM pragma_foreign_key_list('collectivites')")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getString(1)).isEqualTo("laureates");
                assertThat(r.getString(2)).isEqualTo("number");
            }
            try (ResultSet r = s.executeQuery("SELECT l.project FROM laureates_fts f JOIN laureates l ON l.number = f.rowid "
                    + "WHERE laureates_fts MATCH 'plantabilite'")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getString(1)).isEqualTo("Calque de plantabilité");
            }
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM laureates l JOIN collectivites c ON c.laureate = l.number "
                    + "WHERE c.region = '53' AND l.medal = 'or' AND l.edition >= 2015")) {
                assertThat(r.getInt(1)).isPositive();
            }
        }
    }

    @Test
    void sameInputsSameBytesWrittenAtomicallyAndTheExtensionChoosesTheFormat() throws Exception {
        Path again = dir.resolve("again.sqlite");
        Console.extracted(again, INPUTS);
        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(db));
        assertThat(new String(Files.readAllBytes(db), 0, 15, StandardCharsets.US_ASCII)).isEqualTo("SQLite format 3");
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).allMatch(n -> !n.endsWith(".tmp") && !n.endsWith("-journal"));
        }
    }

    @Test
    void aQueryAnswerAsSqlite() throws Exception {
        Path answer = dir.resolve("bretagne.db");
        assertThat(Palmares.run("query", "--dataset", dir.resolve("dataset.json").toString(), "--region", "Bretagne",
                "--format", "sqlite", "-o", answer.toString())).isZero();
        try (Connection c = open(answer); Statement s = c.createStatement()) {
            assertThat(count(s, "laureates")).isEqualTo(12);
        }
    }

    private static int count(Statement s, String table) throws Exception {
        try (ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
            return r.getInt(1);
        }
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }
}
