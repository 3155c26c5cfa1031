package io.avatarforge.model.job;

import io.avatarforge.model.storage.ImageRef;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One row of {@code generation_job}, as every module reads it. {@code cachedFrom}: the job whose result answered this
 * one (the result cache), null for a job that generated its own. {@code resultPurgedAt}: when its result image was
 * deleted from the store (retention or erasure); the reference stays so the status can say the image expired.
 */
public record GenerationJob(
        JobId id,
        JobState state,
        @Nullable String userId,
        String style,
        String quality,
        String prompt,
        String provider,
        @Nullable String model,
        ImageRef inputImage,
        @Nullable ImageRef resultImage,
        BigDecimal estimatedCost,
        @Nullable BigDecimal actualCost,
        @Nullable String errorCode,
        @Nullable String errorMessage,
        int attempts,
        long configVersion,
        Instant createdAt,
        @Nullable Instant startedAt,
        @Nullable Instant finishedAt,
        @Nullable Long providerTimeMs,
        @Nullable Long totalTimeMs,
        @Nullable String resultMetadata,
        @Nullable JobId cachedFrom,
        @Nullable Instant resultPurgedAt) {

    /** A job that was not answered from the result cache and whose result was not purged. */
    public GenerationJob(JobId id, JobState state, @Nullable String userId, String style, String quality,
            String prompt, String provider, @Nullable String model, ImageRef inputImage, @Nullable ImageRef resultImage,
            BigDecimal estimatedCost, @Nullable BigDecimal actualCost, @Nullable String errorCode,
            @Nullable String errorMessage, int attempts, long configVersion, Instant createdAt,
            @Nullable Instant startedAt, @Nullable Instant finishedAt, @Nullable Long providerTimeMs,
            @Nullable Long totalTimeMs, @Nullable String resultMetadata) {
        this(id, state, userId, style, quality, prompt, provider, model, inputImage, resultImage, estimatedCost,
                actualCost, errorCode, errorMessage, attempts, configVersion, createdAt, startedAt, finishedAt,
                providerTimeMs, totalTimeMs, resultMetadata, null, null);
    }

    /** Completed with another job's result (a cache hit, or a wait for an identical job in flight), at no cost. */
    public boolean cached() {
        return cachedFrom != null && state == JobState.COMPLETED;
    }

    /** Whether its result image was deleted (its retention ran out, or it was erased on request). */
    public boolean resultPurged() {
        return resultPurgedAt != null;
    }

    /** The actual cost once known, the reservation estimate before. */
    public BigDecimal costSoFar() {
        return actualCost != null ? actualCost : estimatedCost;
    }
}
