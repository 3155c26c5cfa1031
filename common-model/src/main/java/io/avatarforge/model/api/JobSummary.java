package io.avatarforge.model.api;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One job in {@code GET /api/v1/avatar/jobs}: who it is for, what was asked, where it stands and what it cost so far
 * (the reservation estimate until it finished). {@code retryOf}: the job it retries, when it was created by a retry.
 */
public record JobSummary(
        String jobId,
        String status,
        @Nullable String userId,
        String style,
        String quality,
        String provider,
        @Nullable String model,
        BigDecimal cost,
        @Nullable String errorCode,
        Instant createdAt,
        @Nullable Instant finishedAt,
        boolean cached,
        @Nullable String retryOf) {
}
