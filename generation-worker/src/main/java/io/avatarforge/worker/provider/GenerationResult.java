package io.avatarforge.worker.provider;

import java.math.BigDecimal;
import java.util.Map;

/** A provider's output: the image bytes (never a URL: we store and serve it ourselves), the model and the cost. */
public record GenerationResult(byte[] image, String contentType, String model, BigDecimal cost,
        Map<String, Object> usage) {
}
