package fr.palmares.write;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.palmares.model.Collectivite;
import fr.palmares.model.Conflict;
import fr.palmares.model.Evidence;
import fr.palmares.model.Laureate;
import fr.palmares.model.Source;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;
import org.sqlite.SQLiteConnection;

/**
 * The dataset as one SQLite database, for Datasette, sqlite-utils and spreadsheets' SQL: tables
 * {@code laureates}, {@code collectivites}, {@code sources}, {@code conflicts} and {@code evidence}
 * (each row of a child table points at its laureate's {@code number}), indexes on what queries filter
 * on, and an FTS5 index {@code laureates_fts} on titles and descriptions (accents folded). Built in
 * memory and returned as the database file's bytes, so that it is written atomically like the other
 * formats and no journal or temporary file is left beside it. {@code PRAGMA user_version} is the
 * dataset's schemaVersion.
 */
final class SqliteWriter {
    static final String SCHEMA = """
            CREATE TABLE laureates (
              number INTEGER PRIMARY KEY,
              id TEXT NOT NULL,
              edition INTEGER,
              medal TEXT CHECK (medal IN ('or', 'argent', 'bronze')),
              category TEXT,
              project TEXT NOT NULL,
              description TEXT,
              confidence REAL NOT NULL
            );
            CREATE TABLE collectivites (
              laureate INTEGER NOT NULL REFERENCES laureates(number),
              position INTEGER NOT NULL,
              name TEXT NOT NULL,
              type TEXT,
              siren TEXT,
              departement TEXT,
              region TEXT,
              regionName TEXT,
              matchKind TEXT,
              matchScore REAL,
              PRIMARY KEY (laureate, position)
            );
            CREATE TABLE sources (
              laureate INTEGER NOT NULL REFERENCES laureates(number),
              position INTEGER NOT NULL,
              file TEXT NOT NULL,
              sha256 TEXT,
              type TEXT,
              page INTEGER,
              line INTEGER,
              PRIMARY KEY (laureate, position)
            );
            CREATE TABLE conflicts (
              laureate INTEGER NOT NULL REFERENCES laureates(number),
              position INTEGER NOT NULL,
              field TEXT NOT NULL,
              "values" TEXT NOT NULL,
              files TEXT NOT NULL,
              PRIMARY KEY (laureate, position)
            );
            CREATE TABLE evidence (
              laureate INTEGER NOT NULL REFERENCES laureates(number),
              position INTEGER NOT NULL,
              file TEXT,
              page INTEGER,
              line INTEGER,
              snippet TEXT,
              spans TEXT NOT NULL,
              PRIMARY KEY (laureate, position)
            );
            CREATE INDEX laureates_id ON laureates(id);
            CREATE INDEX laureates_edition ON laureates(edition, medal);
            CREATE INDEX laureates_category ON laureates(category);
            CREATE INDEX collectivites_region ON collectivites(region);
            CREATE INDEX collectivites_departement ON collectivites(departement);
            CREATE INDEX collectivites_siren ON collectivites(siren);
            CREATE INDEX collectivites_type ON collectivites(type);
            CREATE INDEX sources_file ON sources(file);
            CREATE VIRTUAL TABLE laureates_fts USING fts5(project, description, content="laureates",
              content_rowid="number", tokenize="unicode61 remove_diacritics 2");
            """;

    private final ObjectMapper json = new ObjectMapper();

    byte[] write(List<Laureate> laureates) throws IOException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String ddl : SCHEMA.split(";")) {
                    if (!ddl.isBlank()) {
                        s.execute(ddl);
                    }
                }
                s.execute("PRAGMA user_version = " + DatasetWriter.SCHEMA_VERSION);
            }
            insert(c, laureates);
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO laureates_fts(laureates_fts) VALUES ('rebuild')");
            }
            c.commit();
            return c.unwrap(SQLiteConnection.class).serialize("main");
        } catch (SQLException e) {
            throw new IOException("cannot build the SQLite database: " + e.getMessage(), e);
        }
    }

    private void insert(Connection c, List<Laureate> laureates) throws SQLException, IOException {
        try (PreparedStatement l = c.prepareStatement("INSERT INTO laureates VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement col = c.prepareStatement(
                        "INSERT INTO collectivites VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement src = c.prepareStatement("INSERT INTO sources VALUES (?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement con = c.prepareStatement("INSERT INTO conflicts VALUES (?, ?, ?, ?, ?)");
                PreparedStatement ev = c.prepareStatement("INSERT INTO evidence VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int number = 0;
            for (Laureate x : laureates) {
                number++;
                l.setInt(1, number);
                l.setString(2, x.id());
                setInt(l, 3, x.edition());
                l.setString(4, x.medal());
                l.setString(5, x.category());
                l.setString(6, x.project());
                l.setString(7, x.description());
                l.setDouble(8, x.confidence());
                l.addBatch();
                int i = 0;
                for (Collectivite k : x.collectivites()) {
                    col.setInt(1, number);
                    col.setInt(2, ++i);
                    col.setString(3, k.name());
                    col.setString(4, k.type());
                    col.setString(5, k.siren());
                    col.setString(6, k.departement());
                    col.setString(7, k.region());
                    col.setString(8, k.regionName());
                    col.setString(9, k.match() == null ? null : k.match().kind());
                    if (k.match() == null) {
                        col.setNull(10, Types.REAL);
                    } else {
                        col.setDouble(10, k.match().score());
                    }
                    col.addBatch();
                }
                i = 0;
                for (Source s : x.sources()) {
                    src.setInt(1, number);
                    src.setInt(2, ++i);
                    src.setString(3, s.file());
                    src.setString(4, s.sha256());
                    src.setString(5, s.type());
                    setInt(src, 6, s.page());
                    setInt(src, 7, s.line());
                    src.addBatch();
                }
                i = 0;
                for (Conflict k : x.conflicts()) {
                    con.setInt(1, number);
                    con.setInt(2, ++i);
                    con.setString(3, k.field());
                    con.setString(4, json.writeValueAsString(k.values()));
                    con.setString(5, json.writeValueAsString(k.files()));
                    con.addBatch();
                }
                i = 0;
                for (Evidence e : x.evidence()) {
                    ev.setInt(1, number);
                    ev.setInt(2, ++i);
                    ev.setString(3, e.file());
                    setInt(ev, 4, e.page());
                    setInt(ev, 5, e.line());
                    ev.setString(6, e.snippet());
                    ev.setString(7, json.writeValueAsString(e.spans()));
                    ev.addBatch();
                }
            }
            for (PreparedStatement p : List.of(l, col, src, con, ev)) {
                p.executeBatch();
            }
        }
    }

    private static void setInt(PreparedStatement p, int i, Integer v) throws SQLException {
        if (v == null) {
            p.setNull(i, Types.INTEGER);
        } else {
            p.setInt(i, v);
        }
    }
}
