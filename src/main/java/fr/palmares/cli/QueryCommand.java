package fr.palmares.cli;

import fr.palmares.model.Laureate;
import fr.palmares.model.Text;
import fr.palmares.pipeline.Geo;
import fr.palmares.query.Filters;
import fr.palmares.query.Grouping;
import fr.palmares.query.PlaceNames;
import fr.palmares.query.QueryIndex;
import fr.palmares.query.TableRenderer;
import fr.palmares.query.YearRange;
import fr.palmares.write.DatasetReader;
import fr.palmares.write.DatasetWriter;
import fr.palmares.write.Format;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "query", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Answers questions on a dataset: who won what, where, when.",
            "Filters combine (and); each is repeatable or comma-separated (or); text is case- and accent-insensitive."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:answered (even with no laureate)", "2:usage error, unknown place, bad dataset"})
final class QueryCommand implements Callable<Integer> {
    static final String BUNDLED = "/dataset/palmares.json";

    @Option(names = "--dataset", paramLabel = "FILE",
            description = "Dataset to query (default: the one bundled in the jar, extracted from samples/).")
    Path dataset;

    @Option(names = "--year", split = ",", paramLabel = "YEAR|FROM..TO", description = "Edition(s): 2023, 2013..2019.")
    List<String> years = new ArrayList<>();

    @Option(names = "--medal", split = ",", paramLabel = "MEDAL", description = "or, argent, bronze (gold, silver), none.")
    List<String> medals = new ArrayList<>();

    @Option(names = "--region", split = ",", paramLabel = "NAME|CODE",
            description = "Current region, by name or INSEE code; historic regions accepted (Rhône-Alpes).")
    List<String> regions = new ArrayList<>();

    @Option(names = "--departement", split = ",", paramLabel = "CODE|NAME", description = "Département: 35, 2A, Gironde.")
    List<String> departements = new ArrayList<>();

    @Option(names = "--category", split = ",", paramLabel = "TEXT", description = "Words of the category.")
    List<String> categories = new ArrayList<>();

    @Option(names = "--collectivite", split = ",", paramLabel = "TEXT", description = "Words of a collectivité's name.")
    List<String> collectivites = new ArrayList<>();

    @Option(names = "--type", split = ",", paramLabel = "TYPE",
            description = "commune, epci, departement, region, syndicat, etat, autre.")
    List<String> types = new ArrayList<>();

    @Option(names = "--text", split = ",", paramLabel = "TEXT", description = "Words of the project's title or description.")
    List<String> texts = new ArrayList<>();

    @Option(names = "--format", paramLabel = "table|json|jsonl|csv",
            description = "Output format (default: table on a terminal, else json).")
    String format;

    @Option(names = "--excel", description = "CSV for French spreadsheets: semicolons and a UTF-8 BOM.")
    boolean excel;

    @Option(names = "--count", description = "Print only the number of laureates found.")
    boolean count;

    @Option(names = "--group-by", split = ",", paramLabel = "KEY",
            description = "Count per year, medal, region, departement, category or type (several keys allowed).")
    List<String> groupBy = new ArrayList<>();

    @Option(names = "--width", paramLabel = "N", description = "Table width (default: the terminal's, else 120).")
    Integer width;

    @Option(names = "--verbose", description = "Stack traces on errors.")
    boolean verbose;

    private static final Set<String> TYPES = Set.of("commune", "epci", "departement", "region", "syndicat", "etat", "autre");

    @Override
    public Integer call() throws Exception {
        String fmt = format == null ? (excel ? "csv" : System.console() != null ? "table" : "json")
                : format.toLowerCase(Locale.ROOT);
        if (!List.of("table", "json", "jsonl", "csv").contains(fmt)) {
            throw new UsageError("unknown format '" + format + "' (expected table, json, jsonl or csv)");
        }
        Filters filters = buildFilters();
        java.nio.ByteBuffer bytes = bytes();
        DatasetReader reader = new DatasetReader();
        List<DatasetReader.Entry> entries = entries(reader, bytes);
        List<DatasetReader.Entry> matched = new ArrayList<>();
        for (DatasetReader.Entry e : entries) {
            if (filters.test(e.partial())) {
                matched.add(e);
            }
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (count) {
            out.println(matched.size());
            return 0;
        }
        List<Laureate> found = new ArrayList<>();
        for (DatasetReader.Entry e : matched) {
            found.add(groupBy.isEmpty() ? reader.full(bytes, e) : e.partial());
        }
        int w = width != null ? width : terminalWidth();
        if (!groupBy.isEmpty()) {
            List<Grouping.Group> groups = Grouping.count(found, groupBy);
            if ("table".equals(fmt)) {
                out.print(TableRenderer.groups(groupBy, groups, w));
            } else {
                printGroups(out, groups, fmt);
            }
            return 0;
        }
        if ("table".equals(fmt)) {
            if (found.isEmpty()) {
                System.err.println("palmares: no laureate matches these filters");
            } else {
                out.print(TableRenderer.laureates(found, w));
            }
            return 0;
        }
        out.write(new DatasetWriter().write(found, Format.parse(fmt), excel));
        out.flush();
        return 0;
    }

    private Filters buildFilters() {
        List<YearRange> ranges = new ArrayList<>();
        Set<String> medalCodes;
        try {
            for (String y : years) {
                ranges.add(YearRange.parse(y));
            }
            medalCodes = Filters.medalCodes(medals);
            Grouping.check(groupBy);
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage());
        }
        PlaceNames places = regions.isEmpty() && departements.isEmpty() ? null : Geo.placeNames();
        Set<String> regionCodes = new HashSet<>();
        for (String r : regions) {
            regionCodes.add(places.regionCode(r).orElseThrow(() -> new UsageError(
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
                throw new UsageError("unknown type '" + t + "' (expected commune, epci, departement, region, syndicat, "
                        + "etat or autre)");
            }
            typeSet.add(f);
        }
        return new Filters().years(ranges).medals(medalCodes).regions(regionCodes).departements(depCodes)
                .types(typeSet).categories(categories).collectivites(collectivites).texts(texts);
    }

    /**
     * The laureates with what the filters need: from the query index of a large dataset when it is
     * current, else by scanning the dataset (and then writing the index for the next queries).
     */
    private List<DatasetReader.Entry> entries(DatasetReader reader, java.nio.ByteBuffer bytes) {
        boolean indexed = dataset != null && bytes.limit() >= QueryIndex.minDatasetBytes();
        if (indexed) {
            java.util.Optional<List<DatasetReader.Entry>> cached = QueryIndex.load(dataset);
            if (cached.isPresent()) {
                return cached.get();
            }
        }
        try {
            String name = dataset == null ? "bundled dataset" : dataset.toString();
            if (!indexed) {
                return reader.scan(bytes, name, neededFields());
            }
            List<DatasetReader.Entry> all = reader.scan(bytes, name, QueryIndex.FIELDS);
            QueryIndex.save(dataset, all);
            return all;
        } catch (DatasetReader.InvalidDataset e) {
            throw new UsageError(e.getMessage());
        }
    }

    private java.nio.ByteBuffer bytes() throws java.io.IOException {
        if (dataset != null) {
            if (!java.nio.file.Files.isRegularFile(dataset)) {
                throw new UsageError(dataset + ": no such dataset file");
            }
            try {
                return DatasetReader.map(dataset);
            } catch (java.io.IOException e) {
                throw new UsageError(dataset + ": cannot read (" + e.getMessage() + ")");
            }
        }
        try (InputStream in = QueryCommand.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new UsageError("no bundled dataset in this build: use --dataset FILE");
            }
            return java.nio.ByteBuffer.wrap(in.readAllBytes());
        }
    }

    /** The fields the filters and groups look at; the others are decoded only for the laureates shown. */
    private Set<String> neededFields() {
        Set<String> f = new HashSet<>(List.of("edition", "medal"));
        if (!regions.isEmpty() || groupBy.contains("region")) {
            f.add("collectivites.region");
            f.add("collectivites.regionName");
        }
        if (!departements.isEmpty() || groupBy.contains("departement")) {
            f.add("collectivites.departement");
        }
        if (!types.isEmpty() || groupBy.contains("type")) {
            f.add("collectivites.type");
        }
        if (!collectivites.isEmpty()) {
            f.add("collectivites.name");
        }
        if (!categories.isEmpty() || groupBy.contains("category")) {
            f.add("category");
        }
        if (!texts.isEmpty()) {
            f.add("project");
            f.add("description");
        }
        return f;
    }

    private static void printGroups(PrintStream out, List<Grouping.Group> groups, String fmt) throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Grouping.Group g : groups) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("group", g.values());
            row.put("count", g.count());
            rows.add(row);
        }
        if ("csv".equals(fmt)) {
            out.println("group,count");
            for (Grouping.Group g : groups) {
                String v = String.join(" ; ", g.values()).replace("\"", "\"\"");
                out.println("\"" + fr.palmares.write.CsvSafety.protect(v) + "\"," + g.count());
            }
        } else if ("jsonl".equals(fmt)) {
            for (Map<String, Object> r : rows) {
                out.println(json.writeValueAsString(r));
            }
        } else {
            out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(rows));
        }
    }

    private static int terminalWidth() {
        try {
            String cols = System.getenv("COLUMNS");
            if (cols != null) {
                return Math.max(40, Integer.parseInt(cols.strip()));
            }
        } catch (NumberFormatException ignored) {
            // fall through
        }
        return 120;
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
