package io.avatarforge.model.config;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code service_config}. {@code maxWaitSeconds}: see {@link #maxWait()}. {@code cacheScope}: whose results the result cache shares, {@code "user"} (the default: one
 * user's photo never answers another's request) or {@code "global"}.
 */
public record ServiceConfig(
        String defaultQuality,
        String defaultStyle,
        int maxConcurrentGenerations,
        int defaultTimeoutSeconds,
        boolean enableCaching,
        int cacheTtlHours,
        String defaultProvider,
        @Nullable List<String> fallbackProviders,
        @Nullable CostLimits costLimits,
        @Nullable RateLimits rateLimits,
        @Nullable String cacheScope,
        @Nullable Integer maxWaitSeconds) {

    /** When {@code max_wait_seconds} is not set: a quarter of an hour, long enough to ride out a typical outage. */
    public static final int DEFAULT_MAX_WAIT_SECONDS = 900;

    public static final String CACHE_SCOPE_USER = "user";
    public static final String CACHE_SCOPE_GLOBAL = "global";

    /**
     * How long a job waits for providers that are down or rate limiting it, from its first deferral, before it fails
     * with {@code provider_unavailable}; 0 fails it at once (no waiting).
     */
    public java.time.Duration maxWait() {
        return java.time.Duration.ofSeconds(maxWaitSeconds == null ? DEFAULT_MAX_WAIT_SECONDS
                : Math.max(0, maxWaitSeconds));
    }

    /** Whether the result cache shares results across users. */
    public boolean cacheSharedAcrossUsers() {
        return CACHE_SCOPE_GLOBAL.equals(cacheScope);
    }
}
