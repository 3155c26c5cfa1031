package io.avatarforge.gateway.web;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

/**
 * Makes a request pay the pool's connection wait at most once per database outage. Without it every step of a request
 * that touches the database (the API-key lookup, the JDBC rate limiter, the controller) waited Hikari's connection
 * timeout in turn, and every request after it again. The gateway's DataSource is wrapped in a circuit breaker on
 * {@code getConnection}: the first connection failure opens it, and for {@link #OPEN_FOR} every {@code getConnection}
 * throws at once an exception {@link DatabaseOutages} classifies as an outage; then one call probes (half-open), and the
 * breaker closes as soon as a connection is had again.
 *
 * <p>Only a failure to reach the database counts ({@link #connectionFailure}): a pool exhausted under load times out
 * with no cause and must keep waiting its turn, never fail fast. A gateway-role bean; in the standalone process the
 * worker shares the one DataSource and sees the fast failures too, which its {@code DurableWrites} retries with backoff
 * like any other database failure.
 */
@Component
class DatabaseFastFail implements BeanPostProcessor {

    /** Short enough that recovery is noticed within a second or two, long enough to spare the requests in between. */
    static final Duration OPEN_FOR = Duration.ofSeconds(1);

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof DataSource dataSource && !(bean instanceof FastFailingDataSource)
                ? new FastFailingDataSource(dataSource, OPEN_FOR) : bean;
    }

    /**
     * Whether {@code failure} says the database could not be reached (connection refused or reset, unknown host,
     * SQLSTATE 08 or 57P), searched down the cause chain: Hikari's connection timeout carries the last connection
     * failure as its cause when the database is down, and none when the pool was merely exhausted.
     */
    static boolean connectionFailure(@Nullable Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.net.SocketException || t instanceof java.net.UnknownHostException
                    || t instanceof java.net.SocketTimeoutException
                    || t instanceof SQLException sql && DatabaseOutages.connectionLostState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    static final class FastFailingDataSource extends DelegatingDataSource {

        private final CircuitBreaker breaker;
        private final Duration openFor;
        /** The failure that opened the breaker, as the cause of the fast failures (so the WARN line names it). */
        private final AtomicReference<@Nullable Throwable> lastFailure = new AtomicReference<>();

        FastFailingDataSource(DataSource target, Duration openFor) {
            super(target);
            this.openFor = openFor;
            this.breaker = CircuitBreaker.of("database", CircuitBreakerConfig.custom()
                    .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                    .slidingWindowSize(1)
                    .minimumNumberOfCalls(1)
                    .failureRateThreshold(50)
                    .waitDurationInOpenState(openFor)
                    .permittedNumberOfCallsInHalfOpenState(1)
                    .recordException(DatabaseFastFail::connectionFailure)
                    .build());
        }

        @Override
        public Connection getConnection() throws SQLException {
            return connect(() -> obtainTargetDataSource().getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return connect(() -> obtainTargetDataSource().getConnection(username, password));
        }

        private Connection connect(ConnectionSource source) throws SQLException {
            if (!breaker.tryAcquirePermission()) {
                throw new SQLTransientConnectionException("The database could not be reached a moment ago; failing "
                        + "fast for up to " + openFor.toMillis() + " ms before trying again", "08001",
                        lastFailure.get());
            }
            long start = System.nanoTime();
            try {
                Connection connection = source.get();
                breaker.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
                return connection;
            } catch (SQLException | RuntimeException e) {
                if (connectionFailure(e)) {
                    lastFailure.set(e);
                }
                breaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, e);
                throw e;
            }
        }

        CircuitBreaker.State state() {
            return breaker.getState();
        }
    }

    @FunctionalInterface
    private interface ConnectionSource {
        Connection get() throws SQLException;
    }
}
