package fr.palmares.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Standard output and standard error of the command line run in process: for each test, as an extension
 * ({@code @RegisterExtension final Console console = new Console();}, both captured in UTF-8 before the
 * test and given back after it), or around one call ({@link #run}), and the dataset a test class reads,
 * extracted once without a word on the terminal ({@link #extracted}).
 */
public final class Console implements BeforeEachCallback, AfterEachCallback {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldOut;
    private PrintStream oldErr;

    /** What one call printed, and its exit status. */
    public record Run(int status, String out, String err) {
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        oldOut = System.out;
        oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        System.setOut(oldOut);
        System.setErr(oldErr);
    }

    /** The bytes written on standard output so far in this test. */
    public ByteArrayOutputStream stdout() {
        return out;
    }

    /** The bytes written on standard error so far in this test. */
    public ByteArrayOutputStream stderr() {
        return err;
    }

    /** Runs {@code call} with both streams captured, then gives them back. */
    public static Run run(Callable<Integer> call) {
        PrintStream o = System.out;
        PrintStream e = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int status = call.call();
            return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } catch (Exception x) {
            throw new IllegalStateException(x);
        } finally {
            System.setOut(o);
            System.setErr(e);
        }
    }

    /** {@code palmares ARGS...} in process, both streams captured. */
    public static Run run(String... args) {
        return run(() -> Palmares.run(args));
    }

    /**
     * {@code palmares extract INPUTS... -o OUTPUT}, quietly; fails the test unless it succeeds.
     *
     * @return {@code output}
     */
    public static Path extracted(Path output, String... inputs) {
        List<String> args = new ArrayList<>(List.of("extract"));
        args.addAll(List.of(inputs));
        args.addAll(List.of("-o", output.toString()));
        Run r = run(args.toArray(String[]::new));
        assertThat(r.status()).as(r.err()).isZero();
        return output;
    }
}
