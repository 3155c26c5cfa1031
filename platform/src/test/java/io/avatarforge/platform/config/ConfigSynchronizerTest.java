package io.avatarforge.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.avatarforge.testkit.PostgresTestDatabase;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/** Seeding, the periodic version check and refusal of unusable versions, on real PostgreSQL and the real migration. */
class ConfigSynchronizerTest {

    private static final Path MIGRATION = Path.of("../db/src/main/resources/db/migration/V003__create_config_version.sql");

    @TempDir
    Path dir;

    private final ConfigLoader loader = new ConfigLoader(Map.of());
    private final ConfigValidator validator = new ConfigValidator(loader);
    private DataSource dataSource;
    private ConfigVersionStore store;

    @BeforeEach
    void freshSchema() throws Exception {
        String url = PostgresTestDatabase.freshSchemaUrl("configsync");
        dataSource = new DriverManagerDataSource(url);
        try (Connection c = dataSource.getConnection()) {
            c.createStatement().execute(Files.readString(MIGRATION));
        }
        store = new ConfigVersionStore(dataSource);
    }

    @Test
    void theFirstInstanceSeedsVersionOneFromDefaultsAndFileAndLaterOnesLoadIt() throws IOException {
        Path file = dir.resolve("avatar_config.json");
        Files.writeString(file, "{\"service_config\": {\"default_quality\": \"high\"}}");

        ConfigSynchronizer first = ConfigSynchronizer.start(store, loader, validator, file, Clock.systemUTC());
        Files.writeString(file, "{\"service_config\": {\"default_quality\": \"low\"}}");
        ConfigSynchronizer second = ConfigSynchronizer.start(store, loader, validator, file, Clock.systemUTC());

        assertThat(first.holder().current().version()).isEqualTo(1);
        assertThat(second.holder().current().version()).isEqualTo(1);
        assertThat(second.holder().config().serviceConfig().defaultQuality())
                .as("the database, once seeded, wins over the file").isEqualTo("high");
    }

    @Test
    void instancesStartingTogetherAgreeOnOneSeed() throws Exception {
        List<Callable<Long>> starts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            starts.add(() -> ConfigSynchronizer.start(store, loader, validator, null, Clock.systemUTC())
                    .holder().current().version());
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            for (Future<Long> version : pool.invokeAll(starts)) {
                assertThat(version.get()).isEqualTo(1);
            }
        }
        assertThat(store.latestVersion()).isEqualTo(1);
    }

    @Test
    void theVersionCheckInstallsANewerVersionAndOnlyThat() throws SQLException {
        ConfigSynchronizer sync = ConfigSynchronizer.start(store, loader, validator, null, Clock.systemUTC());
        assertThat(sync.refresh()).as("nothing newer yet").isFalse();

        insertVersion(2, withPatch("{\"style_templates\": {\"added\": {\"base_prompt\": \"added\"}}}"));

        assertThat(sync.refresh()).isTrue();
        assertThat(sync.holder().current().version()).isEqualTo(2);
        assertThat(sync.holder().config().styleTemplates()).containsKey("added");
    }

    @Test
    void aVersionThatIsInvalidHereIsSkippedAndTheCurrentOneKeepsServing() throws SQLException {
        ConfigSynchronizer sync = ConfigSynchronizer.start(store, loader, validator, null, Clock.systemUTC());

        insertVersion(2, withPatch("{\"service_config\": {\"default_provider\": \"missing\"}}"));

        assertThat(sync.refresh()).isFalse();
        assertThat(sync.holder().current().version()).isEqualTo(1);
        insertVersion(3, withPatch("{\"service_config\": {\"default_quality\": \"low\"}}"));
        assertThat(sync.refresh()).isTrue();
        assertThat(sync.holder().config().serviceConfig().defaultQuality()).isEqualTo("low");
    }

    @Test
    void anInvalidFileStopsStartUpWithEveryErrorNamed() throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"service_config\": {\"default_quality\": \"ultra\", \"cost_limits\": {\"daily_budget\": -1}}}");

        assertThatThrownBy(() -> ConfigSynchronizer.start(store, loader, validator, file, Clock.systemUTC()))
                .hasMessageContaining("$.service_config.default_quality")
                .hasMessageContaining("$.service_config.cost_limits.daily_budget");
        assertThat(store.latestVersion()).as("nothing seeded").isZero();
    }

    private String withPatch(String patch) {
        ObjectNode document = loader.defaults();
        ConfigLoader.deepMerge(document, loader.parse(patch));
        return loader.mapper().writeValueAsString(document);
    }

    private void insertVersion(long version, String document) throws SQLException {
        try (Connection c = dataSource.getConnection();
                var insert = c.prepareStatement("insert into config_version (version, document, action, created_by, "
                        + "created_at) values (?, ?, 'update', 'test', now())")) {
            insert.setLong(1, version);
            insert.setString(2, document);
            insert.executeUpdate();
        }
    }

    /** The smallest DataSource: a new connection per call, as the store uses it. */
    private record DriverManagerDataSource(String url) implements DataSource {

        @Override
        public Connection getConnection() throws SQLException {
            return DriverManager.getConnection(url, PostgresTestDatabase.USER, PostgresTestDatabase.PASSWORD);
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}
