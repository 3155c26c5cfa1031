package io.avatarforge.gateway.health;

import java.sql.Connection;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The database in readiness, answered within {@link #BUDGET} whatever the database does. Spring Boot's {@code db}
 * indicator waits for a pooled connection as long as a request would (Hikari's connection timeout), so during an
 * outage a probe would hang past a load balancer's probe timeout; this one gives up after its budget and says DOWN.
 * The check it abandons ends by itself within the pool's connection timeout.
 */
@Component("database")
class DatabaseReadinessIndicator implements HealthIndicator {

    static final Duration BUDGET = Duration.ofMillis(1000);

    private final DataSource dataSource;

    DatabaseReadinessIndicator(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Health health() {
        CompletableFuture<Boolean> check = CompletableFuture.supplyAsync(this::valid,
                runnable -> Thread.ofVirtual().name("database-readiness").start(runnable));
        try {
            return check.get(BUDGET.toMillis(), TimeUnit.MILLISECONDS) ? Health.up().build()
                    : Health.down().withDetail("error", "connection not valid").build();
        } catch (TimeoutException e) {
            return Health.down().withDetail("error", "no answer within " + BUDGET.toMillis() + " ms").build();
        } catch (ExecutionException e) {
            return Health.down().withDetail("error", e.getCause().getClass().getSimpleName()).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.down().build();
        }
    }

    private boolean valid() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(1);
        } catch (java.sql.SQLException e) {
            throw new java.util.concurrent.CompletionException(e);
        }
    }
}
