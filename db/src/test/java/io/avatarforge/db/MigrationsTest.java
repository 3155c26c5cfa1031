package io.avatarforge.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.avatarforge.testkit.PostgresTestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same migrations build the schema on PostgreSQL (production) and on H2 in PostgreSQL mode (standalone). */
class MigrationsTest {

    @TempDir
    Path dir;

    @Test
    void migrationsApplyOnPostgresAndTheMetadataColumnIsJsonb() throws SQLException {
        String url = PostgresTestDatabase.freshSchemaUrl("migrations");
        migrate(url, PostgresTestDatabase.USER, PostgresTestDatabase.PASSWORD, "jsonb");

        try (Connection c = DriverManager.getConnection(url, PostgresTestDatabase.USER, PostgresTestDatabase.PASSWORD)) {
            insertJob(c, UUID.randomUUID(), "QUEUED");
            try (ResultSet rs = c.createStatement().executeQuery(
                    "select request_metadata ->> 'app_version' from generation_job")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("1.2.3");
            }
            assertThatThrownBy(() -> insertJob(c, UUID.randomUUID(), "DREAMING"))
                    .as("the state column only takes the state machine's states")
                    .isInstanceOf(SQLException.class);
        }
    }

    @Test
    void migrationsApplyOnH2InPostgresModeAndJsonRoundTripsAsText() throws SQLException {
        String url = "jdbc:h2:file:" + dir.resolve("avatar") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        migrate(url, "sa", "", "varchar(1000000)");

        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            insertJob(c, UUID.randomUUID(), "QUEUED");
            try (ResultSet rs = c.createStatement().executeQuery("select request_metadata from generation_job")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("{\"app_version\":\"1.2.3\"}");
            }
            c.setAutoCommit(false);
            try (ResultSet rs = c.createStatement().executeQuery(
                    "select id from outbox_message order by id limit 10 for update skip locked")) {
                assertThat(rs.next()).isFalse();
            }
        }
    }

    private static void migrate(String url, String user, String password, String jsonType) {
        var result = Flyway.configure()
                .dataSource(url, user, password)
                .locations("classpath:db/migration")
                .placeholders(Map.of("json_type", jsonType))
                .load()
                .migrate();
        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isGreaterThanOrEqualTo(2);
    }

    private static void insertJob(Connection c, UUID id, String state) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into generation_job (id, state, style, quality, prompt, provider, input_image_ref,
                    created_at, request_metadata)
                values (?, ?, 'cartoon_3d', 'medium', 'hello', 'local', 'inputs/ab/x.png', current_timestamp, ?)
                """)) {
            ps.setObject(1, id);
            ps.setString(2, state);
            ps.setObject(3, "{\"app_version\":\"1.2.3\"}", Types.OTHER);
            ps.executeUpdate();
        }
    }
}
