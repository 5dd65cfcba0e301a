package fr.palmares.cli;

import fr.palmares.merge.DatasetLock;
import fr.palmares.merge.Merger;
import fr.palmares.model.DocumentKind;
import fr.palmares.model.Laureate;
import fr.palmares.write.DatasetReader;
import fr.palmares.pipeline.Extraction;
import fr.palmares.pipeline.Extractor;
import fr.palmares.pipeline.Extractor.InputFile;
import fr.palmares.pipeline.Geo;
import fr.palmares.write.AtomicFile;
import fr.palmares.write.DatasetWriter;
import fr.palmares.write.Format;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extracts the laureates of the documents (PDF, HTML, Markdown or text; folders are walked) "
                + "into one dataset.",
            "The dataset goes to standard output, or atomically to --output. Logs go to standard error."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every input was read", "1:some input could not be read (the others were extracted)",
            "2:usage error"})
final class ExtractCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to read.")
    List<Path> paths;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the dataset to FILE (atomically).")
    Path output;

    @Option(names = "--format", paramLabel = "json|jsonl|csv",
            description = "Output format (default: from the output file's extension, else json).")
    String format;

    @Option(names = "--merge", description = "Read --output first and merge the new laureates into it "
            + "(same inputs, same bytes).")
    boolean merge;

    @Option(names = "--edition", paramLabel = "YEAR", description = "Force the edition of every input.")
    Integer edition;

    @Option(names = "--type", paramLabel = "KIND",
            description = "Force the kind of every input: communique, dossier, annuaire, article or page.")
    String type;

    @Option(names = "--verbose", description = "Say more on standard error, with stack traces on errors.")
    boolean verbose;

    @Option(names = "--lock-timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "With --merge: how long to wait for another import of the same dataset (default: ${DEFAULT-VALUE}).")
    int lockTimeout;

    @Override
    public Integer call() throws Exception {
        PrintStream err = System.err;
        Format fmt = resolveFormat();
        DocumentKind kind = null;
        if (type != null) {
            try {
                kind = DocumentKind.fromCode(type);
            } catch (IllegalArgumentException e) {
                throw new UsageError(e.getMessage());
            }
        }
        if (edition != null && (edition < 2000 || edition > 2100)) {
            throw new UsageError("--edition must be a year, got " + edition);
        }
        if (merge && output == null) {
            throw new UsageError("--merge needs --output FILE (the dataset to merge into)");
        }
        if (merge && fmt == Format.CSV) {
            throw new UsageError("--merge works on a JSON or JSON Lines dataset, not CSV");
        }
        List<String> missing = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<InputFile> files = Inputs.expand(paths, missing, skipped);
        for (String s : skipped) {
            err.println("note: " + s);
        }
        if (files.isEmpty() && missing.isEmpty()) {
            err.println("warning: no document found in " + paths);
        }
        Extractor extractor = new Extractor(Geo.oracle(), Geo.resolver(err, verbose), kind, edition);
        Progress progress = new Progress(err, files.size(), System.console() != null && !verbose);
        Extraction result = extractor.run(files, f -> {
            if (verbose) {
                err.println("reading " + f);
            }
            progress.step(f);
        });
        progress.done();
        List<Laureate> laureates = result.laureates();
        if (merge) {
            try (DatasetLock lock = DatasetLock.acquire(output, lockTimeout * 1000L)) {
                List<Laureate> all = new ArrayList<>(readPrevious());
                all.addAll(laureates);
                laureates = new Merger().merge(all);
                AtomicFile.write(output, new DatasetWriter().write(laureates, fmt, false));
            }
        } else {
            byte[] bytes = new DatasetWriter().write(laureates, fmt, false);
            if (output != null) {
                AtomicFile.write(output, bytes);
            } else {
                System.out.write(bytes);
                System.out.flush();
            }
        }
        for (String w : result.warnings()) {
            err.println("warning: " + w);
        }
        for (Laureate l : laureates) {
            for (fr.palmares.model.Conflict c : l.conflicts()) {
                err.println("conflict: " + l.edition() + " \"" + l.project() + "\": " + c.field() + " " + c.values()
                        + " in " + c.files());
            }
        }
        List<String> failures = new ArrayList<>(missing);
        failures.addAll(result.failures());
        for (String f : failures) {
            err.println("error: " + f);
        }
        err.println("palmares: " + result.documents().size() + " document(s) read, " + result.laureates().size()
                + " laureate(s)" + (merge ? " (" + laureates.size() + " in the dataset)" : "") + ", "
                + result.warnings().size() + " warning(s), " + failures.size() + " failure(s)"
                + (skipped.isEmpty() ? "" : ", " + skipped.size() + " skipped")
                + (output != null ? " -> " + output : ""));
        return failures.isEmpty() ? 0 : 1;
    }

    private List<Laureate> readPrevious() {
        if (!java.nio.file.Files.exists(output)) {
            return List.of();
        }
        try {
            return new DatasetReader().read(output);
        } catch (DatasetReader.InvalidDataset e) {
            throw new UsageError(e.getMessage() + " (nothing was written)");
        }
    }

    private Format resolveFormat() {
        try {
            if (format != null) {
                return Format.parse(format);
            }
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage());
        }
        return output != null ? Format.fromFileName(output.getFileName().toString()) : Format.JSON;
    }
}
