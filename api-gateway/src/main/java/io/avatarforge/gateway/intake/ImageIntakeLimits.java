package io.avatarforge.gateway.intake;

import java.time.Duration;

/**
 * What intake accepts: the byte size of an image (inline or fetched), its pixel count as declared by its header, and
 * the fetcher's timeouts and redirect budget.
 */
public record ImageIntakeLimits(long maxBytes, long maxPixels, Duration connectTimeout, Duration readTimeout,
        int maxRedirects) {

    public ImageIntakeLimits {
        if (maxBytes < 1 || maxPixels < 1 || maxRedirects < 0) {
            throw new IllegalArgumentException("Image intake limits must be positive");
        }
        if (connectTimeout.isNegative() || connectTimeout.isZero() || readTimeout.isNegative()
                || readTimeout.isZero()) {
            throw new IllegalArgumentException("Image fetch timeouts must be positive");
        }
    }
}
