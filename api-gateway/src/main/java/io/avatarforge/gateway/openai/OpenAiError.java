package io.avatarforge.gateway.openai;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * OpenAI's error object, {@code {"error":{"message","type","code","param"}}}, which the SDKs parse into typed errors.
 */
@Schema(name = "OpenAiError", description = "OpenAI's error object")
record OpenAiError(Body error) {

    static final String INVALID_REQUEST = "invalid_request_error";
    static final String SERVER_ERROR = "server_error";

    OpenAiError(String message, String type, @Nullable String code, @Nullable String param) {
        this(new Body(message, type, code, param));
    }

    @Schema(name = "OpenAiErrorBody")
    record Body(
            String message,
            @Schema(example = INVALID_REQUEST) String type,
            @Schema(nullable = true, example = "model_not_found") @Nullable String code,
            @Schema(nullable = true, example = "model") @Nullable String param) {
    }
}
