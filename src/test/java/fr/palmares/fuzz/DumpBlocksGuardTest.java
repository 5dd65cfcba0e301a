package fr.palmares.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import fr.palmares.cli.Palmares;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code extract --dump-blocks} reads each input under the same guard as an extraction: a damaged PDF
 * (whose reading makes PDFBox log errors with their traces) and an empty file are one line each, the
 * good document is dumped, no stack trace without --verbose, exit status 1.
 */
class DumpBlocksGuardTest {
    @TempDir
    Path dir;

    @Test
    void badInputIsOneLineAndTheOthersAreDumped() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.html"));
        Path damaged = FuzzRegressionsTest.DIR.resolve("pdf-text-matrix-far-off-page.pdf");
        String good = "samples/2024-communique-de-presse.md";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        int status;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            status = Palmares.run("extract", "--dump-blocks", damaged.toString(), empty.toString(), good);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        String stdout = out.toString(StandardCharsets.UTF_8);
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertThat(status).as(stderr).isEqualTo(1);
        assertThat(stdout).contains("== " + good + " (markdown, ").contains("== " + damaged + " (pdf, ");
        assertThat(stderr.lines().filter(l -> l.startsWith("error: "))).containsExactly("error: " + empty + ": empty file");
        assertThat(stderr).contains("warning: " + damaged + ": PDFBox: ").doesNotContain("\tat ")
                .doesNotContain("Exception");
    }
}
