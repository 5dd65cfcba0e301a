package fr.palmares.merge;

import fr.palmares.classify.Classification;
import fr.palmares.load.DocumentLoader;
import fr.palmares.model.Laureate;
import fr.palmares.model.SourceDocument;
import fr.palmares.pipeline.Extractor;
import fr.palmares.pipeline.Geo;
import fr.palmares.write.DatasetWriter;
import fr.palmares.write.Format;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes the fixture of {@link MergeOutputTest}: the unmerged readings of every sample (each format),
 * second rendering, corpus document and test document, as JSON Lines, and what the reference merge makes
 * of them. Run from the repository root after {@code mvn test-compile}:
 * {@code java -cp target/palmares.jar:target/test-classes fr.palmares.merge.ReadingsFixture}. The
 * readings are pinned so that the test checks the merge alone, whatever the parse stage reads today.
 */
final class ReadingsFixture {
    static final Path READINGS = Path.of("src/test/resources/merge/readings.jsonl");
    static final Path MERGED = Path.of("src/test/resources/merge/merged.json");
    static final List<String> FOLDERS = List.of("samples", "src/test/resources/renderings", "src/test/resources/corpus",
            "src/test/resources/docs");

    private ReadingsFixture() {
    }

    public static void main(String[] args) throws Exception {
        Extractor extractor = new Extractor(Geo.oracle(), Geo.resolver(new PrintStream(PrintStream.nullOutputStream()),
                false), null, null);
        DocumentLoader loader = new DocumentLoader();
        List<Laureate> readings = new ArrayList<>();
        for (String folder : FOLDERS) {
            List<Path> files;
            try (Stream<Path> s = Files.walk(Path.of(folder))) {
                files = s.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.(md|txt|html|pdf)$"))
                        .sorted().toList();
            }
            for (Path f : files) {
                try {
                    SourceDocument doc = loader.load(f, f.toString());
                    Classification cls = extractor.classify(doc);
                    readings.addAll(extractor.extract(doc, cls));
                } catch (Exception e) {
                    System.err.println(f + ": " + e);
                }
            }
        }
        Files.createDirectories(READINGS.getParent());
        Files.write(READINGS, new DatasetWriter().write(readings, Format.JSONL, false));
        Files.write(MERGED, new DatasetWriter().write(new ReferenceMerger().merge(readings), Format.JSON, false));
        System.err.println(readings.size() + " readings -> " + READINGS + ", " + MERGED);
    }
}
