package io.avatarforge.gateway.ratelimit;

import io.avatarforge.gateway.web.ApiProblemException;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ExpiredEntriesCleaner;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * Requests per minute per scope ({@code user:<id>}, {@code key:<id>}), as Bucket4j token buckets: on PostgreSQL one
 * bucket row per scope shared by every gateway replica, so adding replicas never multiplies a caller's allowance;
 * on any other database (H2 in the standalone app, a single process) the buckets live in memory.
 */
public final class RequestRateLimiter {

    private static final Logger LOG = LoggerFactory.getLogger(RequestRateLimiter.class);
    static final String TABLE = "request_rate_limit";
    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final @Nullable ProxyManager<String> shared;
    private final Map<String, Bucket> local = new ConcurrentHashMap<>();

    private RequestRateLimiter(@Nullable ProxyManager<String> shared) {
        this.shared = shared;
    }

    public static RequestRateLimiter forDataSource(DataSource dataSource) {
        String product;
        try (Connection connection = dataSource.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot inspect the datasource for the request rate limiter", e);
        }
        if ("PostgreSQL".equalsIgnoreCase(product)) {
            return new RequestRateLimiter(Bucket4jPostgreSQL.advisoryLockBasedBuilder(dataSource)
                    .primaryKeyMapper(PrimaryKeyMapper.STRING)
                    .table(TABLE).idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                    .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(WINDOW))
                    .build());
        }
        LOG.info("Request rate limits are enforced in this process only ({} has no shared Bucket4j backend)", product);
        return new RequestRateLimiter(null);
    }

    /**
     * Takes one request from {@code scope}'s allowance of {@code perMinute}, or throws a 429 {@code rate_limited}
     * problem with {@code Retry-After} and the IETF {@code RateLimit-Policy} / {@code RateLimit} fields. A missing
     * or non-positive limit means unlimited.
     */
    public void check(String scope, @Nullable Integer perMinute, String who) {
        if (perMinute == null || perMinute <= 0) {
            return;
        }
        // The limit is part of the key, so a changed configuration starts a bucket of the new size at once.
        String key = scope + "@" + perMinute;
        ConsumptionProbe probe = bucket(key, perMinute).tryConsumeAndReturnRemaining(1);
        String policy = "\"per-minute\";q=" + perMinute + ";w=" + WINDOW.toSeconds();
        if (probe.isConsumed()) {
            return;
        }
        long retryAfter = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
        headers.set("RateLimit-Policy", policy);
        headers.set("RateLimit", "\"per-minute\";r=" + probe.getRemainingTokens() + ";t=" + retryAfter);
        throw new ApiProblemException(HttpStatus.TOO_MANY_REQUESTS, "rate_limited",
                "Too many requests for " + who + ": at most " + perMinute + " per minute; retry in " + retryAfter
                        + " s", headers);
    }

    /** Removes buckets that have refilled completely (idle callers); returns how many went. */
    public int removeIdle(int batch) {
        if (shared instanceof ExpiredEntriesCleaner cleaner) {
            return cleaner.removeExpired(batch);
        }
        return 0;
    }

    private Bucket bucket(String key, int perMinute) {
        BucketConfiguration configuration = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, WINDOW))
                .build();
        ProxyManager<String> proxies = shared;
        if (proxies != null) {
            return proxies.builder().build(key, () -> configuration);
        }
        return local.computeIfAbsent(key, ignored -> Bucket.builder().addLimit(configuration.getBandwidths()[0]).build());
    }
}
