package io.avatarforge.model.api;

import java.math.BigDecimal;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The 200 answer of a synchronous generation that finished within the wait. */
public record GenerationSuccessResponse(
        String status,
        String avatarId,
        String imageUrl,
        long generationTimeMs,
        String qualityUsed,
        BigDecimal costEstimate,
        ResultMetadata metadata) {

    public record ResultMetadata(
            String provider,
            @Nullable String modelVersion,
            boolean cached,
            String styleConfig,
            @Nullable Map<String, Object> usage) {
    }
}
