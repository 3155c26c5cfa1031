package io.avatarforge.model.job;

import io.avatarforge.model.storage.ImageRef;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One row of {@code generation_job}, as every module reads it. */
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
        @Nullable String resultMetadata) {

    /** The actual cost once known, the reservation estimate before. */
    public BigDecimal costSoFar() {
        return actualCost != null ? actualCost : estimatedCost;
    }
}
