package io.avatarforge.model.config;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code service_config}. {@code cacheScope}: whose results the result cache shares, {@code "user"} (the default: one
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
        @Nullable String cacheScope) {

    public static final String CACHE_SCOPE_USER = "user";
    public static final String CACHE_SCOPE_GLOBAL = "global";

    /** Whether the result cache shares results across users. */
    public boolean cacheSharedAcrossUsers() {
        return CACHE_SCOPE_GLOBAL.equals(cacheScope);
    }
}
