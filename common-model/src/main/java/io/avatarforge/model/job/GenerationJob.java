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
        @Nullable Instant resultPurgedAt,
        Waiting waiting) {

    /**
     * A job waiting for its provider ({@code JobTransitions.defer}): why ({@code reason}, null when it is not waiting),
     * not to be claimed before {@code notBefore}, waiting since {@code since} (its first deferral, from which
     * {@code max_wait_seconds} counts) and how many of its claims ended in a deferral.
     */
    public record Waiting(@Nullable String reason, @Nullable Instant notBefore, @Nullable Instant since,
            int deferrals) {

        public static final Waiting NONE = new Waiting(null, null, null, 0);

        /** The one reason a job waits today: its providers are down or asked us to slow down. */
        public static final String WAITING_FOR_PROVIDER = "waiting_for_provider";
    }

    /** A job that was not answered from the result cache, whose result was not purged and that never waited. */
    public GenerationJob(JobId id, JobState state, @Nullable String userId, String style, String quality,
            String prompt, String provider, @Nullable String model, ImageRef inputImage, @Nullable ImageRef resultImage,
            BigDecimal estimatedCost, @Nullable BigDecimal actualCost, @Nullable String errorCode,
            @Nullable String errorMessage, int attempts, long configVersion, Instant createdAt,
            @Nullable Instant startedAt, @Nullable Instant finishedAt, @Nullable Long providerTimeMs,
            @Nullable Long totalTimeMs, @Nullable String resultMetadata) {
        this(id, state, userId, style, quality, prompt, provider, model, inputImage, resultImage, estimatedCost,
                actualCost, errorCode, errorMessage, attempts, configVersion, createdAt, startedAt, finishedAt,
                providerTimeMs, totalTimeMs, resultMetadata, null, null, Waiting.NONE);
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
