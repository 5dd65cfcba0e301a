package fr.palmares.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import fr.palmares.pipeline.DocumentResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The inputs {@link LoaderFuzzTest} found crashing (src/test/resources/fuzz/regressions, each named after
 * its defect), replayed through the same entry point and the same check: laureates or one known line.
 */
class FuzzRegressionsTest {
    static final Path DIR = Path.of("src/test/resources/fuzz/regressions");

    static List<Path> regressions() throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("regressions")
    void readOrRefusedInOneLine(Path file) {
        DocumentResult r = LoaderFuzzTest.extract(file);
        LoaderFuzzTest.check(r);
    }
}
