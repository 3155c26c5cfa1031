package io.avatarforge.gateway.openai;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The multipart body of {@code POST /v1/images/edits} for the OpenAPI document only: the controller binds the files as
 * parts and the text fields as an {@link ImageEditForm}, whose constraints are the ones enforced.
 */
@Schema(name = "OpenAiImageEditRequest", description = "multipart/form-data, as OpenAI's SDKs send an image edit")
record ImageEditDocument(
        @Schema(type = "string", format = "binary", description = "The photo (PNG, JPEG or WebP); or image[]")
        @Nullable String image,
        @ArraySchema(arraySchema = @Schema(description = "Photos as the SDKs send several; the first is used"),
                schema = @Schema(type = "string", format = "binary"))
        @Schema(name = "image[]") @Nullable List<String> images,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minLength = 1, maxLength = 2000) String prompt,
        @Schema(description = "A style key of GET /v1/models; absent: the default style", maxLength = 64)
        @Nullable String model,
        @Schema(minimum = "1", maximum = "1", description = "Only 1") @Nullable Integer n,
        @Schema(allowableValues = {"low", "medium", "high", "auto", "standard", "hd"},
                description = "The quality tier; auto and standard: the default tier, hd: high")
        @Nullable String quality,
        @Schema(pattern = "^(auto|[1-9][0-9]{1,4}x[1-9][0-9]{1,4})$",
                description = "Accepted; the style's configuration decides the size") @Nullable String size,
        @Schema(maxLength = 128, description = "The end user; honoured like user_id (trusted_server keys only)")
        @Nullable String user,
        @Schema(name = "output_format", allowableValues = {"png", "jpeg", "webp"},
                description = "Accepted; the answer's output_format says what the image is")
        @Nullable String outputFormat,
        @Schema(name = "response_format", allowableValues = {"b64_json", "url"}, defaultValue = "b64_json")
        @Nullable String responseFormat,
        @Schema(allowableValues = "false", description = "Streaming is not supported") @Nullable Boolean stream) {
}
