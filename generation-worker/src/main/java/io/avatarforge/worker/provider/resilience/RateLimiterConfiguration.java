package io.avatarforge.worker.provider.resilience;

import io.avatarforge.worker.WorkerProperties;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Picks the rate limiter's backend from the database in use: PostgreSQL shares each provider's bucket across all
 * workers (Bucket4j, advisory locks, table {@code provider_rate_limit} from migration V005). Any other database (H2 in
 * the standalone jar, which has no advisory locks) gets in-process buckets: there is only one worker process there.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ResilienceProperties.class)
class RateLimiterConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(RateLimiterConfiguration.class);
    static final String TABLE = "provider_rate_limit";

    @Bean
    ProviderRateLimiter providerRateLimiter(DataSource dataSource, WorkerProperties worker) {
        return forDataSource(dataSource, renewEvery(worker.lease()));
    }

    static ProviderRateLimiter forDataSource(DataSource dataSource, Duration renewEvery) {
        String product;
        try (Connection connection = dataSource.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot inspect the datasource for the provider rate limiter", e);
        }
        if ("PostgreSQL".equalsIgnoreCase(product)) {
            return Bucket4jRateLimiter.shared(Bucket4jPostgreSQL.advisoryLockBasedBuilder(dataSource)
                    .table(TABLE).idColumn("id").stateColumn("state").build(), renewEvery);
        }
        LOG.info("Provider rate limits are enforced in this process only ({} has no shared Bucket4j backend)",
                product);
        return Bucket4jRateLimiter.inProcess(renewEvery);
    }

    /** Renewing at a third of the lease leaves two thirds of it as margin against a slow database. */
    static Duration renewEvery(Duration lease) {
        return lease.dividedBy(3).compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : lease.dividedBy(3);
    }
}
