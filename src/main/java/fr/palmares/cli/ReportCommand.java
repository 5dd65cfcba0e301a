package fr.palmares.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.palmares.geo.Geography;
import fr.palmares.model.Laureate;
import fr.palmares.pipeline.Extraction;
import fr.palmares.pipeline.Extractor;
import fr.palmares.pipeline.Extractor.InputFile;
import fr.palmares.pipeline.Geo;
import fr.palmares.report.DocumentCheck;
import fr.palmares.report.HtmlReport;
import fr.palmares.report.ReportData;
import fr.palmares.write.DatasetReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Writes one self-contained HTML page (no network) about a dataset: laureates per edition, "
                + "medal and region, the table of laureates, and the review of each laureate's evidence, the "
                + "ones to check first.",
            "With DOCUMENT paths (the documents the dataset was extracted from), the review also lists the documents "
                + "that gave fewer laureates than they announce, or none."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:the report was written", "1:some document could not be read (the report lists it)",
            "2:usage error, bad dataset"},
        footerHeading = "%nExamples:%n",
        footer = {"  palmares report -o report.html                       # the bundled dataset",
            "  palmares report --dataset dataset.json -o report.html",
            "  palmares report --dataset dataset.json archives/ -o report.html   # and check the documents",
            "  palmares report samples/ -o report.html              # extract and report at once",
            "  palmares extract archives/ | palmares report --dataset - -o report.html"})
final class ReportCommand implements Callable<Integer> {
    static final String BUNDLED_DOCUMENTS = "/dataset/palmares-documents.json";

    @ParentCommand
    Palmares root;

    @Option(names = "--dataset", paramLabel = "FILE",
            description = "Dataset to report on, JSON or JSON Lines; - for standard input (default: the documents given, else the dataset "
                    + "bundled in the jar, extracted from samples/).")
    @Nullable Path dataset;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "report.html",
            description = "Write the page to FILE, atomically (its folder must exist); - for standard output "
                    + "(default: ${DEFAULT-VALUE}).")
    String output;

    @Parameters(paramLabel = "DOCUMENT", arity = "0..*",
            description = "Documents or folders the dataset was extracted from, read again to check them.")
    List<Path> documents = new ArrayList<>();

    @Option(names = "--verbose", description = "Stack traces on errors.")
    boolean verbose;

    @Override
    public Integer call() throws Exception {
        Output out = Output.of(output);
        List<String> missing = new ArrayList<>();
        List<InputFile> files = documents.isEmpty() ? List.of() : Inputs.expand(documents, missing, new ArrayList<>());
        List<DocumentCheck> checks = null;
        List<Laureate> laureates = null;
        String name;
        if (!documents.isEmpty()) {
            Extraction run = new Extractor(Geo.oracle(), Geo.resolver(null, false), null, null).run(files, f -> { });
            checks = new ArrayList<>(DocumentCheck.of(run));
            for (String m : missing) {
                int colon = m.indexOf(": ");
                checks.add(new DocumentCheck(colon > 0 ? m.substring(0, colon) : m, null, null, 0, List.of(),
                        colon > 0 ? m.substring(colon + 2) : m));
            }
            laureates = run.laureates();
        }
        if (dataset != null) {
            name = dataset.toString().equals("-") ? "standard input" : dataset.toString();
            laureates = read(dataset);
        } else if (laureates != null) {
            name = "documents " + String.join(", ", documents.stream().map(Path::toString).toList());
        } else {
            name = "bundled dataset (samples/)";
            laureates = bundled();
            checks = bundledDocuments();
        }
        ReportData data = new ReportData(name, laureates, regions(), checks);
        byte[] page = HtmlReport.render(data);
        out.write(page);
        long failed = checks == null ? 0 : checks.stream().filter(c -> c.failure() != null).count();
        System.err.println("palmares: report of " + laureates.size() + " laureate(s), " + data.toCheck()
                + " to check" + (checks == null ? "" : ", " + data.documentsToCheck() + " of " + checks.size()
                + " document(s) to check") + out.arrow());
        return failed == 0 ? 0 : 1;
    }

    private static List<ReportData.Region> regions() {
        return Geography.bundled().regions().stream().filter(r -> r.code().length() == 2)
                .map(r -> new ReportData.Region(r.code(), r.name())).toList();
    }

    private List<Laureate> read(Path file) throws IOException {
        if (file.toString().isBlank()) {
            throw new UsageError("--dataset needs a file name (or - for standard input)");
        }
        if (file.toString().equals("-")) {
            if (root.terminals.stdinIsTerminal()) {
                throw new UsageError("--dataset - reads a dataset from standard input, which is a terminal: "
                        + "pipe one in (palmares extract … | palmares report --dataset - …)");
            }
            try {
                return new DatasetReader().scanChecked(ByteBuffer.wrap(System.in.readAllBytes()), "standard input", null)
                        .stream().map(DatasetReader.Entry::partial).toList();
            } catch (DatasetReader.InvalidDataset e) {
                throw new UsageError(e.lines());
            }
        }
        if (Files.isDirectory(file)) {
            throw new UsageError(file + ": a folder, not a dataset file");
        }
        try {
            return new DatasetReader().read(file);
        } catch (DatasetReader.InvalidDataset e) {
            throw new UsageError(e.lines());
        }
    }

    private static List<Laureate> bundled() throws IOException {
        try (InputStream in = ReportCommand.class.getResourceAsStream(QueryCommand.BUNDLED)) {
            if (in == null) {
                throw new UsageError("no bundled dataset in this build: use --dataset FILE");
            }
            List<Laureate> out = new ArrayList<>();
            for (DatasetReader.Entry e : new DatasetReader().scan(ByteBuffer.wrap(in.readAllBytes()), "bundled dataset",
                    null)) {
                out.add(e.partial());
            }
            return out;
        } catch (DatasetReader.InvalidDataset e) {
            throw new UsageError(e.lines());
        }
    }

    /** What the samples gave when the bundled dataset was built; null when this build has no such record. */
    private static @Nullable List<DocumentCheck> bundledDocuments() throws IOException {
        try (InputStream in = ReportCommand.class.getResourceAsStream(BUNDLED_DOCUMENTS)) {
            if (in == null) {
                return null;
            }
            return new ObjectMapper().readValue(in, new TypeReference<List<DocumentCheck>>() { });
        }
    }
}
