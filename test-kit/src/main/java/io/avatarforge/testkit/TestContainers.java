package io.avatarforge.testkit;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL container {@link TestServices} starts when a Docker engine answers ({@link KafkaTestContainers} the
 * brokers). Kept apart so that no Testcontainers class is loaded on a machine without one.
 *
 * <p>Not executed on the machine this suite is developed on (it has the docker CLI but no engine): it compiles and the
 * choice that leads here is tested ({@code TestServicesTest}), but no test has run on these containers yet.
 */
final class TestContainers {

    /** The server docker-compose.yml runs. */
    private static final String POSTGRES_IMAGE = "postgres:17";

    private TestContainers() {
    }

    static boolean engineAnswers() {
        return DockerClientFactory.instance().isDockerAvailable();
    }

    /** One PostgreSQL for the JVM: each test class gets a schema of its own on it, as on the local server. */
    static PostgreSQLContainer postgres() {
        return Postgres.CONTAINER;
    }

    private static final class Postgres {

        static final PostgreSQLContainer CONTAINER = start();

        private static PostgreSQLContainer start() {
            // Stopped by Testcontainers' reaper when the JVM ends.
            PostgreSQLContainer postgres = new PostgreSQLContainer(POSTGRES_IMAGE).withDatabaseName("test");
            postgres.start();
            return postgres;
        }
    }
}
