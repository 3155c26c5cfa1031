package io.avatarforge.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The one place that chooses what the integration tests run on, once per JVM: Testcontainers' PostgreSQL and Kafka
 * when a Docker engine answers, the local services otherwise (PostgreSQL at {@code AVATAR_TEST_DB_URL}, an in-process
 * {@code EmbeddedKafkaKraftBroker} per test context). {@link PostgresTestDatabase} and
 * {@link AvatarEnvironmentCustomizerFactory} ask it; no test chooses for itself. The choice and its reason are logged
 * as one INFO line.
 *
 * <p>"An engine answers" is Testcontainers' own check ({@code DockerClientFactory.isDockerAvailable()}), but that
 * check takes seconds where no engine exists (about 5 s on a machine with the docker CLI and no engine), and logs an
 * ERROR listing what it tried. It is only asked when this machine shows a Docker endpoint at all: {@code DOCKER_HOST},
 * a {@code docker.sock} where Docker, Docker Desktop or rootless Docker put it, or a
 * {@code ~/.testcontainers.properties} naming one. {@code AVATAR_TEST_SERVICES=local} skips the check,
 * {@code AVATAR_TEST_SERVICES=containers} asks Testcontainers whatever the endpoint (and fails when no engine answers).
 */
public final class TestServices {

    /** The environment variable that overrides the detection: {@code local} or {@code containers}. */
    static final String OVERRIDE = "AVATAR_TEST_SERVICES";

    enum Kind { CONTAINERS, LOCAL }

    /** What the tests run on and why. */
    record Choice(Kind kind, String reason) {

        String consoleLine() {
            String on = kind == Kind.CONTAINERS ? "Testcontainers' PostgreSQL and Kafka"
                    : "the local services (PostgreSQL at " + localDatabaseUrl()
                            + ", an in-process Kafka broker per test context)";
            return "*** Avatar Forge tests run on " + on + ": " + reason + " ***";
        }
    }

    /** What the detection asks of the machine; a seam for the choice's own test. */
    interface Docker {

        /** A Docker endpoint this machine shows (a variable or a socket), or null when it shows none. */
        @Nullable String endpoint();

        /** Whether an engine answers (Testcontainers' check: slow when none does). */
        boolean engineAnswers();
    }

    private TestServices() {
    }

    /** The local PostgreSQL's URL, used when no Docker engine answers. */
    static String localDatabaseUrl() {
        String url = System.getenv("AVATAR_TEST_DB_URL");
        return url == null || url.isBlank() ? "jdbc:postgresql://127.0.0.1:5432/test" : url;
    }

    /** The choice of this JVM: made, and printed, on first use. */
    static Choice chosen() {
        return Chosen.CHOICE;
    }

    static boolean containers() {
        return chosen().kind() == Kind.CONTAINERS;
    }

    static Choice choose(@Nullable String override, Docker docker) {
        String wanted = override == null ? "" : override.trim().toLowerCase(Locale.ROOT);
        if (wanted.equals("local")) {
            return new Choice(Kind.LOCAL, OVERRIDE + "=local");
        }
        if (wanted.equals("containers")) {
            if (!docker.engineAnswers()) {
                throw new IllegalStateException(OVERRIDE + "=containers, but no Docker engine answers");
            }
            return new Choice(Kind.CONTAINERS, OVERRIDE + "=containers and a Docker engine answers");
        }
        if (!wanted.isEmpty()) {
            throw new IllegalStateException(OVERRIDE + " is '" + override + "': use local or containers");
        }
        String endpoint = docker.endpoint();
        if (endpoint == null) {
            return new Choice(Kind.LOCAL, "no Docker endpoint on this machine (no DOCKER_HOST, no docker.sock, no "
                    + "docker.host in ~/.testcontainers.properties)");
        }
        return docker.engineAnswers()
                ? new Choice(Kind.CONTAINERS, "a Docker engine answers at " + endpoint)
                : new Choice(Kind.LOCAL, "no Docker engine answers at " + endpoint);
    }

    /**
     * This machine: its environment, its files ({@code read} gives a file's text, empty when there is none) and
     * Testcontainers' check.
     */
    static Docker machine(Map<String, String> environment, Path home, Predicate<Path> exists,
            Function<Path, String> read) {
        return new Docker() {
            @Override
            public @Nullable String endpoint() {
                String host = environment.get("DOCKER_HOST");
                if (host != null && !host.isBlank()) {
                    return "DOCKER_HOST " + host;
                }
                String runtime = environment.getOrDefault("XDG_RUNTIME_DIR", "");
                List<Path> sockets = List.of(Path.of("/var/run/docker.sock"), home.resolve(".docker/run/docker.sock"),
                        home.resolve(".docker/desktop/docker.sock"),
                        runtime.isBlank() ? home.resolve(".docker/rootless.sock") : Path.of(runtime, "docker.sock"));
                for (Path socket : sockets) {
                    if (exists.test(socket)) {
                        return socket.toString();
                    }
                }
                // Testcontainers' own settings: a Docker host, or Testcontainers Cloud / Desktop.
                Path properties = home.resolve(".testcontainers.properties");
                return read.apply(properties).lines().map(String::strip)
                        .anyMatch(line -> line.startsWith("docker.host") || line.startsWith("tc.host"))
                        ? properties.toString() : null;
            }

            @Override
            public boolean engineAnswers() {
                return TestContainers.engineAnswers();
            }
        };
    }

    /** Holds the choice: made once, when first asked for. */
    private static final class Chosen {

        static final Choice CHOICE = choose(System.getenv(OVERRIDE), machine(System.getenv(),
                Path.of(System.getProperty("user.home")), Files::exists, Chosen::read));

        private static String read(Path file) {
            try {
                return Files.isRegularFile(file) ? Files.readString(file) : "";
            } catch (IOException e) {
                return "";
            }
        }

        static {
            System.getLogger(TestServices.class.getName()).log(System.Logger.Level.INFO, CHOICE.consoleLine());
        }
    }
}
