package io.avatarforge.model.api;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * {@code GET /api/v1/avatar/status/{job_id}}, and each {@code status} event of its stream. {@code queuePosition} (the
 * queued jobs of the same provider created before this one) and {@code estimatedCompletionSeconds} are set only while
 * the job is queued. {@code metadata.cached}: whether a completed job was answered from the result cache (false before
 * it completed). {@code imageExpired}: the job completed, but its
 * image was deleted (its retention ran out, or it was erased on request); {@code imageUrl} is then null.
 * {@code waitReason}: set while a queued job waits for its provider ({@code "waiting_for_provider"}: the provider is
 * down or rate limiting, and the job is retried until {@code service_config.max_wait_seconds}); {@code retryAt}: when
 * it is tried next, while it waits (it may then be back in a worker's hands with the reason still set).
 */
public record JobStatusResponse(
        String status,
        String avatarId,
        @Nullable String imageUrl,
        int progressPercent,
        @Nullable String errorMessage,
        @Nullable String errorCode,
        Instant createdAt,
        @Nullable Instant completedAt,
        @Nullable String provider,
        @Nullable String model,
        @Nullable BigDecimal cost,
        @Nullable Long queuePosition,
        @Nullable Long estimatedCompletionSeconds,
        Metadata metadata,
        boolean imageExpired,
        @Nullable String waitReason,
        @Nullable Instant retryAt) {

    /** A status without result metadata (a job that has not completed). */
    public JobStatusResponse(String status, String avatarId, @Nullable String imageUrl, int progressPercent,
            @Nullable String errorMessage, @Nullable String errorCode, Instant createdAt, @Nullable Instant completedAt,
            @Nullable String provider, @Nullable String model, @Nullable BigDecimal cost, @Nullable Long queuePosition,
            @Nullable Long estimatedCompletionSeconds) {
        this(status, avatarId, imageUrl, progressPercent, errorMessage, errorCode, createdAt, completedAt, provider,
                model, cost, queuePosition, estimatedCompletionSeconds, new Metadata(false), false, null, null);
    }

    /** About a completed job's result: {@code cached}, answered from the result cache at no cost. */
    public record Metadata(boolean cached) {
    }
}
