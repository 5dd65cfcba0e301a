package fr.palmares.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing is written outside what the user named, the lock and the temporary file: an import of PDF
 * and HTML documents in a new JVM with a fake home and temporary folder (which stay empty), watched by
 * strace where it is installed (every file created, opened for writing, renamed or removed).
 */
class NoStrayWritesTest {
    private static final Pattern WRITE = Pattern.compile(
            "^\\d+\\s+(openat|open|creat|mkdir|mkdirat|rename|renameat2?|unlink|unlinkat|link|linkat|symlink|symlinkat|truncate)"
                    + "\\((?:AT_FDCWD, )?\"([^\"]*)\"(.*)$");

    @TempDir
    Path tmp;

    @Test
    void anImportWritesOnlyTheDatasetItsLockAndItsTemporaryFile() throws Exception {
        Path home = Files.createDirectories(tmp.resolve("home"));
        Path temp = Files.createDirectories(tmp.resolve("tmp"));
        Path work = Files.createDirectories(tmp.resolve("work"));
        Path out = Files.createDirectories(work.resolve("out"));
        List<String> jvm = List.of("-Duser.home=" + home, "-Djava.io.tmpdir=" + temp);
        Map<String, String> env = Map.of("HOME", home.toString(), "TMPDIR", temp.toString(),
                "XDG_CACHE_HOME", home.resolve(".cache").toString());
        Path samples = Path.of("samples").toAbsolutePath();
        String[] args = {"extract", "--merge", samples.resolve("2023-annuaire-labels.pdf").toString(),
            samples.resolve("2022-article-presse.html").toString(), samples.resolve("2024-communique-de-presse.md").toString(),
            "-o", "out/dataset.json"};
        Path trace = tmp.resolve("trace.txt");
        boolean strace = straceWorks();
        List<String> wrapped = new ArrayList<>(jvm);
        Subprocess.Result r;
        if (strace) {
            r = Subprocess.traced(work, env, trace, wrapped, args);
        } else {
            r = Subprocess.run(work, env, null, wrapped, args);
        }
        assertThat(r.status()).as(r.err()).isZero();
        Subprocess.Result q = Subprocess.run(work, env, null, jvm, "query", "--dataset", "out/dataset.json", "--count");
        assertThat(q.out().strip()).isEqualTo("53");

        assertThat(list(home)).isEmpty();
        assertThat(list(temp)).isEmpty();
        assertThat(list(work)).containsExactly("out");
        assertThat(list(out)).containsExactlyInAnyOrder("dataset.json", "dataset.json.lock");
        if (strace) {
            List<String> written = new ArrayList<>();
            for (String line : Files.readAllLines(trace)) {
                Matcher m = WRITE.matcher(line);
                if (!m.find() || m.group(3).contains("= -1 ")) {
                    continue;
                }
                String call = m.group(1);
                String path = m.group(2);
                String rest = m.group(3);
                boolean writes = !call.startsWith("open") || rest.contains("O_WRONLY") || rest.contains("O_RDWR")
                        || rest.contains("O_CREAT");
                if (writes && !path.startsWith("/dev/") && !path.startsWith("/proc/self/")) {
                    written.add(path);
                }
            }
            assertThat(written).isNotEmpty();
            for (String path : written) {
                String name = Path.of(path).getFileName().toString();
                assertThat(path).as("written outside the output: " + path).startsWith(out.toString());
                assertThat(name.equals("dataset.json") || name.equals("dataset.json.lock")
                        || name.matches("\\.dataset\\.json\\.\\d+\\.tmp")).as(path).isTrue();
            }
        }
    }

    /** strace installed and allowed to trace here (a container may forbid ptrace). */
    private static boolean straceWorks() {
        if (!Files.isExecutable(Path.of("/usr/bin/strace"))) {
            return false;
        }
        try {
            Process p = new ProcessBuilder("/usr/bin/strace", "-qq", "-o", "/dev/null", "true")
                    .redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    private static List<String> list(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
