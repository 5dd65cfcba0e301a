package fr.palmares.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading a PDF whose fonts are not embedded writes nothing into the user's home (PDFBox would build
 * its font cache, {@code ~/.pdfbox.cache}, there): a fresh JVM runs {@code palmares extract} with a
 * fake, empty HOME, which must stay empty.
 */
class NoWritesOutsideTest {
    @TempDir
    Path tmp;

    @Test
    void extractingAPdfWithNonEmbeddedFontsLeavesTheHomeFolderEmpty() throws Exception {
        Path home = Files.createDirectory(tmp.resolve("home"));
        Path pdf = tmp.resolve("standard-fonts.pdf");
        // Helvetica is one of the standard 14 fonts: never embedded, so PDFBox looks for a system font.
        Files.write(pdf, PdfFixtures.pdf(List.of(new PdfFixtures.Page()
                .text(PdfFixtures.BOLD, 16, 50, 60, "LABEL OR")
                .text(PdfFixtures.REGULAR, 10, 50, 90, "Métropole de Lyon pour le projet Inclusif"))));
        Path out = tmp.resolve("out.json");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Duser.home=" + home, "-cp", System.getProperty("java.class.path"),
                "fr.palmares.cli.Palmares", "extract", pdf.toString(), "-o", out.toString());
        pb.environment().put("HOME", home.toString());
        pb.redirectErrorStream(true);
        pb.redirectOutput(tmp.resolve("log.txt").toFile());
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("palmares finished").isTrue();
        String log = Files.readString(tmp.resolve("log.txt"), StandardCharsets.UTF_8);
        assertThat(log).as("the run").contains("1 document(s) read");
        assertThat(out).exists();
        try (Stream<Path> s = Files.walk(home)) {
            assertThat(s.filter(f -> !f.equals(home)).map(Path::toString).toList()).as("files written in HOME").isEmpty();
        }
        assertThat(new File(System.getProperty("java.class.path").split(File.pathSeparator)[0])).exists();
    }
}
