package fr.palmares.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import fr.palmares.load.LoadException;
import fr.palmares.pipeline.Extractor.InputFile;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** Whatever one document's extraction does, the guard gives its one line and returns. */
class DocumentGuardTest {
    private static final InputFile FILE = new InputFile(Path.of("x.pdf"), "x.pdf");
    private final DocumentGuard guard = new DocumentGuard(Duration.ofSeconds(60));

    private String failure(DocumentGuard.Task task) {
        return failure(guard, task);
    }

    private static String failure(DocumentGuard guard, DocumentGuard.Task task) {
        DocumentResult r = guard.run(FILE, task);
        assertThat(r.isFailure()).isTrue();
        assertThat(r.laureates()).isEmpty();
        return r.failure();
    }

    @Test
    void aStackOverflowIsThisDocumentsFailure() {
        assertThat(failure(f -> deep(0))).isEqualTo("too deeply nested to read (stack overflow)");
    }

    @Test
    void anOutOfMemoryIsThisDocumentsFailure() {
        assertThat(failure(f -> {
            long[] hog = new long[Integer.MAX_VALUE - 8]; // more than any heap gives
            return hog.length > 0 ? null : null;
        })).startsWith("out of memory while reading it (this Java has ").endsWith(" MiB; the other documents go on)");
    }

    @Test
    void aRuntimeExceptionOrAnAssertionIsAnInternalError() {
        assertThat(failure(f -> {
            throw new IllegalStateException("bad\nstate");
        })).isEqualTo("internal error while extracting (java.lang.IllegalStateException: bad state)");
        assertThat(failure(f -> {
            throw new AssertionError("never");
        })).isEqualTo("internal error while extracting (java.lang.AssertionError: never)");
    }

    @Test
    void aLoadExceptionIsItsMessage() {
        assertThat(failure(f -> {
            throw new LoadException("corrupt PDF: no root");
        })).isEqualTo("corrupt PDF: no root");
    }

    @Test
    void aDocumentPastItsTimeIsStoppedEvenWhenItChecksNoInterrupt() throws InterruptedException {
        Thread[] worker = new Thread[1];
        long t0 = System.nanoTime();
        assertThat(failure(new DocumentGuard(Duration.ofMillis(500)), f -> {
            worker[0] = Thread.currentThread();
            long spin = 0;
            while (true) {
                spin++; // a loop that never looks at its interrupt flag
                if (spin == Long.MAX_VALUE) {
                    return null;
                }
            }
        })).isEqualTo("timed out after 0.5 s (--timeout SECONDS allows more)");
        assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(30_000);
        worker[0].join(5_000);
        assertThat(worker[0].isAlive()).isFalse();
    }

    @Test
    void whatALibraryLogsIsTheDocumentsWarningNotTheTerminals() {
        DocumentResult r = guard.run(FILE, f -> {
            Logger log = Logger.getLogger("org.apache.pdfbox.pdfparser.COSParser");
            for (int i = 0; i < 3; i++) {
                log.warning("Invalid dictionary, found: 'C'");
            }
            log.severe("Can't dereference COSObject");
            log.info("not a warning");
            return DocumentResult.read(f.displayName(), List.of(), new DocumentReport("x.pdf", "pdf", "page", null, 0),
                    List.of());
        });
        assertThat(r.isFailure()).isFalse();
        assertThat(r.warnings()).containsExactly("x.pdf: PDFBox: Invalid dictionary, found: 'C' (3 times)",
                "x.pdf: PDFBox: Can't dereference COSObject");
    }

    private static DocumentResult deep(int n) {
        return n < 0 ? null : deep(n + 1);
    }
}
