package fr.palmares.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs palmares in a new JVM, as a user's shell would: its own working folder, environment, standard
 * input, and (with {@link #inTerminal}) a pseudo-terminal made by util-linux's {@code script}. The
 * bundled dataset, which Maven builds only at package time, is built once for the test run.
 */
final class Subprocess {
    /** What a run printed and its exit status. */
    record Result(int status, String out, String err) {
        String both() {
            return out + err;
        }
    }

    private static Path bundled;

    private Subprocess() {
    }

    /** target/test-bundled, holding dataset/palmares.json made from samples/ by the code under test. */
    static synchronized Path bundledClasses() throws IOException {
        if (bundled == null) {
            Path dir = Path.of("target/test-bundled").toAbsolutePath();
            BundledDataset.main(new String[] {Path.of("samples").toAbsolutePath().toString(),
                dir.resolve("dataset/palmares.json").toString()});
            bundled = dir;
        }
        return bundled;
    }

    private static java.util.Optional<Path> nativeLibrary;

    /**
     * JLine's native library unpacked into target/test-native, as the build does into target/native for
     * the launcher (the tests run before the package phase), so the child JVMs ask the terminal the
     * same way the launcher's do.
     */
    static synchronized java.util.Optional<Path> nativeTerminalLibrary() throws IOException {
        if (nativeLibrary == null) {
            String arch = switch (System.getProperty("os.arch")) {
                case "amd64", "x86_64" -> "x86_64";
                case "aarch64", "arm64" -> "arm64";
                default -> null;
            };
            nativeLibrary = java.util.Optional.empty();
            if (arch != null && System.getProperty("os.name").startsWith("Linux")) {
                try (InputStream in = Subprocess.class.getResourceAsStream(
                        "/org/jline/nativ/Linux/" + arch + "/libjlinenative.so")) {
                    if (in != null) {
                        Path dir = Path.of("target/test-native").toAbsolutePath();
                        Files.createDirectories(dir);
                        Files.write(dir.resolve("libjlinenative.so"), in.readAllBytes());
                        nativeLibrary = java.util.Optional.of(dir);
                    }
                }
            }
        }
        return nativeLibrary;
    }

    static String classpath() throws IOException {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return bundledClasses() + java.io.File.pathSeparator + cp;
    }

    static List<String> java(List<String> jvm) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-XX:-UsePerfData");
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.add("-Xshare:auto");
        nativeTerminalLibrary().ifPresent(lib -> cmd.add("-Dlibrary.jline.path=" + lib));
        cmd.addAll(jvm);
        cmd.add("-cp");
        cmd.add(classpath());
        cmd.add(Palmares.class.getName());
        return cmd;
    }

    /** palmares ARGS in {@code cwd}, with extra environment variables and standard input (null: none). */
    static Result run(Path cwd, Map<String, String> env, String stdin, List<String> jvm, String... args)
            throws IOException, InterruptedException {
        List<String> cmd = java(jvm);
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile());
        pb.environment().putAll(env);
        if (stdin == null) {
            pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        }
        return finish(pb.start(), stdin);
    }

    /** As {@link #run}, under strace: every file-system call that can write goes to {@code trace}. */
    static Result traced(Path cwd, Map<String, String> env, Path trace, List<String> jvm, String... args)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("strace", "-f", "-qq", "-o", trace.toString(), "-e",
                "trace=open,openat,creat,mkdir,mkdirat,rename,renameat,renameat2,unlink,unlinkat,link,linkat,symlink,"
                        + "symlinkat,truncate"));
        cmd.addAll(java(jvm));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile());
        pb.environment().putAll(env);
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        return finish(pb.start(), null);
    }

    static Result run(Path cwd, String... args) throws IOException, InterruptedException {
        return run(cwd, Map.of(), null, List.of(), args);
    }

    /**
     * A shell command line run by bash inside a pseudo-terminal of the given width ({@code script -qec});
     * {@code palmares} in it is a shell function that starts palmares. What the terminal showed comes back as
     * standard output (CR LF line ends turned into LF).
     */
    static Result inTerminal(Path cwd, int columns, Map<String, String> env, String shell)
            throws IOException, InterruptedException {
        StringBuilder palmares = new StringBuilder();
        for (String a : java(List.of())) {
            palmares.append('\'').append(a.replace("'", "'\\''")).append("' ");
        }
        String inner = "stty cols " + columns + " rows 50; palmares() { " + palmares + "\"$@\"; }; " + shell + "\n";
        // From a file: given a command of about 4 KB or more (the class path is longer), script prints its
        // "Script started on" header on the terminal even with -q.
        Path file = Files.createTempFile("palmares-terminal", ".sh");
        try {
            Files.writeString(file, inner);
            ProcessBuilder pb = new ProcessBuilder("script", "-qec", "bash " + quote(file.toString()), "/dev/null")
                    .directory(cwd.toFile());
            pb.environment().putAll(env);
            pb.environment().putIfAbsent("TERM", "xterm-256color");
            pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            Result r = finish(pb.start(), null);
            return new Result(r.status(), r.out().replace("\r\n", "\n"), r.err());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    static boolean hasScript() {
        return Files.isExecutable(Path.of("/usr/bin/script")) || Files.isExecutable(Path.of("/bin/script"));
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    private static Result finish(Process p, String stdin) throws IOException, InterruptedException {
        CompletableFuture<String> out = read(p.getInputStream());
        CompletableFuture<String> err = read(p.getErrorStream());
        if (stdin != null) {
            try (var in = p.getOutputStream()) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
        }
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("palmares did not finish in 120 s");
        }
        return new Result(p.exitValue(), out.join(), err.join());
    }

    private static CompletableFuture<String> read(InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "";
            }
        });
    }
}
