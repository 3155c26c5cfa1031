package io.avatarforge.model.config;

import org.jspecify.annotations.Nullable;

/** {@code service_config.rate_limits}: requests per minute per API key and per user, shared across replicas. */
public record RateLimits(@Nullable Integer perKeyPerMinute, @Nullable Integer perUserPerMinute) {
}
