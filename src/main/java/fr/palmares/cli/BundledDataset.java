package fr.palmares.cli;

import fr.palmares.pipeline.Extraction;
import fr.palmares.pipeline.Extractor;
import fr.palmares.pipeline.Extractor.InputFile;
import fr.palmares.pipeline.Geo;
import fr.palmares.write.AtomicFile;
import fr.palmares.write.DatasetReader;
import fr.palmares.write.DatasetWriter;
import fr.palmares.write.Format;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Build step (Maven prepare-package): extracts samples/ into the dataset bundled in the jar, so that a
 * first query works with no set-up. Sources are named "samples/…" whatever the build's folder, so the
 * bundled dataset is the same on every machine. Fails the build when a sample cannot be read or the
 * dataset does not pass its JSON Schema (queries of the bundled dataset do not check it again).
 */
public final class BundledDataset {
    private BundledDataset() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: BundledDataset SAMPLES_DIR OUTPUT_JSON");
        }
        Path samples = Path.of(args[0]);
        List<InputFile> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(samples)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                files.add(new InputFile(p, "samples/" + samples.relativize(p).toString().replace('\\', '/')));
            }
        }
        Extraction result = new Extractor(Geo.oracle(), Geo.resolver(null, false), null, null).run(files, f -> { });
        if (!result.failures().isEmpty()) {
            throw new IllegalStateException("bundled dataset: " + String.join("; ", result.failures()));
        }
        byte[] bytes = new DatasetWriter().write(result.laureates(), Format.JSON, false);
        try {
            DatasetReader.check(java.nio.ByteBuffer.wrap(bytes), "bundled dataset");
        } catch (DatasetReader.InvalidDataset e) {
            throw new IllegalStateException(String.join("\n", e.lines()));
        }
        Files.createDirectories(Path.of(args[1]).toAbsolutePath().getParent());
        AtomicFile.write(Path.of(args[1]), bytes);
        // what each sample gave, for the review of `palmares report` on the bundled dataset
        Path documents = Path.of(args[1]).resolveSibling("palmares-documents.json");
        AtomicFile.write(documents, new com.fasterxml.jackson.databind.ObjectMapper()
                .writerWithDefaultPrettyPrinter().writeValueAsBytes(fr.palmares.report.DocumentCheck.of(result)));
        System.err.println("bundled dataset: " + result.laureates().size() + " laureates from " + files.size()
                + " sample files");
    }
}
