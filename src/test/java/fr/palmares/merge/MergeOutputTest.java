package fr.palmares.merge;

import static org.assertj.core.api.Assertions.assertThat;

import fr.palmares.classify.Classification;
import fr.palmares.load.DocumentLoader;
import fr.palmares.model.Laureate;
import fr.palmares.model.SourceDocument;
import fr.palmares.pipeline.Extractor;
import fr.palmares.pipeline.Geo;
import fr.palmares.write.DatasetReader;
import fr.palmares.write.DatasetWriter;
import fr.palmares.write.Format;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The blocked merge gives, byte for byte, what the merge gave when it compared every reading with every
 * other: on the pinned readings of the samples, second renderings, corpus and test documents (see
 * {@link ReadingsFixture}), on what the pipeline reads from the samples today, and on generated readings
 * full of near-duplicates, against {@link ReferenceMerger}.
 */
class MergeOutputTest {

    private static List<Laureate> readings() throws Exception {
        return new DatasetReader().read(ReadingsFixture.READINGS);
    }

    private static String json(List<Laureate> laureates) throws Exception {
        return new String(new DatasetWriter().write(laureates, Format.JSON, false), StandardCharsets.UTF_8);
    }

    @Test
    void thePinnedReadingsMergeIntoThePinnedDatasetByteForByte() throws Exception {
        List<Laureate> readings = readings();
        assertThat(readings).hasSizeGreaterThan(600);
        String pinned = Files.readString(ReadingsFixture.MERGED, StandardCharsets.UTF_8);
        List<Laureate> merged = new Merger().merge(readings);
        assertThat(merged).isSortedAccordingTo(Merger.ORDER);
        assertThat(json(merged)).isEqualTo(pinned);
        // The oracle still gives the pinned bytes: the two cannot drift apart together.
        assertThat(json(new ReferenceMerger().merge(readings))).isEqualTo(pinned);
    }

    @Test
    void thePinnedDatasetHasAwardsReadFromManyDocuments() throws Exception {
        List<Laureate> merged = new DatasetReader().read(ReadingsFixture.MERGED);
        assertThat(merged).hasSize(226);
        assertThat(merged).filteredOn(l -> l.sources().size() >= 5).hasSizeGreaterThan(50);
        assertThat(merged).filteredOn(l -> !l.conflicts().isEmpty()).isNotEmpty();
    }

    @Test
    void mergingTheMergedDatasetAgainChangesNothing() throws Exception {
        List<Laureate> merged = new DatasetReader().read(ReadingsFixture.MERGED);
        assertThat(new Merger().merge(merged)).isEqualTo(merged);
        List<Laureate> twice = new ArrayList<>(merged);
        twice.addAll(readings());
        assertThat(new Merger().merge(twice)).isEqualTo(new ReferenceMerger().merge(twice));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void anySubsetOfThePinnedReadingsInAnyOrderMergesLikeTheReference(long seed) throws Exception {
        List<Laureate> all = readings();
        Random random = new Random(seed);
        List<Laureate> subset = new ArrayList<>();
        double share = 0.15 * seed;
        for (Laureate l : all) {
            if (random.nextDouble() < share) {
                subset.add(l);
            }
        }
        Collections.shuffle(subset, random);
        assertThat(new Merger().merge(subset)).isEqualTo(new ReferenceMerger().merge(subset));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void generatedReadingsWithNearDuplicatesMergeLikeTheReference(long seed) {
        List<Laureate> readings = new GeneratedReadings(seed).readings(400);
        List<Laureate> expected = new ReferenceMerger().merge(readings);
        assertThat(new Merger().merge(readings)).isEqualTo(expected);
        // The generator does make near-duplicates: many readings become one laureate.
        assertThat(expected.size()).isLessThan(readings.size() * 3 / 4);
        assertThat(expected).filteredOn(l -> !l.conflicts().isEmpty()).isNotEmpty();
    }

    @Test
    void whatThePipelineReadsFromTheSamplesTodayMergesLikeTheReference() throws Exception {
        Extractor extractor = new Extractor(Geo.oracle(), Geo.resolver(new PrintStream(PrintStream.nullOutputStream()),
                false), null, null);
        DocumentLoader loader = new DocumentLoader();
        List<Laureate> readings = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("samples"))) {
            files = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        for (Path f : files) {
            SourceDocument doc = loader.load(f, f.toString());
            Classification cls = extractor.classify(doc);
            readings.addAll(extractor.extract(doc, cls));
        }
        assertThat(readings).hasSizeGreaterThan(79);
        assertThat(new Merger().merge(readings)).isEqualTo(new ReferenceMerger().merge(readings)).hasSize(79);
    }
}
