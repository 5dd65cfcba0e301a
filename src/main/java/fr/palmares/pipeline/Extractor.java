package fr.palmares.pipeline;

import fr.palmares.classify.Classification;
import fr.palmares.classify.DocumentClassifier;
import fr.palmares.load.DocumentLoader;
import fr.palmares.load.LoadException;
import fr.palmares.merge.Merger;
import fr.palmares.model.DocumentKind;
import fr.palmares.model.Laureate;
import fr.palmares.model.RawLaureate;
import fr.palmares.model.SourceDocument;
import fr.palmares.annotate.NameOracle;
import fr.palmares.normalize.NameResolver;
import fr.palmares.normalize.Normalizer;
import fr.palmares.annotate.AnnotatedDocument;
import fr.palmares.annotate.Annotator;
import fr.palmares.assemble.Assembler;
import fr.palmares.lexicon.Lexicon;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The pipeline, for each document: load (by detected format) -> classify (kind, edition) ->
 * annotate (lines read with the lexicon, zones) -> assemble (records the document confirms) ->
 * normalize and resolve -> merge. Each document is read under a {@link DocumentGuard}: one that fails,
 * however it fails, is one line of the run's failures and the others go on.
 */
public final class Extractor {
    private final DocumentLoader loader = new DocumentLoader();
    private final DocumentClassifier classifier = new DocumentClassifier();
    private final Assembler assembler = new Assembler();
    private final Annotator annotator;
    private final Normalizer normalizer;
    private final DocumentKind forcedKind;
    private final Integer forcedEdition;
    private final DocumentGuard guard;

    public Extractor(NameOracle oracle, NameResolver resolver, DocumentKind forcedKind, Integer forcedEdition) {
        this(oracle, resolver, forcedKind, forcedEdition, new DocumentGuard());
    }

    public Extractor(NameOracle oracle, NameResolver resolver, DocumentKind forcedKind, Integer forcedEdition,
            DocumentGuard guard) {
        this.guard = guard;
        this.annotator = new Annotator(Lexicon.get(), oracle);
        this.normalizer = new Normalizer(resolver);
        this.forcedKind = forcedKind;
        this.forcedEdition = forcedEdition;
    }

    /** Extracts one loaded document, unmerged. */
    public List<Laureate> extract(SourceDocument doc, Classification cls) {
        return extract(doc, cls, new ArrayList<>());
    }

    /** Extracts one loaded document, unmerged, adding the consistency checks' warnings to the list. */
    public List<Laureate> extract(SourceDocument doc, Classification cls, List<String> warnings) {
        AnnotatedDocument annotated = annotator.annotate(doc);
        Assembler.Result parsed = assembler.assemble(annotated, cls.edition(), cls.kind() == DocumentKind.ARTICLE);
        for (String w : parsed.warnings()) {
            warnings.add(doc.file() + ": " + w);
        }
        List<Laureate> found = normalizer.normalize(doc, cls, parsed.laureates());
        AnnouncedCount.find(doc.blocks()).ifPresent(n -> {
            if (n != found.size()) {
                warnings.add(doc.file() + ": announces " + n + " laureates, " + found.size() + " extracted"
                        + (cls.kind() == fr.palmares.model.DocumentKind.ARTICLE ? " (an article may name only some)" : ""));
            }
        });
        return found;
    }

    public Classification classify(SourceDocument doc) {
        return classifier.classify(doc, forcedKind, forcedEdition);
    }

    /**
     * Reads every file (already walked), keeping going past failures; progress goes to the listener.
     * Documents are extracted on all cores, with the same result and progress as one after the other.
     */
    public Extraction run(List<InputFile> files, Consumer<String> progress) {
        return run(files, progress, InOrder.threads(files.size()));
    }

    /** The same with this many documents extracted at once (1: one after the other on this thread). */
    public Extraction run(List<InputFile> files, Consumer<String> progress, int threads) {
        List<Laureate> all = new ArrayList<>();
        List<DocumentReport> reports = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<DocumentResult> failed = new ArrayList<>();
        InOrder.forEach(files, threads, f -> HeldLines.holding(() -> read(f)), f -> progress.accept(f.displayName()),
                (f, held) -> {
                    DocumentResult r = held.release();
                    warnings.addAll(r.warnings());
                    if (r.isFailure()) {
                        failures.add(r.file() + ": " + r.failure());
                        failed.add(r);
                    } else {
                        all.addAll(r.laureates());
                        reports.add(r.report());
                    }
                });
        return new Extraction(new Merger().merge(all), reports, failures, warnings, failed);
    }

    /** One document under the {@link DocumentGuard}: its result or its one-line failure, never an exception. */
    public DocumentResult read(InputFile f) {
        return guard.run(f, HeldLines.carried(this::readUnguarded));
    }

    /** One document, load to normalize; what it throws is the guard's to turn into a failure. */
    private DocumentResult readUnguarded(InputFile f) {
        List<String> warnings = new ArrayList<>();
        SourceDocument doc;
        try {
            doc = loader.load(f.path(), f.displayName());
        } catch (LoadException e) {
            return DocumentResult.failed(f.displayName(), e.getMessage(), e, warnings);
        }
        for (String w : doc.warnings()) {
            warnings.add(f.displayName() + ": " + w);
        }
        checkpoint();
        Classification cls = classify(doc);
        List<Laureate> found = extract(doc, cls, warnings);
        checkpoint();
        if (cls.edition() == null) {
            warnings.add(f.displayName() + ": edition not found (use --edition YEAR)");
        }
        if (found.isEmpty()) {
            warnings.add(f.displayName() + ": no laureate found (read as " + cls.kind().code() + ")");
        }
        return DocumentResult.read(f.displayName(), found,
                new DocumentReport(f.displayName(), doc.format(), cls.kind().code(), cls.edition(), found.size()),
                warnings);
    }

    /** A document past its time stops at the next stage. */
    private static void checkpoint() {
        if (Thread.currentThread().isInterrupted()) {
            throw new java.util.concurrent.CancellationException("time limit");
        }
    }

    /** A file to read and the name it is recorded under. */
    public record InputFile(Path path, String displayName) {
    }
}
