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
        boolean imageExpired) {

    /** A status without result metadata (a job that has not completed). */
    public JobStatusResponse(String status, String avatarId, @Nullable String imageUrl, int progressPercent,
            @Nullable String errorMessage, @Nullable String errorCode, Instant createdAt, @Nullable Instant completedAt,
            @Nullable String provider, @Nullable String model, @Nullable BigDecimal cost, @Nullable Long queuePosition,
            @Nullable Long estimatedCompletionSeconds) {
        this(status, avatarId, imageUrl, progressPercent, errorMessage, errorCode, createdAt, completedAt, provider,
                model, cost, queuePosition, estimatedCompletionSeconds, new Metadata(false), false);
    }

    /** About a completed job's result: {@code cached}, answered from the result cache at no cost. */
    public record Metadata(boolean cached) {
    }
}
