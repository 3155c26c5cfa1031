package io.avatarforge.testkit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The real PostgreSQL that Postgres behaviour is tested on: Testcontainers' when a Docker engine answers, else the
 * server at {@code AVATAR_TEST_DB_URL} ({@link TestServices} chooses). Each caller gets a fresh schema, so test classes
 * never see each other's rows. When the server cannot be reached the test fails under CI=true and is skipped, loudly,
 * otherwise.
 */
public final class PostgresTestDatabase {

    public static final String URL;
    public static final String USER;
    public static final String PASSWORD;

    static {
        if (TestServices.containers()) {
            var postgres = TestContainers.postgres();
            URL = postgres.getJdbcUrl();
            USER = postgres.getUsername();
            PASSWORD = postgres.getPassword();
        } else {
            URL = TestServices.localDatabaseUrl();
            USER = env("AVATAR_TEST_DB_USER", "postgres");
            PASSWORD = env("AVATAR_TEST_DB_PASSWORD", "");
        }
    }

    private static final System.Logger LOG = System.getLogger(PostgresTestDatabase.class.getName());

    private PostgresTestDatabase() {
    }

    /** Creates an empty schema and returns a JDBC URL whose default schema it is. */
    public static String freshSchemaUrl(String prefix) {
        String schema = ("t_" + prefix + "_" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD)) {
            connection.createStatement().execute("create schema " + schema);
        } catch (SQLException e) {
            unreachable(e);
        }
        return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /**
     * Fails (under CI=true) or skips, loudly, when the server cannot be reached; returns when it can. For callers that
     * must decide before anything else starts: a Spring context that failed to load would report an error, not a skip.
     */
    public static void requireReachable() {
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD)) {
            connection.isValid(5);
        } catch (SQLException e) {
            unreachable(e);
        }
    }

    private static void unreachable(SQLException e) {
        String message = "PostgreSQL is not reachable at " + URL + " (" + e.getMessage() + ")";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail(message + ": tests that need PostgreSQL fail under CI=true");
        }
        LOG.log(System.Logger.Level.WARNING, "\n\n*** SKIPPING: " + message + " ***\n");
        Assumptions.abort(message);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
