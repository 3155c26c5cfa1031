package io.avatarforge.model.config;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** {@code service_config}. */
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
        @Nullable RateLimits rateLimits) {
}
