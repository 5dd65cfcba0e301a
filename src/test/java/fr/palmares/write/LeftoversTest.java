package fr.palmares.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The temporary files of a writer that died are told from those of a live writer: only the ones last
 * written before the given moment and locked by no process are removed, and only those of the file named.
 */
class LeftoversTest {
    @TempDir
    Path dir;

    private Path leftover(String name, Instant modified) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, "{\"schemaVersion\": 1, \"laureates\": [ {\"id\": ");
        Files.setLastModifiedTime(p, FileTime.from(modified));
        return p;
    }

    private List<String> names() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theTemporaryFileOfADeadWriterIsRemovedAndNothingElse() throws Exception {
        Instant lock = Instant.now();
        Path target = dir.resolve("ds.json");
        Files.writeString(target, "{}");
        Path dead = leftover(".ds.json.4821937465.tmp", lock.minusSeconds(60));
        leftover(".ds.json.1234.tmp", lock.plusSeconds(5)); // written after the lock was taken: another writer's
        leftover(".other.json.4821937465.tmp", lock.minusSeconds(60)); // another dataset's
        leftover(".ds.json.lock.77.tmp", lock.minusSeconds(60)); // not ".ds.json.DIGITS.tmp"
        leftover("ds.json.99.tmp", lock.minusSeconds(60)); // not hidden: not ours
        assertThat(AtomicFile.removeLeftovers(target, lock)).containsExactly(dead.toAbsolutePath().normalize());
        assertThat(names()).containsExactly(".ds.json.1234.tmp", ".ds.json.lock.77.tmp", ".other.json.4821937465.tmp",
                "ds.json", "ds.json.99.tmp");
        assertThat(AtomicFile.removeLeftovers(target, lock)).isEmpty();
    }

    @Test
    void aTemporaryFileHeldByALiveProcessIsKept() throws Exception {
        Path target = dir.resolve("ds.json");
        Path live = leftover(".ds.json.5550001.tmp", Instant.now().minusSeconds(60));
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                HoldLock.class.getName(), live.toString()).redirectErrorStream(true).start();
        try {
            BufferedReader said = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(said.readLine()).isEqualTo("locked");
            Files.setLastModifiedTime(live, FileTime.from(Instant.now().minusSeconds(60)));
            assertThat(AtomicFile.removeLeftovers(target, Instant.now())).isEmpty();
            assertThat(live).exists();
        } finally {
            holder.getOutputStream().close();
            assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        // Once the holder is gone (as when an import is killed: the system releases its locks), it goes.
        assertThat(AtomicFile.removeLeftovers(target, Instant.now())).hasSize(1);
        assertThat(live).doesNotExist();
    }

    @Test
    void aWriteInProgressInThisProcessIsKept() throws Exception {
        Path target = dir.resolve("ds.json");
        Path tmp = leftover(".ds.json.31337.tmp", Instant.now().minusSeconds(60));
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE); FileLock l = ch.lock()) {
            assertThat(AtomicFile.removeLeftovers(target, Instant.now())).isEmpty();
        }
        assertThat(tmp).exists();
    }

    @Test
    void aWriteLeavesNoTemporaryFileAndKeepsNone() throws Exception {
        Path target = dir.resolve("ds.json");
        AtomicFile.write(target, "one".getBytes(StandardCharsets.UTF_8));
        AtomicFile.write(target, "two".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.readString(target)).isEqualTo("two");
        assertThat(names()).containsExactly("ds.json");
    }

    /** A process that locks a file, says "locked", and holds the lock until its standard input closes. */
    static final class HoldLock {
        public static void main(String[] args) throws Exception {
            try (FileChannel ch = FileChannel.open(Path.of(args[0]), StandardOpenOption.WRITE); FileLock l = ch.lock()) {
                System.out.println("locked");
                System.out.flush();
                while (System.in.read() >= 0) {
                    // wait for the end of standard input
                }
            }
        }
    }
}
