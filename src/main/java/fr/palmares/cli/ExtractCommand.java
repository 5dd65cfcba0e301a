package fr.palmares.cli;

import fr.palmares.load.DocumentLoader;
import fr.palmares.load.ModelDump;
import fr.palmares.merge.DatasetLock;
import fr.palmares.merge.Merger;
import fr.palmares.model.Conflict;
import fr.palmares.model.DocumentKind;
import fr.palmares.model.Laureate;
import fr.palmares.pipeline.DocumentGuard;
import fr.palmares.pipeline.DocumentResult;
import fr.palmares.pipeline.Extraction;
import fr.palmares.pipeline.Extractor;
import fr.palmares.pipeline.Extractor.InputFile;
import fr.palmares.pipeline.Geo;
import fr.palmares.pipeline.LibraryLog;
import fr.palmares.query.QueryIndex;
import fr.palmares.write.AtomicFile;
import fr.palmares.write.DatasetReader;
import fr.palmares.write.DatasetWriter;
import fr.palmares.write.Format;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "extract", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Extracts the laureates of the documents (PDF, HTML, Markdown or text; folders are walked) "
                + "into one dataset.",
            "The dataset goes to standard output, or atomically to --output. Logs go to standard error."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every input was read", "1:some input could not be read (the others were extracted)",
            "2:usage error"},
        footerHeading = "%nExamples:%n",
        footer = {"  palmares extract samples/ -o dataset.json",
            "  palmares extract --merge archives/2023/ -o dataset.json",
            "  palmares extract samples/ -o dataset.db          # SQLite, for Datasette",
            "  palmares extract samples/ --excel -o dataset.csv  # CSV for French spreadsheets",
            "  palmares extract samples/*.md | palmares query --dataset - --count"})
final class ExtractCommand implements Callable<Integer> {
    @ParentCommand
    Palmares root;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to read.")
    List<Path> paths;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the dataset to FILE, atomically (its folder must exist); - for standard output.")
    Path output;

    @Option(names = "--format", paramLabel = "FORMAT", completionCandidates = Candidates.ExtractFormats.class,
            description = "${COMPLETION-CANDIDATES} (default: from the output file's extension, else json).")
    String format;

    @Option(names = "--excel", description = "CSV for French spreadsheets: semicolons and a UTF-8 BOM.")
    boolean excel;

    @Option(names = "--merge", description = "Read --output first and merge the new laureates into it "
            + "(same inputs, same bytes).")
    boolean merge;

    @Option(names = "--lock-timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "With --merge: how long to wait for another import of the same dataset (default: ${DEFAULT-VALUE}).")
    int lockTimeout;

    @Option(names = "--edition", paramLabel = "YEAR", description = "Force the edition of every input.")
    Integer edition;

    @Option(names = "--type", paramLabel = "KIND", completionCandidates = Candidates.Kinds.class,
            description = "Force the kind of every input: ${COMPLETION-CANDIDATES}.")
    String type;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "The time one document may take (default ${DEFAULT-VALUE}; 0: no limit); past it, it is "
                    + "a failure and the others go on.")
    long timeout;

    @Option(names = "--verbose", description = "Say more on standard error, with stack traces on errors.")
    boolean verbose;

    @Option(names = "--dump-blocks", hidden = true,
            description = "Debug: print the document model of each input (blocks, lines, styles, cells) and stop.")
    boolean dumpBlocks;

    @Override
    public Integer call() throws Exception {
        if (dumpBlocks) {
            return dump();
        }
        Terminals terminals = root.terminals;
        Output out = Output.of(output == null ? null : output.toString());
        Format fmt = out.format(format, excel ? Format.CSV : Format.JSON);
        checkOptions(out, fmt, terminals);
        DocumentKind kind = null;
        if (type != null) {
            try {
                kind = DocumentKind.fromCode(type);
            } catch (IllegalArgumentException e) {
                throw new UsageError(e.getMessage());
            }
        }
        Log log = new Log(System.err, terminals.color(terminals.stderrIsTerminal()));
        List<String> missing = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<InputFile> files = Inputs.expand(paths, missing, skipped);
        for (String s : skipped) {
            log.note(s);
        }
        if (files.isEmpty() && missing.isEmpty()) {
            log.warning("no document found in " + String.join(", ", paths.stream().map(Path::toString).toList()));
        }
        if (verbose) {
            LibraryLog.verbose(System.err);
        }
        Extractor extractor = new Extractor(Geo.oracle(), Geo.resolver(log.stream(), verbose), kind, edition,
                new DocumentGuard(Duration.ofSeconds(timeout)));
        Progress progress = verbose ? null : Progress.on(System.err, terminals, files.size());
        log.progress(progress);
        Extraction result = extractor.run(files, f -> {
            if (verbose) {
                log.line("reading " + f);
            }
            if (progress != null) {
                progress.step(f);
            }
        });
        if (progress != null) {
            progress.done();
        }
        log.progress(null);
        List<Laureate> laureates = result.laureates();
        if (merge) {
            try (DatasetLock lock = DatasetLock.acquire(out.file(), lockTimeout * 1000L)) {
                for (Path p : AtomicFile.removeLeftovers(out.file(), lock.acquired())) {
                    log.note("removed " + out.file().resolveSibling(p.getFileName()) + ", left by an interrupted import");
                }
                List<Laureate> all = new ArrayList<>(readPrevious(out.file()));
                all.addAll(laureates);
                laureates = new Merger().merge(all);
                write(out, new DatasetWriter().write(laureates, fmt, excel), fmt);
            }
        } else {
            write(out, new DatasetWriter().write(laureates, fmt, excel), fmt);
        }
        for (String w : result.warnings()) {
            log.warning(w);
        }
        for (Laureate l : laureates) {
            for (Conflict c : l.conflicts()) {
                log.line("conflict: " + l.edition() + " \"" + l.project() + "\": " + c.field() + " " + c.values()
                        + " in " + c.files());
            }
        }
        List<String> failures = new ArrayList<>(missing);
        failures.addAll(result.failures());
        for (String f : failures) {
            log.error(f);
        }
        if (verbose) {
            for (DocumentResult r : result.failed()) {
                if (r.cause() != null) {
                    System.err.println(r.file() + ":");
                    r.cause().printStackTrace(System.err);
                }
            }
        }
        log.line("palmares: " + result.documents().size() + " document(s) read, " + result.laureates().size()
                + " laureate(s)" + (merge ? " (" + laureates.size() + " in the dataset)" : "") + ", "
                + log.warnings() + " warning(s), " + failures.size() + " failure(s)"
                + (skipped.isEmpty() ? "" : ", " + skipped.size() + " skipped") + out.arrow());
        return failures.isEmpty() ? 0 : 1;
    }

    /** Writes the dataset, then, for a JSON file that queries will read, its query index. */
    private static void write(Output out, byte[] bytes, Format fmt) throws java.io.IOException {
        out.write(bytes);
        if (out.isFile() && (fmt == Format.JSON || fmt == Format.JSONL)) {
            QueryIndex.prepare(out.file(), bytes);
        }
    }

    /**
     * Debug: the document model of every input on standard output; each input read under the same
     * {@link DocumentGuard} as an extraction (--timeout, one line per failure on standard error, no stack
     * trace unless --verbose, what the libraries log as the file's warnings).
     */
    private int dump() throws java.io.IOException {
        List<String> missing = new ArrayList<>();
        List<InputFile> files = Inputs.expand(paths, missing, new ArrayList<>());
        java.io.PrintStream out = new java.io.PrintStream(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
        if (verbose) {
            LibraryLog.verbose(System.err);
        }
        DocumentGuard guard = new DocumentGuard(Duration.ofSeconds(timeout));
        DocumentLoader loader = new DocumentLoader();
        List<DocumentResult> failed = new ArrayList<>();
        for (InputFile f : files) {
            String[] dumped = new String[1];
            DocumentResult r = guard.run(f, file -> {
                fr.palmares.model.SourceDocument doc = loader.load(file.path(), file.displayName());
                dumped[0] = ModelDump.format(doc);
                return DocumentResult.read(file.displayName(), List.of(),
                        new fr.palmares.pipeline.DocumentReport(file.displayName(), doc.format(), "", null, 0), List.of());
            });
            if (r.isFailure()) {
                missing.add(r.file() + ": " + r.failure());
                failed.add(r);
            } else {
                out.print(dumped[0]);
            }
            for (String w : r.warnings()) {
                System.err.println("warning: " + w);
            }
        }
        out.flush();
        for (String m : missing) {
            System.err.println("error: " + m);
        }
        if (verbose) {
            for (DocumentResult r : failed) {
                if (r.cause() != null) {
                    System.err.println(r.file() + ":");
                    r.cause().printStackTrace(System.err);
                }
            }
        }
        return missing.isEmpty() ? 0 : 1;
    }

    /** Contradictory or incomplete options, refused before anything is read or written. */
    private void checkOptions(Output out, Format fmt, Terminals terminals) {
        if (excel && fmt != Format.CSV) {
            throw new UsageError("--excel writes CSV: it cannot be combined with --format "
                    + fmt.name().toLowerCase(java.util.Locale.ROOT));
        }
        if (edition != null && (edition < 1990 || edition > 2100)) {
            throw new UsageError("--edition must be a year, got " + edition);
        }
        if (merge && !out.isFile()) {
            throw new UsageError("--merge needs --output FILE (the dataset to merge into)");
        }
        if (merge && fmt != Format.JSON && fmt != Format.JSONL) {
            throw new UsageError("--merge works on a JSON or JSON Lines dataset, not "
                    + fmt.name().toLowerCase(java.util.Locale.ROOT));
        }
        if (timeout < 0) {
            throw new UsageError("--timeout must be 0 (no limit) or more seconds");
        }
        if (lockTimeout < 0) {
            throw new UsageError("--lock-timeout must be 0 or more seconds");
        }
        out.checkBinary(fmt, terminals);
    }

    private static List<Laureate> readPrevious(Path file) {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            return new DatasetReader().read(file);
        } catch (DatasetReader.InvalidDataset e) {
            List<String> lines = new ArrayList<>(e.lines());
            lines.add(file + ": not merged, nothing was written");
            throw new UsageError(lines);
        }
    }
}
