package io.avatarforge.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's run command on a machine whose first {@code java} on PATH is a Java 17 (as on this project's build
 * machine): the launcher script still runs the JDK 25 that {@code JAVA_HOME} names.
 */
class LauncherScriptTest {

    private static final Path SCRIPT = Path.of("..", "avatar-forge").toAbsolutePath().normalize();

    @Test
    void theLauncherRunsJavaHomesJdk25EvenWithJava17FirstOnThePath(@TempDir Path dir) throws Exception {
        Path fakeBin = Files.createDirectories(dir.resolve("bin"));
        Path java17 = fakeBin.resolve("java");
        Files.writeString(java17, "#!/bin/sh\necho 'openjdk version \"17.0.16\" 2025-07-15' >&2\nexit 0\n");
        Files.setPosixFilePermissions(java17, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path jdk25 = Path.of(System.getProperty("java.home"));

        ProcessBuilder launcher = new ProcessBuilder("bash", SCRIPT.toString(), "--print-java").redirectErrorStream(true);
        launcher.environment().put("JAVA_HOME", jdk25.toString());
        launcher.environment().put("PATH", fakeBin + ":/usr/bin:/bin");
        Process process = launcher.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();

        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).isEqualTo(jdk25.resolve("bin/java").toString());
    }
}
