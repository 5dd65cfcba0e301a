package fr.palmares.bench;

import fr.palmares.annotate.AnnotatedDocument;
import fr.palmares.annotate.Annotator;
import fr.palmares.lexicon.Lexicon;
import fr.palmares.load.DocumentLoader;
import fr.palmares.load.LoadException;
import fr.palmares.model.SourceDocument;
import fr.palmares.pipeline.Geo;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Annotation of one loaded document (lines read with the lexicon, names asked of the geography, zones):
 * the 2023 yearbook in Markdown by default, loaded once in the set-up.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AnnotateBench {
    @Param("samples/2023-annuaire-labels.md")
    public String file;

    private SourceDocument doc;
    private Annotator annotator;

    @Setup
    public void load() throws LoadException {
        doc = new DocumentLoader().load(Path.of(file), file);
        annotator = new Annotator(Lexicon.get(), Geo.oracle());
        annotator.annotate(doc); // the geography's tables are built here, not in the first iteration
    }

    @Benchmark
    public AnnotatedDocument annotateOneDocument() {
        return annotator.annotate(doc);
    }
}
