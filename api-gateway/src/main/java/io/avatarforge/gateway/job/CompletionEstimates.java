package io.avatarforge.gateway.job;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.avatarforge.gateway.GatewayProperties;
import java.time.Clock;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * How long a job of one provider and quality is expected to take: the mean of the latest completed jobs of that
 * pair in the last six hours, else {@code avatar.gateway.default-estimate-seconds}. Intake and status polling ask on
 * every request, so each answer is reused for a few seconds instead of aggregating job rows per request.
 */
@Component
public class CompletionEstimates {

    private static final Duration LOOKBACK = Duration.ofHours(6);
    private static final Duration REUSE = Duration.ofSeconds(5);

    private final GatewayJobRepository jobs;
    private final Clock clock;
    private final double defaultSeconds;
    private final Cache<String, Double> recent = Caffeine.newBuilder()
            .expireAfterWrite(REUSE)
            .maximumSize(1_000)
            .build();

    CompletionEstimates(GatewayJobRepository jobs, Clock clock, GatewayProperties properties) {
        this.jobs = jobs;
        this.clock = clock;
        this.defaultSeconds = properties.defaultEstimateSeconds();
    }

    public double expectedSeconds(String provider, String quality) {
        return recent.get(provider + '\u0000' + quality, ignored -> jobs
                .recentAverageSeconds(provider, quality, clock.instant().minus(LOOKBACK))
                .orElse(defaultSeconds));
    }
}
