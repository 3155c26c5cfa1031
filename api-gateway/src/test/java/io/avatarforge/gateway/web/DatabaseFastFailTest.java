package io.avatarforge.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import io.avatarforge.gateway.web.DatabaseFastFail.FastFailingDataSource;
import io.avatarforge.testkit.PostgresTestDatabase;
import io.avatarforge.testkit.TcpGate;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The fast-fail on a real Hikari pool reaching the real PostgreSQL through a {@link TcpGate}: an unreachable database
 * opens it, an exhausted pool never does, and it closes by itself once the database answers again.
 */
class DatabaseFastFailTest {

    private static final Duration CONNECTION_TIMEOUT = Duration.ofMillis(500);
    private static final Duration OPEN_FOR = Duration.ofMillis(300);

    private TcpGate gate;
    private String host;
    private int port;
    private HikariDataSource pool;
    private FastFailingDataSource dataSource;

    @BeforeEach
    void poolBehindAGate() throws Exception {
        PostgresTestDatabase.requireReachable();
        URI address = URI.create(PostgresTestDatabase.URL.substring("jdbc:".length()));
        host = address.getHost();
        port = address.getPort() < 0 ? 5432 : address.getPort();
        gate = new TcpGate();
        gate.open(host, port);
        pool = new HikariDataSource();
        pool.setJdbcUrl(PostgresTestDatabase.URL.replace(host + ":" + address.getPort(), "127.0.0.1:" + gate.port()));
        pool.setUsername(PostgresTestDatabase.USER);
        pool.setPassword(PostgresTestDatabase.PASSWORD);
        pool.setMaximumPoolSize(1);
        pool.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
        pool.setInitializationFailTimeout(-1);
        dataSource = new FastFailingDataSource(pool, OPEN_FOR);
    }

    @AfterEach
    void close() throws Exception {
        pool.close();
        gate.close();
    }

    @Test
    void anUnreachableDatabaseIsWaitedForOnceAndThenRefusedAtOnceAsAnOutage() throws Exception {
        gate.cut();

        Duration first = timedFailure();
        Duration second = timedFailure();

        assertThat(first).isGreaterThanOrEqualTo(CONNECTION_TIMEOUT.minusMillis(50));
        assertThat(second).as("the open fast-fail answers without waiting").isLessThan(Duration.ofMillis(200));
        assertThat(dataSource.state()).isEqualTo(CircuitBreaker.State.OPEN);
    }

    @Test
    void theFastFailureIsAnOutageNamingTheConnectionFailure() throws Exception {
        gate.cut();
        assertThatThrownBy(dataSource::getConnection).isInstanceOf(SQLException.class);

        assertThatThrownBy(dataSource::getConnection)
                .isInstanceOf(SQLTransientConnectionException.class)
                .satisfies(fast -> assertThat(DatabaseOutages.causedBy(fast)).isTrue())
                .satisfies(fast -> assertThat(DatabaseFastFail.connectionFailure(fast)).isTrue());
    }

    @Test
    void aPoolExhaustedUnderLoadKeepsWaitingAndNeverFailsFast() throws Exception {
        try (Connection held = dataSource.getConnection()) {
            for (int attempt = 0; attempt < 3; attempt++) {
                assertThat(timedFailure()).as("attempt %d waited its turn for a pooled connection", attempt)
                        .isGreaterThanOrEqualTo(CONNECTION_TIMEOUT.minusMillis(50));
            }
            assertThat(dataSource.state()).isEqualTo(CircuitBreaker.State.CLOSED);
        }
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.isValid(1)).isTrue();
        }
    }

    @Test
    void onceTheDatabaseIsBackAProbeGetsThroughAndTheFastFailCloses() throws Exception {
        gate.cut();
        timedFailure();
        assertThat(dataSource.state()).isEqualTo(CircuitBreaker.State.OPEN);

        gate.open(host, port);

        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100))
                .ignoreExceptionsInstanceOf(SQLException.class).untilAsserted(() -> {
            try (Connection connection = dataSource.getConnection()) {
                assertThat(connection.isValid(1)).isTrue();
            }
        });
        assertThat(dataSource.state()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    private Duration timedFailure() {
        long start = System.nanoTime();
        assertThatThrownBy(dataSource::getConnection).isInstanceOf(SQLException.class);
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
