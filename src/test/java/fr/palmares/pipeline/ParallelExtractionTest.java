package fr.palmares.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import fr.palmares.pipeline.Extractor.InputFile;
import fr.palmares.write.DatasetWriter;
import fr.palmares.write.Format;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Documents extracted on several threads give the bytes, the reports, the messages and the progress
 * of a run one document after the other.
 */
class ParallelExtractionTest {
    @Test
    void theSamplesAndTheCorpusGiveTheBytesOfASerialRun() throws IOException {
        List<InputFile> files = new ArrayList<>();
        for (Path dir : List.of(Path.of("samples"), Path.of("src/test/resources/corpus"))) {
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith("CORPUS.md")).sorted()
                        .forEach(p -> files.add(new InputFile(p, p.toString())));
            }
        }
        // Twice each, so that a document may finish before the one ahead of it; and one file that fails.
        List<InputFile> batch = new ArrayList<>(files);
        batch.add(1, new InputFile(Path.of("samples/no-such-file.pdf"), "samples/no-such-file.pdf"));
        batch.addAll(files);
        assertThat(files.size()).isGreaterThan(20);

        Run serial = run(batch, 1);
        Run parallel = run(batch, 4);
        assertThat(parallel.json()).isEqualTo(serial.json());
        assertThat(parallel.csv()).isEqualTo(serial.csv());
        assertThat(parallel.extraction().documents()).isEqualTo(serial.extraction().documents());
        assertThat(parallel.extraction().failures()).isEqualTo(serial.extraction().failures()).hasSize(1);
        assertThat(parallel.extraction().warnings()).isEqualTo(serial.extraction().warnings());
        assertThat(parallel.progress()).isEqualTo(serial.progress())
                .isEqualTo(batch.stream().map(InputFile::displayName).toList());
        assertThat(parallel.messages()).isEqualTo(serial.messages());
        assertThat(serial.json().length).isGreaterThan(10_000);
    }

    private record Run(Extraction extraction, byte[] json, byte[] csv, List<String> progress, String messages) {
    }

    private static Run run(List<InputFile> files, int threads) throws IOException {
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(messages, true, StandardCharsets.UTF_8);
        Extractor extractor = new Extractor(Geo.oracle(), Geo.resolver(stream, false), null, null);
        List<String> progress = new ArrayList<>();
        Extraction e = extractor.run(files, f -> {
            progress.add(f);
            stream.println("reading " + f);
        }, threads);
        DatasetWriter writer = new DatasetWriter();
        return new Run(e, writer.write(e.laureates(), Format.JSON, false), writer.write(e.laureates(), Format.CSV, false),
                progress, messages.toString(StandardCharsets.UTF_8));
    }
}
