package fr.palmares.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's choice of runtime and start-up archives, run against stand-in Java runtimes that record
 * how they are called: JAVA_HOME's runtime when set, else the first java on the PATH; archives named after
 * the runtime's feature version; ahead-of-time caches and native access from Java 25, class-data sharing
 * archives before; an archive made once, then reused.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class LauncherTest {
    @TempDir
    Path dir;
    private Path home;
    private Path log;

    /** A runtime that logs its arguments, and creates the archive it is asked to write. */
    private Path runtime(String name, String version) throws IOException {
        Path jdk = dir.resolve(name);
        Files.createDirectories(jdk.resolve("bin"));
        Files.writeString(jdk.resolve("release"), "JAVA_VERSION=\"" + version + "\"\n");
        Path java = jdk.resolve("bin/java");
        Files.writeString(java, "#!/usr/bin/env bash\n"
                + "echo \"$*\" >> \"$LAUNCHER_LOG\"\n"
                + "for a in \"$@\"; do case \"$a\" in -XX:AOTCacheOutput=*|-XX:ArchiveClassesAtExit=*) : > \"${a#*=}\";; esac; done\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return jdk;
    }

    @BeforeEach
    void launcherBesideAJar() throws IOException {
        home = dir.resolve("palmares");
        Files.createDirectories(home.resolve("target"));
        Files.copy(Path.of("palmares"), home.resolve("palmares"));
        Files.writeString(home.resolve("target/palmares.jar"), ""); // no sources beside it: never rebuilt
        log = dir.resolve("calls.log");
    }

    private List<String> run(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", home.resolve("palmares").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().remove("JAVA_HOME");
        pb.environment().put("LAUNCHER_LOG", log.toString());
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        List<String> calls = Files.exists(log) ? Files.readAllLines(log) : List.of();
        Files.deleteIfExists(log);
        return calls;
    }

    @Test
    void java25FromJavaHomeMakesAnAheadOfTimeCacheOnceThenUsesIt() throws Exception {
        Path jdk = runtime("jdk25", "25.0.3");
        String cache = home.resolve("target/palmares-extract-java25.aot").toString();
        List<String> first = run(Map.of("JAVA_HOME", jdk.toString()), "extract", "a.md");
        assertThat(first).hasSize(2);
        assertThat(first.get(0)).contains("-XX:AOTCacheOutput=" + cache, "--enable-native-access=ALL-UNNAMED",
                "-XX:+UseSerialGC", "-Xmx320m", " extract " + home.resolve("samples"));
        assertThat(first.get(1)).contains("-XX:AOTCache=" + cache, "--enable-native-access=ALL-UNNAMED",
                "-XX:+UseSerialGC", "-Xmx320m", "-XX:LoopUnrollLimit=0 -XX:FreqInlineSize=150").endsWith("-jar " + home.resolve("target/palmares.jar") + " extract a.md");
        List<String> again = run(Map.of("JAVA_HOME", jdk.toString()), "extract", "b.md");
        assertThat(again).as("the cache is reused").hasSize(1);
        assertThat(again.get(0)).contains("-XX:AOTCache=" + cache).endsWith(" extract b.md");
    }

    @Test
    void java17OnThePathMakesAClassDataArchiveNamedAfterItsVersion() throws Exception {
        Path jdk = runtime("jdk17", "17.0.15");
        String path = jdk.resolve("bin") + ":" + System.getenv("PATH");
        String archive = home.resolve("target/palmares-query-java17.jsa").toString();
        List<String> calls = run(Map.of("PATH", path), "query", "--count");
        assertThat(calls).hasSize(2);
        assertThat(calls.get(0)).contains("-XX:ArchiveClassesAtExit=" + archive, "-XX:TieredStopAtLevel=1")
                .doesNotContain("--enable-native-access", "AOTCache", "LoopUnrollLimit");
        assertThat(calls.get(1)).contains("-XX:SharedArchiveFile=" + archive, "-XX:TieredStopAtLevel=1")
                .doesNotContain("-XX:+UseSerialGC").endsWith(" query --count");
    }

    @Test
    void javaHomeWinsOverThePathAndSwitchingRuntimesNeverReusesAnotherArchive() throws Exception {
        Path jdk17 = runtime("jdk17", "17.0.15");
        Path jdk25 = runtime("jdk25", "25.0.3");
        String path = jdk17.resolve("bin") + ":" + System.getenv("PATH");
        assertThat(run(Map.of("PATH", path), "extract", "a.md")).hasSize(2);
        List<String> calls = run(Map.of("PATH", path, "JAVA_HOME", jdk25.toString()), "extract", "a.md");
        assertThat(calls).as("Java 25's own cache is made, the Java 17 archive left alone").hasSize(2);
        assertThat(calls.get(0)).contains("-XX:AOTCacheOutput=");
        assertThat(home.resolve("target/palmares-extract-java17.jsa")).exists();
        assertThat(home.resolve("target/palmares-extract-java25.aot")).exists();
    }
}
