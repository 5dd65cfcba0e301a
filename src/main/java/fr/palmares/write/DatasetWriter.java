package fr.palmares.write;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import fr.palmares.model.Collectivite;
import fr.palmares.model.Laureate;
import fr.palmares.model.Source;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Writes the dataset as JSON ({"schemaVersion": 1, "laureates": [...]}), JSON Lines, CSV or SQLite. */
public final class DatasetWriter {
    public static final int SCHEMA_VERSION = 1;
    private static final String SEP = " ; ";
    /** The CSV columns, in order (described by schema/datapackage.json). */
    public static final List<String> CSV_COLUMNS = List.of("id", "edition", "medal", "category", "project", "collectivites",
        "types", "sirens", "departements", "regions", "regionNames", "description", "sources", "confidence",
        "conflicts");

    private final ObjectMapper json = new ObjectMapper()
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    public byte[] write(List<Laureate> laureates, Format format, boolean excel) throws IOException {
        switch (format) {
            case JSONL:
                return jsonl(laureates);
            case CSV:
                return csv(laureates, excel);
            case SQLITE:
                return new SqliteWriter().write(laureates);
            case JSON:
            default:
                return json(laureates);
        }
    }

    private byte[] json(List<Laureate> laureates) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("laureates", laureates);
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter(com.fasterxml.jackson.core.util.Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(com.fasterxml.jackson.core.util.Separators.Spacing.AFTER)).withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        String s = json.writer(pp).writeValueAsString(root);
        return (s + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private byte[] jsonl(List<Laureate> laureates) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (Laureate l : laureates) {
            sb.append(json.writeValueAsString(l)).append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private byte[] csv(List<Laureate> laureates, boolean excel) throws IOException {
        return csv(laureates, excel, CSV_COLUMNS);
    }

    /** CSV with only the given columns (names of {@link #CSV_COLUMNS}), in the order given. */
    public byte[] csv(List<Laureate> laureates, boolean excel, List<String> columns) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setColumnSeparator(excel ? ';' : ',')
                .setLineSeparator("\n");
        for (String c : columns) {
            if (!CSV_COLUMNS.contains(c)) {
                throw new IllegalArgumentException("unknown column '" + c + "'");
            }
            schema.addColumn(c);
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (Laureate l : laureates) {
            Map<String, String> row = cells(l);
            Map<String, String> kept = new LinkedHashMap<>();
            for (String c : columns) {
                kept.put(c, CsvSafety.protect(row.get(c)));
            }
            rows.add(kept);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (excel) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        out.write(new CsvMapper().writer(schema.build()).writeValueAsString(rows).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** A laureate's CSV cells by column name, unprotected (multi-valued cells joined with " ; "). */
    public Map<String, String> cells(Laureate l) throws IOException {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("id", l.id());
        row.put("edition", l.edition() == null ? "" : l.edition().toString());
        row.put("medal", nz(l.medal()));
        row.put("category", nz(l.category()));
        row.put("project", nz(l.project()));
        row.put("collectivites", join(l.collectivites(), Collectivite::name));
        row.put("types", join(l.collectivites(), Collectivite::type));
        row.put("sirens", join(l.collectivites(), Collectivite::siren));
        row.put("departements", join(l.collectivites(), Collectivite::departement));
        row.put("regions", join(l.collectivites(), Collectivite::region));
        row.put("regionNames", join(l.collectivites(), Collectivite::regionName));
        row.put("description", nz(l.description()));
        row.put("sources", join(l.sources(), DatasetWriter::sourceRef));
        row.put("confidence", Double.toString(l.confidence()));
        row.put("conflicts", l.conflicts().isEmpty() ? "" : json.writeValueAsString(l.conflicts()));
        return row;
    }

    /** A source as one CSV cell: "file#p3" (page) or "file#l12" (line). */
    public static String sourceRef(Source s) {
        return s.file() + (s.page() != null ? "#p" + s.page() : s.line() != null ? "#l" + s.line() : "");
    }

    private static <T> String join(List<T> items, Function<T, String> f) {
        List<String> parts = new ArrayList<>();
        for (T t : items) {
            String v = f.apply(t);
            parts.add(v == null ? "" : v);
        }
        return parts.stream().allMatch(String::isEmpty) ? "" : String.join(SEP, parts);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
