package io.avatarforge.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.avatarforge.gateway.web.ApiProblemException;
import io.avatarforge.testkit.PostgresTestDatabase;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** Request rate limits: one allowance per caller however many gateway replicas share the database. */
class RequestRateLimiterTest {

    @Test
    void twoReplicasOnOnePostgresShareOneAllowance() {
        SimpleDriverDataSource dataSource = migratedPostgres();
        RequestRateLimiter first = RequestRateLimiter.forDataSource(dataSource);
        RequestRateLimiter second = RequestRateLimiter.forDataSource(dataSource);

        first.check("user:ann", 3, "user ann");
        second.check("user:ann", 3, "user ann");
        first.check("user:ann", 3, "user ann");

        assertThatThrownBy(() -> second.check("user:ann", 3, "user ann"))
                .isInstanceOfSatisfying(ApiProblemException.class, refusal -> {
                    assertThat(refusal.status().value()).isEqualTo(429);
                    assertThat(refusal.code()).isEqualTo("rate_limited");
                    long retryAfter = Long.parseLong(refusal.headers().getFirst(HttpHeaders.RETRY_AFTER));
                    assertThat(retryAfter).isBetween(1L, 60L);
                    assertThat(refusal.headers().getFirst("RateLimit-Policy")).isEqualTo("\"per-minute\";q=3;w=60");
                    assertThat(refusal.headers().getFirst("RateLimit")).isEqualTo("\"per-minute\";r=0;t=" + retryAfter);
                });
        assertThatCode(() -> second.check("user:bob", 3, "user bob")).as("another caller").doesNotThrowAnyException();
    }

    @Test
    void aConcurrentBurstOnOneKeyThroughTwoReplicasGetsExactlyTheAllowance() throws Exception {
        SimpleDriverDataSource dataSource = migratedPostgres();
        List<RequestRateLimiter> replicas = List.of(RequestRateLimiter.forDataSource(dataSource),
                RequestRateLimiter.forDataSource(dataSource));
        AtomicInteger allowed = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        List<RuntimeException> failures = new CopyOnWriteArrayList<>();
        long started = System.nanoTime();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 80; i++) {
                RequestRateLimiter replica = replicas.get(i % 2);
                threads.submit(() -> {
                    try {
                        replica.check("key:busy-backend", 25, "this API key");
                        allowed.incrementAndGet();
                    } catch (ApiProblemException e) {
                        refused.incrementAndGet();
                    } catch (RuntimeException e) {
                        failures.add(e);
                    }
                });
            }
        }

        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(failures).isEmpty();
        // The bucket refills one request every 60/25 = 2.4 s: on a loaded machine a burst can last long enough for
        // a refill to come due, which is the limit working, not a leak. Never more than the allowance plus those.
        int refilled = (int) (elapsedMillis / 2400);
        assertThat(allowed.get()).as("allowed in a burst of %d ms", elapsedMillis).isBetween(25, 25 + refilled);
        assertThat(allowed.get() + refused.get()).isEqualTo(80);
    }

    @Test
    void aChangedLimitTakesEffectAtOnceAndNoLimitMeansUnlimited() {
        RequestRateLimiter limiter = RequestRateLimiter.forDataSource(migratedPostgres());
        limiter.check("key:k1", 1, "key k1");
        assertThatThrownBy(() -> limiter.check("key:k1", 1, "key k1")).isInstanceOf(ApiProblemException.class);

        assertThatCode(() -> limiter.check("key:k1", 5, "key k1")).doesNotThrowAnyException();
        for (int i = 0; i < 100; i++) {
            limiter.check("key:k1", null, "key k1");
        }
    }

    @Test
    void withoutPostgresTheAllowanceIsKeptInTheProcess() {
        SimpleDriverDataSource h2 = new SimpleDriverDataSource(new org.h2.Driver(),
                "jdbc:h2:mem:rates;MODE=PostgreSQL", "sa", "");
        RequestRateLimiter limiter = RequestRateLimiter.forDataSource(h2);
        limiter.check("user:ann", 2, "user ann");
        limiter.check("user:ann", 2, "user ann");
        assertThatThrownBy(() -> limiter.check("user:ann", 2, "user ann"))
                .isInstanceOfSatisfying(ApiProblemException.class, e -> assertThat(e.code()).isEqualTo("rate_limited"));
    }

    private static SimpleDriverDataSource migratedPostgres() {
        SimpleDriverDataSource dataSource = new SimpleDriverDataSource(new org.postgresql.Driver(),
                PostgresTestDatabase.freshSchemaUrl("rates"), PostgresTestDatabase.USER, PostgresTestDatabase.PASSWORD);
        Flyway.configure().dataSource(dataSource).placeholders(Map.of("json_type", "jsonb")).load().migrate();
        return dataSource;
    }
}
