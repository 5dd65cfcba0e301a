package fr.palmares.matrix;

import fr.palmares.cli.Palmares;
import fr.palmares.model.Laureate;
import fr.palmares.write.DatasetReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Extracts one document with the real command line ({@code palmares extract FILE -o DATASET}), in
 * process, and reads the dataset it wrote: what a user gets, whatever the pipeline's insides.
 */
public final class PipelineRun {
    /** The exit status, the laureates written, and what the command said on standard error. */
    public record Result(int status, List<Laureate> laureates, String log) {
    }

    private PipelineRun() {
    }

    public static synchronized Result extract(Path document, Path workDir) throws Exception {
        Path out = workDir.resolve(document.getFileName() + ".dataset.json");
        Files.deleteIfExists(out);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream old = System.err;
        int status;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            status = Palmares.run("extract", document.toString(), "-o", out.toString());
        } finally {
            System.setErr(old);
        }
        List<Laureate> laureates = Files.exists(out) ? new DatasetReader().read(out) : List.of();
        return new Result(status, laureates, err.toString(StandardCharsets.UTF_8));
    }
}
