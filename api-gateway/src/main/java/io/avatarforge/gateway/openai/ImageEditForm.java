package io.avatarforge.gateway.openai;

import jakarta.validation.constraints.AssertFalse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.BindParam;

/**
 * The text fields of {@code POST /v1/images/edits} as the OpenAI SDKs send them (multipart form fields; the files are
 * parts of their own). Fields OpenAI defines that do not apply here (background, input_fidelity, moderation,
 * output_compression, partial_images) are ignored; those that would change the answer's shape are refused.
 */
record ImageEditForm(
        @NotBlank @Size(max = 2000) @Nullable String prompt,
        /* A style key of GET /v1/models; absent: the default style. */
        @Size(max = 64) @Nullable String model,
        @Min(value = 1, message = "only n=1 is supported") @Max(value = 1, message = "only n=1 is supported")
        @Nullable Integer n,
        @Pattern(regexp = "low|medium|high|auto|standard|hd", message = "must be low, medium, high or auto")
        @Nullable String quality,
        /* Accepted for compatibility; the style's configuration decides the size (the answer says which). */
        @Pattern(regexp = "auto|[1-9][0-9]{1,4}x[1-9][0-9]{1,4}", message = "must be auto or WIDTHxHEIGHT")
        @Nullable String size,
        @Size(max = 128) @Nullable String user,
        /* Accepted for compatibility; the answer's output_format says which format the image is. */
        @BindParam("output_format") @Pattern(regexp = "png|jpeg|webp", message = "must be png, jpeg or webp")
        @Nullable String outputFormat,
        @BindParam("response_format") @Pattern(regexp = "b64_json|url", message = "must be b64_json or url")
        @Nullable String responseFormat,
        @AssertFalse(message = "streaming is not supported") @Nullable Boolean stream) {

    /** This service's quality tier: OpenAI's low/medium/high are its own; auto (and dall-e's standard) the default. */
    @Nullable String qualityTier() {
        if (quality == null) {
            return null;
        }
        return switch (quality) {
            case "low", "medium", "high" -> quality;
            case "hd" -> "high";
            default -> null;
        };
    }

    boolean wantsUrlOnly() {
        return "url".equals(responseFormat);
    }
}
