package io.avatarforge.model.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /api/v1/avatar/generate}. JSON names are snake_case ({@code style_config}, {@code async_generation}).
 * The image size is bounded by the request-size cap and the image limits, not here.
 */
public record GenerateAvatarRequest(
        @NotBlank @Size(max = 2000) @Nullable String prompt,
        @NotBlank @Nullable String image,
        @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9_-]+") @Nullable String styleConfig,
        @Size(max = 16) @Nullable String quality,
        @Nullable Boolean async,
        @Nullable Boolean asyncGeneration,
        @Size(max = 128) @Nullable String userId,
        @Nullable Map<String, Object> metadata,
        /* Where the job's terminal event is POSTed (Standard Webhooks); checked by intake, absent: no webhook. */
        @Size(max = 2048) @Nullable String webhookUrl) {

    /** Either spelling asks for async; the specification's Python model used {@code async_generation}. */
    public boolean wantsAsync() {
        return Boolean.TRUE.equals(async) || Boolean.TRUE.equals(asyncGeneration);
    }
}
