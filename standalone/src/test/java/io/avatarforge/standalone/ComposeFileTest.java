package io.avatarforge.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * {@code docker-compose.yml} is checked, not just shipped, by whichever of two validators this machine has, both when
 * it has both: {@code docker compose config -q} (the Compose CLI's own parse, interpolation and schema check; needs
 * the compose plugin, not a running engine), and the Compose Specification's JSON schema through npm {@code dclint}
 * (Node). With neither the test fails under CI=true and is skipped, loudly, otherwise.
 */
class ComposeFileTest {

    private static final System.Logger LOG = System.getLogger(ComposeFileTest.class.getName());
    private static final Path COMPOSE_FILE = Path.of("..", "docker-compose.yml").toAbsolutePath().normalize();
    /** The one variable the file requires ({@code ${…:?…}}); its value is irrelevant to validity. */
    private static final List<String> REQUIRED_ENVIRONMENT = List.of("AVATAR_IMAGE_SIGNING_KEY");

    @Test
    void theComposeFileIsValidForEveryValidatorThisMachineHas() throws Exception {
        Map<String, Integer> exitCodes = validate(COMPOSE_FILE);

        assertThat(exitCodes).allSatisfy((validator, exitCode) -> assertThat(exitCode).as(validator).isZero());
        LOG.log(System.Logger.Level.INFO, "docker-compose.yml validated by: " + exitCodes.keySet());
    }

    @Test
    void aMisspelledServiceKeyIsRefusedSoTheValidationIsReal() throws Exception {
        Path broken = Files.createTempFile("compose-misspelled-", ".yml");
        try {
            String original = Files.readString(COMPOSE_FILE);
            String misspelled = original.replaceFirst("(?m)^    image: postgres", "    imag: postgres");
            assertThat(misspelled).isNotEqualTo(original);
            Files.writeString(broken, misspelled);

            assertThat(validate(broken)).allSatisfy((validator, exitCode) -> assertThat(exitCode).as(validator)
                    .isNotZero());
        } finally {
            Files.deleteIfExists(broken);
        }
    }

    /** The exit code of each validator this machine has on {@code file}; fails or skips when it has none. */
    private static Map<String, Integer> validate(Path file) throws IOException, InterruptedException {
        Map<String, Integer> exitCodes = new LinkedHashMap<>();
        if (composeCliUnusable() == null) {
            exitCodes.put("docker compose config -q", composeConfig(file));
        }
        if (NodeClient.unusable() == null) {
            exitCodes.put("Compose Specification schema (dclint)", schemaCheck(file));
        }
        requireAnyOf(exitCodes.keySet());
        return exitCodes;
    }

    private static int schemaCheck(Path file) throws InterruptedException {
        try (NodeClient node = NodeClient.start("compose-file", "validate.mjs", file.toString())) {
            // Each finding is a line; style findings are for reading (the script exits 1 only on validity errors).
            for (String line = node.nextLine(Duration.ofMinutes(1)); line != null;
                    line = node.nextLine(Duration.ofSeconds(30))) {
                LOG.log(System.Logger.Level.DEBUG, line);
            }
            return node.awaitExit(Duration.ofSeconds(30));
        }
    }

    /** Why {@code docker compose} cannot run here (no docker CLI, or no compose plugin), or null when it can. */
    private static @Nullable String composeCliUnusable() {
        try {
            Process version = new ProcessBuilder("docker", "compose", "version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!version.waitFor(30, TimeUnit.SECONDS)) {
                version.destroyForcibly();
                return "docker compose version did not answer within 30 s";
            }
            return version.exitValue() == 0 ? null : "docker compose version exited with " + version.exitValue()
                    + " (no compose plugin)";
        } catch (IOException e) {
            return "no docker CLI (" + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static int composeConfig(Path file) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("docker", "compose", "-f", file.toString(), "config", "-q")
                .directory(COMPOSE_FILE.getParent().toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT);
        REQUIRED_ENVIRONMENT.forEach(name -> builder.environment().putIfAbsent(name, "compose-file-test"));
        Process config = builder.start();
        if (!config.waitFor(60, TimeUnit.SECONDS)) {
            config.destroyForcibly();
            return -1;
        }
        return config.exitValue();
    }

    private static void requireAnyOf(Set<String> ran) {
        if (!ran.isEmpty()) {
            return;
        }
        String message = "neither docker compose (" + composeCliUnusable() + ") nor Node (" + NodeClient.unusable()
                + ") can validate docker-compose.yml here";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail(message + ": the Compose file's check fails under CI=true");
        }
        LOG.log(System.Logger.Level.WARNING, "\n\n*** SKIPPING: " + message + " ***\n");
        Assumptions.abort(message);
    }
}
