package io.avatarforge.worker.provider.resilience;

import io.avatarforge.worker.job.LeaseLostException;
import io.avatarforge.worker.job.LeaseKeeper;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.avatarforge.testkit.PostgresTestDatabase;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The provider rate limit as two workers see it: two limiters, each with its own connection pool, on one PostgreSQL
 * schema. A limiter that must wait renews the job's lease; one that cannot renew it gives the job up.
 */
class SharedRateLimitTest {

    private static final Duration RENEW_EVERY = Duration.ofMillis(20);

    @Test
    void twoWorkersDrawFromOneBucketPerProvider() {
        String url = PostgresTestDatabase.freshSchemaUrl("ratelimit");
        migrate(url, "jsonb");
        ProviderRateLimiter first = RateLimiterConfiguration.forDataSource(postgres(url), RENEW_EVERY);
        ProviderRateLimiter second = RateLimiterConfiguration.forDataSource(postgres(url), RENEW_EVERY);
        AtomicInteger renewals = new AtomicInteger();
        LeaseKeeper lostLease = () -> {
            renewals.incrementAndGet();
            return false;
        };

        first.acquire("gpt_image_1", 3, LeaseKeeper.NONE);
        first.acquire("gpt_image_1", 3, LeaseKeeper.NONE);
        second.acquire("gpt_image_1", 3, LeaseKeeper.NONE);

        assertThatThrownBy(() -> second.acquire("gpt_image_1", 3, lostLease))
                .as("the second worker sees the permits the first one took").isInstanceOf(LeaseLostException.class);
        assertThatThrownBy(() -> first.acquire("gpt_image_1", 3, lostLease)).isInstanceOf(LeaseLostException.class);
        assertThat(renewals).hasValue(2);
        second.acquire("gemini", 3, lostLease);
        assertThat(JdbcClient.create(postgres(url)).sql("select count(*) from provider_rate_limit").query(Long.class)
                .single()).isEqualTo(2);
    }

    @Test
    void aJobWaitingForAPermitRenewsItsLeaseAndIsNotFailed() {
        String url = PostgresTestDatabase.freshSchemaUrl("ratewait");
        migrate(url, "jsonb");
        ProviderRateLimiter limiter = RateLimiterConfiguration.forDataSource(postgres(url), RENEW_EVERY);
        AtomicInteger renewals = new AtomicInteger();
        LeaseKeeper lease = () -> renewals.incrementAndGet() > 0;

        // 30 a minute: the bucket holds 30 permits and refills one every two seconds, so within a few more than
        // 30 calls one has to wait, renewing the lease, and then gets its permit.
        int granted = 0;
        while (renewals.get() == 0 && granted < 60) {
            limiter.acquire("gpt_image_1", 30, lease);
            granted++;
        }

        assertThat(renewals.get()).as("a permit had to be waited for").isPositive();
        assertThat(granted).isGreaterThan(30).isLessThan(60);
    }

    @Test
    void onH2TheBucketsLiveInTheProcess() {
        String url = "jdbc:h2:mem:ratelimit" + System.nanoTime() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        DriverManagerDataSource h2 = new DriverManagerDataSource(url, "sa", "");
        ProviderRateLimiter limiter = RateLimiterConfiguration.forDataSource(h2, RENEW_EVERY);

        limiter.acquire("gpt_image_1", 1, LeaseKeeper.NONE);

        assertThat(limiter).isInstanceOf(Bucket4jRateLimiter.class);
        assertThatThrownBy(() -> limiter.acquire("gpt_image_1", 1, () -> false))
                .isInstanceOf(LeaseLostException.class);
    }

    private static DataSource postgres(String url) {
        return new DriverManagerDataSource(url, PostgresTestDatabase.USER, PostgresTestDatabase.PASSWORD);
    }

    static void migrate(String url, String jsonType) {
        Flyway.configure()
                .dataSource(url, PostgresTestDatabase.USER, PostgresTestDatabase.PASSWORD)
                .placeholders(Map.of("json_type", jsonType))
                .load()
                .migrate();
    }
}
