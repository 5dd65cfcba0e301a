package fr.palmares.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.palmares.model.Laureate;
import fr.palmares.model.Text;
import fr.palmares.pipeline.Geo;
import fr.palmares.query.Filters;
import fr.palmares.query.Grouping;
import fr.palmares.query.PlaceNames;
import fr.palmares.query.QueryIndex;
import fr.palmares.query.RegionScope;
import fr.palmares.query.Sorting;
import fr.palmares.query.TableRenderer;
import fr.palmares.query.YearRange;
import fr.palmares.write.CsvSafety;
import fr.palmares.write.DatasetReader;
import fr.palmares.write.DatasetWriter;
import fr.palmares.write.Format;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "query", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Answers questions on a dataset: who won what, where, when.",
            "Filters combine (and); each is repeatable or comma-separated (or); text is case- and accent-insensitive."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:answered (even with no laureate)",
            "2:usage error, contradictory options, unknown place, bad dataset"},
        footerHeading = "%nExamples:%n",
        footer = {"  palmares query --region Bretagne --medal or --year 2015..",
            "  palmares query --group-by year,medal --format csv",
            "  palmares query --category \"inclusion numérique\" --fields edition,medal,project --sort -edition",
            "  palmares query --dataset dataset.json --text données --limit 5",
            "  palmares extract samples/*.md | palmares query --dataset - --count",
            "  palmares query --year 2023 -o laureates-2023.db    # SQLite"})
final class QueryCommand implements Callable<Integer> {
    static final String BUNDLED = "/dataset/palmares.json";
    static final List<String> TYPES = List.of("commune", "epci", "departement", "region", "syndicat", "etat", "autre");

    @ParentCommand
    Palmares root;

    @Option(names = "--dataset", paramLabel = "FILE",
            description = "Dataset to query, JSON or JSON Lines; - for standard input (default: the one bundled in "
                    + "the jar, extracted from samples/).")
    Path dataset;

    @Option(names = "--year", split = ",", paramLabel = "YEAR|FROM..TO", description = "Edition(s): 2023, 2013..2019.")
    List<String> years = new ArrayList<>();

    @Option(names = "--medal", split = ",", paramLabel = "MEDAL", completionCandidates = Candidates.Medals.class,
            description = "or, argent, bronze (gold, silver), none.")
    List<String> medals = new ArrayList<>();

    @Option(names = "--region", split = ",", paramLabel = "NAME|CODE", completionCandidates = Candidates.Regions.class,
            description = "Current region, by name or INSEE code; historic regions accepted (Rhône-Alpes).")
    List<String> regions = new ArrayList<>();

    @Option(names = "--departement", split = ",", paramLabel = "CODE|NAME", description = "Département: 35, 2A, Gironde.")
    List<String> departements = new ArrayList<>();

    @Option(names = "--category", split = ",", paramLabel = "TEXT", description = "Words of the category.")
    List<String> categories = new ArrayList<>();

    @Option(names = "--collectivite", split = ",", paramLabel = "TEXT", description = "Words of a collectivité's name.")
    List<String> collectivites = new ArrayList<>();

    @Option(names = "--type", split = ",", paramLabel = "TYPE", completionCandidates = Candidates.Types.class,
            description = "${COMPLETION-CANDIDATES}.")
    List<String> types = new ArrayList<>();

    @Option(names = "--text", split = ",", paramLabel = "TEXT", description = "Words of the project's title or description.")
    List<String> texts = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", completionCandidates = Candidates.QueryFormats.class,
            description = "${COMPLETION-CANDIDATES} (default: table on a terminal, else json; "
                    + "with -o, from the file's extension).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the answer to FILE, atomically (its folder must exist); - for standard output.")
    Path output;

    @Option(names = "--excel", description = "CSV for French spreadsheets: semicolons and a UTF-8 BOM.")
    boolean excel;

    @Option(names = "--count", description = "Print only the number of laureates found.")
    boolean count;

    @Option(names = "--group-by", split = ",", paramLabel = "KEY", completionCandidates = Candidates.GroupKeys.class,
            description = "Count per ${COMPLETION-CANDIDATES} (several keys allowed), largest groups first.")
    List<String> groupBy = new ArrayList<>();

    @Option(names = "--fields", split = ",", paramLabel = "FIELD", completionCandidates = Candidates.Fields.class,
            description = "Columns of a table or CSV, in order: ${COMPLETION-CANDIDATES}.")
    List<String> fields = new ArrayList<>();

    @Option(names = "--sort", split = ",", paramLabel = "FIELD", completionCandidates = Candidates.Fields.class,
            description = "Order by these fields (-FIELD or FIELD:desc for descending); with --group-by, by group "
                    + "keys or count.")
    List<String> sort = new ArrayList<>();

    @Option(names = "--limit", paramLabel = "N", description = "At most N laureates (or groups).")
    Integer limit;

    @Option(names = "--width", paramLabel = "N", description = "Table width (default: the terminal's, else 80).")
    Integer width;

    @Option(names = "--verbose", description = "Stack traces on errors.")
    boolean verbose;

    @Override
    public Integer call() throws Exception {
        Terminals terminals = root.terminals;
        Output out = Output.of(output == null ? null : output.toString());
        String fmt = format(out, terminals);
        List<String> keys;
        List<Sorting.Key> order;
        try {
            keys = Grouping.check(groupBy);
            for (String f : fields) {
                if (!DatasetWriter.CSV_COLUMNS.contains(f)) {
                    throw new IllegalArgumentException("unknown --fields column '" + f + "' (expected "
                            + String.join(", ", DatasetWriter.CSV_COLUMNS) + ")");
                }
            }
            List<String> sortable = new ArrayList<>(keys.isEmpty() ? DatasetWriter.CSV_COLUMNS : keys);
            if (!keys.isEmpty()) {
                sortable.add("count");
            }
            order = Sorting.parse(sort, sortable);
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage());
        }
        checkOptions(fmt, out, terminals);
        Filters filters = buildFilters();
        Data data = data(terminals);
        QueryIndex.View view = index(data);
        List<DatasetReader.Entry> matched = new ArrayList<>();
        if (view != null) {
            // From the index: the filters test each distinct value once; laureates only for what is shown.
            int[] rows = filters.matching(view);
            if (count) {
                out.write((rows.length + "\n").getBytes(StandardCharsets.UTF_8));
                return 0;
            }
            for (int r : rows) {
                matched.add(view.entry(r));
            }
        } else {
            for (DatasetReader.Entry e : entries(data, keys)) {
                if (filters.test(e.partial())) {
                    matched.add(e);
                }
            }
        }
        if (count) {
            out.write((matched.size() + "\n").getBytes(StandardCharsets.UTF_8));
            return 0;
        }
        if (!keys.isEmpty()) {
            List<Laureate> partial = matched.stream().map(DatasetReader.Entry::partial).toList();
            List<Grouping.Group> groups = new ArrayList<>(Grouping.count(partial, keys));
            groups.sort(Sorting.ofGroups(order, keys));
            if (limit != null && groups.size() > limit) {
                groups = groups.subList(0, limit);
            }
            out.write(groups(keys, groups, fmt, out, terminals));
            return 0;
        }
        DatasetReader reader = new DatasetReader();
        DatasetWriter writer = new DatasetWriter();
        List<DatasetReader.Entry> shown = order.isEmpty() && limit != null && matched.size() > limit
                ? matched.subList(0, limit) : matched;
        List<Laureate> found = new ArrayList<>(shown.size());
        for (DatasetReader.Entry e : shown) {
            found.add(reader.full(data.bytes(), e));
        }
        if (!order.isEmpty()) {
            Map<Laureate, Map<String, String>> cells = new java.util.IdentityHashMap<>();
            for (Laureate l : found) {
                cells.put(l, writer.cells(l));
            }
            java.util.Comparator<Map<String, String>> byCells = Sorting.ofCells(order);
            found.sort((a, b) -> byCells.compare(cells.get(a), cells.get(b)));
            if (limit != null && found.size() > limit) {
                found = new ArrayList<>(found.subList(0, limit));
            }
        }
        if ("table".equals(fmt)) {
            if (found.isEmpty()) {
                System.err.println("palmares: no laureate matches these filters");
                return 0;
            }
            List<Map<String, String>> cells = new ArrayList<>(found.size());
            for (Laureate l : found) {
                cells.add(distinctPlaces(writer.cells(l)));
            }
            String table = TableRenderer.laureates(cells, fields.isEmpty() ? TableRenderer.DEFAULT_FIELDS : fields,
                    tableWidth(terminals));
            out.write(headed(table, out, terminals).getBytes(StandardCharsets.UTF_8));
            return 0;
        }
        if ("csv".equals(fmt)) {
            out.write(writer.csv(found, excel, fields.isEmpty() ? DatasetWriter.CSV_COLUMNS : fields));
            return 0;
        }
        out.write(writer.write(found, Format.parse(fmt), false));
        return 0;
    }

    /** In a table, a place or type shared by several collectivités is shown once ("Bretagne", not "Bretagne ; Bretagne"). */
    private static Map<String, String> distinctPlaces(Map<String, String> cells) {
        for (String c : List.of("types", "departements", "regions", "regionNames")) {
            String v = cells.get(c);
            if (v != null && v.contains(" ; ")) {
                cells.put(c, String.join(" ; ", new java.util.LinkedHashSet<>(List.of(v.split(" ; ")))));
            }
        }
        return cells;
    }

    /** The format asked for, else from --excel, the -o file's extension, or whether standard output is a terminal. */
    private String format(Output out, Terminals terminals) {
        if (format != null) {
            String f = format.strip().toLowerCase(Locale.ROOT);
            if (!List.of("table", "json", "jsonl", "csv", "sqlite").contains(f)) {
                throw new UsageError("unknown format '" + format + "' (expected table, json, jsonl, csv or sqlite)");
            }
            return f;
        }
        if (excel) {
            return "csv";
        }
        if (out.isFile()) {
            return out.format(null, Format.JSON).name().toLowerCase(Locale.ROOT);
        }
        if (count) {
            return "json"; // one number whatever the format: no need to ask what standard output is
        }
        return terminals.stdoutIsTerminal() ? "table" : "json";
    }

    /** Options that contradict each other are refused, never silently ignored. */
    private void checkOptions(String fmt, Output out, Terminals terminals) {
        List<String> with = new ArrayList<>();
        if (count) {
            if (!groupBy.isEmpty()) {
                with.add("--group-by");
            }
            if (!fields.isEmpty()) {
                with.add("--fields");
            }
            if (!sort.isEmpty()) {
                with.add("--sort");
            }
            if (limit != null) {
                with.add("--limit");
            }
            if (format != null) {
                with.add("--format");
            }
            if (excel) {
                with.add("--excel");
            }
            if (width != null) {
                with.add("--width");
            }
            if (!with.isEmpty()) {
                throw new UsageError("--count prints one number: it cannot be combined with " + String.join(", ", with));
            }
            return;
        }
        if (excel && !"csv".equals(fmt)) {
            throw new UsageError("--excel writes CSV: it cannot be combined with --format " + fmt);
        }
        if (!fields.isEmpty() && !"table".equals(fmt) && !"csv".equals(fmt)) {
            throw new UsageError("--fields chooses the columns of a table or CSV, not of " + fmt);
        }
        if (!fields.isEmpty() && !groupBy.isEmpty()) {
            throw new UsageError("--fields cannot be combined with --group-by (a group's columns are its keys and count)");
        }
        if (width != null && !"table".equals(fmt)) {
            throw new UsageError("--width is the width of a table, not of " + fmt);
        }
        if (width != null && width < 20) {
            throw new UsageError("--width must be 20 or more");
        }
        if ("sqlite".equals(fmt) && !groupBy.isEmpty()) {
            throw new UsageError("--group-by gives counts, not a dataset: use table, json, jsonl or csv, not sqlite");
        }
        if (limit != null && limit < 1) {
            throw new UsageError("--limit must be 1 or more");
        }
        out.checkBinary(Format.parse("table".equals(fmt) ? "json" : fmt), terminals);
    }

    private int tableWidth(Terminals terminals) {
        return width != null ? width : terminals.width();
    }

    /** The header line in bold on a terminal that takes colour. */
    private static String headed(String table, Output out, Terminals terminals) {
        if (out.isFile() || !terminals.color(terminals.stdoutIsTerminal())) {
            return table;
        }
        int nl = table.indexOf('\n');
        return "\u001B[1m" + table.substring(0, nl) + "\u001B[0m" + table.substring(nl);
    }

    private byte[] groups(List<String> keys, List<Grouping.Group> groups, String fmt, Output out, Terminals terminals)
            throws IOException {
        if ("table".equals(fmt)) {
            return headed(TableRenderer.groups(keys, groups, tableWidth(terminals)), out, terminals)
                    .getBytes(StandardCharsets.UTF_8);
        }
        StringBuilder sb = new StringBuilder();
        if ("csv".equals(fmt)) {
            char sep = excel ? ';' : ',';
            if (excel) {
                sb.append('\uFEFF');
            }
            sb.append(String.join(String.valueOf(sep), keys)).append(sep).append("count\n");
            for (Grouping.Group g : groups) {
                for (Object v : g.values()) {
                    sb.append(csvCell(Grouping.shown(v), sep)).append(sep);
                }
                sb.append(g.count()).append('\n');
            }
            return sb.toString().getBytes(StandardCharsets.UTF_8);
        }
        ObjectMapper json = new ObjectMapper();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Grouping.Group g : groups) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 0; i < keys.size(); i++) {
                row.put(keys.get(i), g.values().get(i));
            }
            row.put("count", g.count());
            rows.add(row);
        }
        if ("jsonl".equals(fmt)) {
            for (Map<String, Object> r : rows) {
                sb.append(json.writeValueAsString(r)).append('\n');
            }
        } else {
            sb.append(json.writerWithDefaultPrettyPrinter().writeValueAsString(rows)).append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String csvCell(String v, char sep) {
        String s = CsvSafety.protect(v);
        if (s.indexOf(sep) >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    private Filters buildFilters() {
        List<YearRange> ranges = new ArrayList<>();
        Set<String> medalCodes;
        try {
            for (String y : years) {
                ranges.add(YearRange.parse(y));
            }
            medalCodes = Filters.medalCodes(medals);
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage());
        }
        PlaceNames places = regions.isEmpty() && departements.isEmpty() ? null : Geo.placeNames();
        List<RegionScope> regionScopes = new ArrayList<>();
        for (String r : regions) {
            regionScopes.add(places.regionScope(r).orElseThrow(() -> new UsageError(
                    "unknown region '" + r + "'" + suggestion(r, places.regionNames()))));
        }
        Set<String> depCodes = new HashSet<>();
        for (String d : departements) {
            depCodes.add(places.departementCode(d).orElseThrow(() -> new UsageError(
                    "unknown département '" + d + "'" + suggestion(d, places.departementNames()))));
        }
        Set<String> typeSet = new HashSet<>();
        for (String t : types) {
            String f = Text.fold(t);
            if (!TYPES.contains(f)) {
                throw new UsageError("unknown type '" + t + "' (expected " + String.join(", ", TYPES) + ")");
            }
            typeSet.add(f);
        }
        return new Filters().years(ranges).medals(medalCodes).regions(regionScopes).departements(depCodes)
                .types(typeSet).categories(categories).collectivites(collectivites).texts(texts);
    }

    /** A dataset's bytes, the name its messages use, and its file when it is one. */
    private record Data(ByteBuffer bytes, String name, @Nullable Path file, boolean bundled) {
    }

    private Data data(Terminals terminals) throws IOException {
        if (dataset == null) {
            try (InputStream in = QueryCommand.class.getResourceAsStream(BUNDLED)) {
                if (in == null) {
                    throw new UsageError("no bundled dataset in this build: use --dataset FILE");
                }
                return new Data(ByteBuffer.wrap(in.readAllBytes()), "bundled dataset", null, true);
            }
        }
        String name = dataset.toString();
        if (name.equals("-")) {
            if (terminals.stdinIsTerminal()) {
                throw new UsageError("--dataset - reads a dataset from standard input, which is a terminal: "
                        + "pipe one in (palmares extract … | palmares query --dataset - …)");
            }
            return new Data(ByteBuffer.wrap(System.in.readAllBytes()), "standard input", null, false);
        }
        if (name.isBlank()) {
            throw new UsageError("--dataset needs a file name (or - for standard input)");
        }
        Path file = dataset;
        if (!Files.isRegularFile(file)) {
            throw new UsageError(name + (Files.isDirectory(file) ? ": a folder, not a dataset file"
                    : ": no such dataset file"));
        }
        try {
            return new Data(DatasetReader.map(file), name, file, false);
        } catch (IOException e) {
            throw new UsageError(name + ": cannot read (" + e.getMessage() + ")");
        }
    }

    /** The query index of a large dataset file when one of exactly these bytes exists, else null. */
    private static QueryIndex.@Nullable View index(Data data) {
        if (data.bundled() || data.file() == null || data.bytes().limit() < QueryIndex.minDatasetBytes()) {
            return null;
        }
        return QueryIndex.open(data.file(), data.bytes()).orElse(null);
    }

    /**
     * The laureates with what the filters need, when the dataset has no index (see {@link #index}): by
     * checking the dataset against its schema and scanning it, and then writing the index of a large one
     * for the next queries. The bundled dataset was checked when it was built.
     */
    private List<DatasetReader.Entry> entries(Data data, List<String> keys) {
        DatasetReader reader = new DatasetReader();
        try {
            if (data.bundled()) {
                return reader.scan(data.bytes(), data.name(), neededFields(keys));
            }
            boolean indexed = data.file() != null && data.bytes().limit() >= QueryIndex.minDatasetBytes();
            if (!indexed) {
                return reader.scanChecked(data.bytes(), data.name(), neededFields(keys));
            }
            List<DatasetReader.Entry> all = reader.scanChecked(data.bytes(), data.name(), QueryIndex.FIELDS);
            QueryIndex.save(data.file(), data.bytes(), all);
            return all;
        } catch (DatasetReader.InvalidDataset e) {
            throw new UsageError(e.lines());
        }
    }

    /** The fields the filters and groups look at; the others are decoded only for the laureates shown. */
    private Set<String> neededFields(List<String> keys) {
        Set<String> f = new HashSet<>(List.of("edition", "medal"));
        if (!regions.isEmpty() || keys.contains("region")) {
            f.add("collectivites.region");
            f.add("collectivites.regionName");
        }
        if (regions.stream().anyMatch(r -> Geo.placeNames().regionScope(r).map(sc -> !sc.isWhole()).orElse(false))) {
            // a former région is its départements, and the names that name it
            f.add("collectivites.departement");
            f.add("collectivites.name");
        }
        if (!departements.isEmpty() || keys.contains("departement")) {
            f.add("collectivites.departement");
        }
        if (!types.isEmpty() || keys.contains("type")) {
            f.add("collectivites.type");
        }
        if (!collectivites.isEmpty()) {
            f.add("collectivites.name");
        }
        if (!categories.isEmpty() || keys.contains("category")) {
            f.add("category");
        }
        if (!texts.isEmpty()) {
            f.add("project");
            f.add("description");
        }
        return f;
    }

    /** " (did you mean Bretagne?)" when a known name is close to what was typed. */
    static String suggestion(String typed, List<String> known) {
        String t = Text.fold(typed);
        String best = null;
        int bestD = Integer.MAX_VALUE;
        LevenshteinDistance lev = LevenshteinDistance.getDefaultInstance();
        for (String k : known) {
            int d = lev.apply(t, Text.fold(k));
            if (d < bestD) {
                bestD = d;
                best = k;
            }
        }
        return best != null && bestD <= Math.max(2, t.length() / 3) ? " (did you mean " + best + "?)" : "";
    }
}
