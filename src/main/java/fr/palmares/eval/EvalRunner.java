package fr.palmares.eval;

import fr.palmares.classify.Classification;
import fr.palmares.load.DocumentLoader;
import fr.palmares.load.LoadException;
import fr.palmares.merge.Merger;
import fr.palmares.model.Laureate;
import fr.palmares.model.SourceDocument;
import fr.palmares.normalize.NameResolver;
import fr.palmares.annotate.NameOracle;
import fr.palmares.pipeline.Extractor;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs eval: for each gold file, every format of its document found under the paths (same base name,
 * .md/.txt/.pdf/.html) is extracted and scored; a summary over all of them closes the report.
 */
public final class EvalRunner {
    private static final List<String> EXTENSIONS = List.of("", ".md", ".txt", ".pdf", ".html", ".htm");

    private final NameOracle oracle;
    private final NameResolver resolver;
    private final PrintStream out;
    private final PrintStream err;

    public EvalRunner(NameOracle oracle, NameResolver resolver, PrintStream out, PrintStream err) {
        this.oracle = oracle;
        this.resolver = resolver;
        this.out = out;
        this.err = err;
    }

    public int run(Path goldDir, List<Path> paths, double minF1, List<String> fields) throws IOException {
        List<Path> goldFiles;
        if (!Files.isDirectory(goldDir)) {
            err.println("palmares: gold folder not found: " + goldDir);
            return 2;
        }
        try (Stream<Path> s = Files.list(goldDir)) {
            goldFiles = s.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList();
        }
        if (goldFiles.isEmpty()) {
            err.println("palmares: no *.gold.json in " + goldDir);
            return 2;
        }
        List<String> checked = fields == null || fields.isEmpty() ? Evaluator.FIELDS : fields;
        for (String f : checked) {
            if (!Evaluator.FIELDS.contains(f)) {
                err.println("palmares: unknown field '" + f + "' (expected " + String.join(", ", Evaluator.FIELDS) + ")");
                return 2;
            }
        }
        Map<String, FieldScore> total = new LinkedHashMap<>();
        Evaluator.FIELDS.forEach(f -> total.put(f, new FieldScore()));
        Extractor extractor = new Extractor(oracle, resolver, null, null);
        DocumentLoader loader = new DocumentLoader();
        boolean failed = false;
        int documents = 0;
        for (Path gf : goldFiles) {
            Gold gold = Gold.read(gf);
            List<Path> docs = find(gold.document(), paths);
            if (docs.isEmpty()) {
                out.println("== " + gold.document() + ": NOT FOUND under " + paths);
                failed = true;
                continue;
            }
            for (Path doc : docs) {
                documents++;
                SourceDocument sd;
                try {
                    sd = loader.load(doc, doc.toString());
                } catch (LoadException e) {
                    out.println("== " + doc + ": cannot read: " + e.getMessage());
                    failed = true;
                    continue;
                }
                Classification cls = extractor.classify(sd);
                List<Laureate> found = new Merger().merge(extractor.extract(sd, cls));
                Evaluator.Result r = new Evaluator().evaluate(gold, found);
                out.printf(Locale.ROOT, "== %s  (%s, read as %s %s; gold: %s %s; %d extracted, %d expected)%n", doc,
                        sd.format(), cls.kind().code(), cls.edition(), gold.type(), gold.edition(), found.size(),
                        gold.laureates().size());
                printScores(r.scores());
                printList("missed", r.missed());
                printList("extra", r.extra());
                printList("wrong", r.wrong());
                for (String f : checked) {
                    total.get(f).add(r.scores().get(f));
                    if (r.scores().get(f).f1() < minF1 - 1e-9) {
                        failed = true;
                    }
                }
            }
        }
        out.printf(Locale.ROOT, "== all %d document(s)%n", documents);
        printScores(total);
        out.println(failed ? "FAIL: some field is under F1 " + minF1 : "OK: every field at F1 >= " + minF1);
        return failed ? 1 : 0;
    }

    private void printScores(Map<String, FieldScore> scores) {
        out.printf(Locale.ROOT, "  %-14s %9s %9s %9s%n", "field", "precision", "recall", "F1");
        for (Map.Entry<String, FieldScore> e : scores.entrySet()) {
            FieldScore s = e.getValue();
            out.printf(Locale.ROOT, "  %-14s %9.3f %9.3f %9.3f%n", e.getKey(), s.precision(), s.recall(), s.f1());
        }
    }

    private void printList(String title, List<String> items) {
        if (!items.isEmpty()) {
            out.println("  " + title + ":");
            for (String s : items) {
                out.println("    - " + s);
            }
        }
    }

    /** Every file under the paths whose name is the document's, whatever its format's extension. */
    static List<Path> find(String document, List<Path> paths) throws IOException {
        String base = document.replaceFirst("\\.(md|txt|markdown|pdf|html?)$", "");
        List<String> names = new ArrayList<>();
        for (String ext : EXTENSIONS) {
            names.add(ext.isEmpty() ? document : base + ext);
        }
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isRegularFile(p)) {
                if (names.contains(p.getFileName().toString())) {
                    out.add(p);
                }
                continue;
            }
            if (!Files.isDirectory(p)) {
                continue;
            }
            try (Stream<Path> s = Files.walk(p)) {
                s.filter(Files::isRegularFile).filter(f -> names.contains(f.getFileName().toString())).sorted()
                        .forEach(f -> {
                            if (!out.contains(f)) {
                                out.add(f);
                            }
                        });
            }
        }
        return out;
    }
}
