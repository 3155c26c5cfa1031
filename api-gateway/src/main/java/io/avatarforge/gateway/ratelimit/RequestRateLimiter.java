package io.avatarforge.gateway.ratelimit;

import io.avatarforge.gateway.web.ApiProblemException;
import io.avatarforge.gateway.web.ProblemCode;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketExceptions;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.BucketNotFoundException;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ExpiredEntriesCleaner;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;

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
    /*
     * Buckets are kept, not rebuilt per request: a shared bucket batches the requests that arrive while one of its
     * round trips is in flight into the next one (Bucket4j's batching optimization, which lives in the bucket
     * object), so a hot scope such as a busy backend's API key costs one row lock per batch instead of one per
     * request, with the limit still exact. A bucket idle for two minutes has refilled completely, so dropping it
     * loses nothing (the shared state is in the table anyway).
     */
    private final Cache<String, Buckets> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(2))
            .maximumSize(100_000)
            .build();

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
        ConsumptionProbe probe;
        try {
            probe = bucket(key, perMinute).tryConsume();
        } catch (BucketExceptions.BucketExecutionException e) {
            // Bucket4j runs only its own fixed statements, so one that fails (a connection closed under it, the
            // database gone) is the database's failure, answered 503 service_unavailable, never a 500.
            throw new DataAccessResourceFailureException("The request rate limit could not be checked", e);
        }
        String policy = "\"per-minute\";q=" + perMinute + ";w=" + WINDOW.toSeconds();
        if (probe.isConsumed()) {
            return;
        }
        long retryAfter = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
        headers.set("RateLimit-Policy", policy);
        headers.set("RateLimit", "\"per-minute\";r=" + probe.getRemainingTokens() + ";t=" + retryAfter);
        throw new ApiProblemException(ProblemCode.RATE_LIMITED,
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

    private Buckets bucket(String key, int perMinute) {
        return buckets.get(key, ignored -> newBuckets(key, perMinute));
    }

    private Buckets newBuckets(String key, int perMinute) {
        BucketConfiguration configuration = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, WINDOW))
                .build();
        ProxyManager<String> proxies = shared;
        if (proxies != null) {
            return new Buckets(proxies.builder().withOptimization(Optimizations.batching()).build(key, () -> configuration),
                    proxies.builder().build(key, () -> configuration));
        }
        Bucket local = Bucket.builder().addLimit(configuration.getBandwidths()[0]).build();
        return new Buckets(local, local);
    }

    /**
     * One scope's bucket, batched, and the same row without batching. A batch of commands cannot create a missing
     * row (Bucket4j answers {@link BucketNotFoundException} to every command in it), which happens on a scope's
     * first request and after the idle sweep removed its row; then nothing was consumed, and the plain bucket,
     * which creates the row, takes the request instead.
     */
    private record Buckets(Bucket batched, Bucket plain) {

        ConsumptionProbe tryConsume() {
            try {
                return batched.tryConsumeAndReturnRemaining(1);
            } catch (RuntimeException e) {
                if (!missingRow(e)) {
                    throw e;
                }
                return plain.tryConsumeAndReturnRemaining(1);
            }
        }

        private static boolean missingRow(Throwable e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof BucketNotFoundException) {
                    return true;
                }
            }
            return false;
        }
    }
}
