package io.avatarforge.worker.provider.resilience;

import io.avatarforge.worker.job.LeaseLostException;
import io.avatarforge.worker.job.LeaseKeeper;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TokensInheritanceStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Token buckets of {@code images_per_minute} tokens refilled smoothly over a minute. With a {@link ProxyManager} the
 * bucket state lives in the database, so every worker draws from the same bucket; without one (H2, the single-process
 * standalone mode) the buckets live in this process, which is the whole cluster there.
 */
final class Bucket4jRateLimiter implements ProviderRateLimiter {

    private final Function<String, Function<Integer, Bucket>> buckets;
    private final Duration renewEvery;
    private final Map<String, Bucket> local = new ConcurrentHashMap<>();

    private Bucket4jRateLimiter(@Nullable ProxyManager<Long> shared, Duration renewEvery) {
        this.renewEvery = renewEvery;
        if (shared != null) {
            // Config version = the rate itself: a changed images_per_minute replaces the stored configuration.
            this.buckets = key -> rate -> shared.builder()
                    .withImplicitConfigurationReplacement(rate, TokensInheritanceStrategy.PROPORTIONALLY)
                    .build(bucketId(key), () -> configuration(rate));
        } else {
            this.buckets = key -> rate -> local.computeIfAbsent(key + "@" + rate,
                    k -> Bucket.builder().addLimit(configuration(rate).getBandwidths()[0]).build());
        }
    }

    static Bucket4jRateLimiter shared(ProxyManager<Long> proxyManager, Duration renewEvery) {
        return new Bucket4jRateLimiter(proxyManager, renewEvery);
    }

    static Bucket4jRateLimiter inProcess(Duration renewEvery) {
        return new Bucket4jRateLimiter(null, renewEvery);
    }

    @Override
    public void acquire(String providerKey, int imagesPerMinute, LeaseKeeper lease) {
        if (imagesPerMinute <= 0) {
            return;
        }
        Bucket bucket = buckets.apply(providerKey).apply(imagesPerMinute);
        long sinceRenewal = 0;
        while (true) {
            ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
            if (probe.isConsumed()) {
                return;
            }
            long waitNanos = Math.min(probe.getNanosToWaitForRefill(), renewEvery.toNanos());
            if (sinceRenewal + waitNanos >= renewEvery.toNanos()) {
                if (!lease.renew()) {
                    throw new LeaseLostException("Lost the job's lease while waiting for a " + providerKey + " permit");
                }
                sinceRenewal = 0;
            }
            try {
                Thread.sleep(Duration.ofNanos(Math.max(waitNanos, 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LeaseLostException("Interrupted while waiting for a " + providerKey + " permit");
            }
            sinceRenewal += waitNanos;
        }
    }

    static BucketConfiguration configuration(int imagesPerMinute) {
        return BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(imagesPerMinute).refillGreedy(imagesPerMinute, Duration.ofMinutes(1)))
                .build();
    }

    /** A stable 64-bit row id per provider key, the same on every worker. */
    static long bucketId(String providerKey) {
        return UUID.nameUUIDFromBytes(("provider-rate-limit:" + providerKey).getBytes(StandardCharsets.UTF_8))
                .getMostSignificantBits();
    }
}
