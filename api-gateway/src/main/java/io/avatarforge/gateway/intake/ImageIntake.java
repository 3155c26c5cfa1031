package io.avatarforge.gateway.intake;

import io.avatarforge.gateway.web.ApiProblemException;
import io.avatarforge.platform.image.ImagePreparation;
import io.avatarforge.gateway.web.ProblemCode;
import io.avatarforge.model.image.ImageRejectedException;
import io.avatarforge.model.image.PreparedImage;
import java.util.Base64;
import java.util.Locale;

/**
 * Accepts the request's {@code image}: loads it (base64, {@code data:} URI, or an http(s) URL through
 * {@link RemoteImageFetcher}), recognises PNG, JPEG or WebP from its bytes, and refuses it by byte size or by the pixel
 * count its header declares, without decoding a pixel. The accepted bytes are stored as they came; decoding, EXIF
 * orientation and downscaling happen in the worker ({@link ImagePreparation#prepare}), so that the request path stays
 * cheap and that CPU-heavy work scales with the workers.
 */
public final class ImageIntake {

    private final ImageIntakeLimits limits;
    private final RemoteImageFetcher fetcher;
    private final ImagePreparation images;

    public ImageIntake(ImageIntakeLimits limits, RemoteImageFetcher fetcher) {
        this.limits = limits;
        this.fetcher = fetcher;
        // The longest side does not matter here: nothing is scaled at intake.
        this.images = new ImagePreparation(limits.maxBytes(), limits.maxPixels(), Integer.MAX_VALUE);
    }

    /** Loads and checks the request's {@code image}; every refusal is an {@link ApiProblemException}. */
    public PreparedImage accept(String image) {
        return acceptBytes(load(image.strip()));
    }

    /** Checks image bytes already in memory: format, byte size, declared pixel count. */
    public PreparedImage acceptBytes(byte[] bytes) {
        try {
            ImagePreparation.Inspected inspected = images.inspect(bytes);
            return new PreparedImage(bytes, inspected.format().contentType(), inspected.width(), inspected.height());
        } catch (ImageRejectedException e) {
            throw switch (e.reason()) {
                case INVALID -> invalid(e.getMessage());
                case UNSUPPORTED_FORMAT -> new ApiProblemException(ProblemCode.UNSUPPORTED_IMAGE_FORMAT, e.getMessage());
                case TOO_LARGE -> tooLarge(e.getMessage());
            };
        }
    }

    private byte[] load(String image) {
        if (image.isEmpty()) {
            throw invalid("image is empty");
        }
        if (image.regionMatches(true, 0, "data:", 0, 5)) {
            int comma = image.indexOf(',');
            if (comma < 0) {
                throw invalid("The data: URI has no data");
            }
            // The declared media type is ignored on purpose: the bytes decide what the image is.
            if (!image.substring(5, comma).toLowerCase(Locale.ROOT).endsWith(";base64")) {
                throw invalid("A data: URI image must be base64-encoded (data:image/...;base64,...)");
            }
            return decodeBase64(image.substring(comma + 1));
        }
        if (image.indexOf(':') >= 0) {
            // Base64 never contains a colon, so this is a URL of some scheme; the fetcher refuses all but http(s).
            return fetcher.fetch(image);
        }
        return decodeBase64(image);
    }

    private byte[] decodeBase64(String encoded) {
        if (decodedSize(encoded) <= limits.maxBytes()) {
            try {
                // The common case, plain base64 on one line, in one pass: scanning for whitespace or the URL-safe
                // alphabet first cost more CPU than the decoding itself (profiled under load).
                return Base64.getDecoder().decode(encoded);
            } catch (IllegalArgumentException notPlain) {
                // Line breaks or the URL-safe alphabet; handled below.
            }
        }
        String compact = encoded.replaceAll("\\s+", "");
        // Refused before decoding so that an oversized string does not also cost its decoded copy.
        if (decodedSize(compact) > limits.maxBytes()) {
            throw tooLarge("The image is about " + decodedSize(compact) + " bytes; the limit is "
                    + limits.maxBytes() + " bytes");
        }
        try {
            boolean urlSafe = compact.indexOf('-') >= 0 || compact.indexOf('_') >= 0;
            return (urlSafe ? Base64.getUrlDecoder() : Base64.getDecoder()).decode(compact);
        } catch (IllegalArgumentException e) {
            throw invalid("image is neither valid base64, a data: URI, nor an http(s) URL");
        }
    }

    private static long decodedSize(String encoded) {
        return encoded.length() / 4L * 3 - 2;
    }

    private static ApiProblemException invalid(String detail) {
        return new ApiProblemException(ProblemCode.INVALID_IMAGE, detail);
    }

    static ApiProblemException tooLarge(String detail) {
        return new ApiProblemException(ProblemCode.IMAGE_TOO_LARGE, detail);
    }
}
