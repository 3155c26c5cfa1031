package io.avatarforge.gateway.openai;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * OpenAI's images response. {@code usage} holds the job's token counts as its provider reported them; zeros when it
 * reported none (the offline stylizer has no tokens).
 */
@Schema(name = "OpenAiImagesResponse")
record OpenAiImagesResponse(
        @Schema(description = "When the job was created, Unix seconds") long created,
        List<Image> data,
        Usage usage,
        @Schema(name = "output_format", allowableValues = {"png", "jpeg", "webp"}) String outputFormat,
        @Schema(allowableValues = {"low", "medium", "high"}, description = "The quality tier the job ran at")
        String quality,
        @Schema(example = "1024x1024", description = "The avatar's dimensions") String size) {

    @Schema(name = "OpenAiImage")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Image(
            @Schema(name = "b64_json", description = "The avatar, base64 (absent when response_format=url)")
            @Nullable String b64Json,
            @Schema(description = "The signed image URL, as the REST API gives it") String url) {
    }

    @Schema(name = "OpenAiImagesUsage")
    record Usage(
            @Schema(name = "input_tokens") long inputTokens,
            @Schema(name = "input_tokens_details") InputTokensDetails inputTokensDetails,
            @Schema(name = "output_tokens") long outputTokens,
            @Schema(name = "total_tokens") long totalTokens) {

        /** From the job's recorded usage ({@code input_tokens}, {@code input_text_tokens}, ...); absent counts 0. */
        static Usage of(@Nullable Map<String, Object> recorded) {
            Map<String, Object> counts = recorded == null ? Map.of() : recorded;
            long input = count(counts, "input_tokens");
            long output = count(counts, "output_tokens");
            long total = counts.containsKey("total_tokens") ? count(counts, "total_tokens") : input + output;
            return new Usage(input, new InputTokensDetails(count(counts, "input_image_tokens"),
                    count(counts, "input_text_tokens")), output, total);
        }

        private static long count(Map<String, Object> counts, String name) {
            return counts.get(name) instanceof Number number ? number.longValue() : 0;
        }
    }

    @Schema(name = "OpenAiImagesUsageInputDetails")
    record InputTokensDetails(
            @Schema(name = "image_tokens") long imageTokens,
            @Schema(name = "text_tokens") long textTokens) {
    }
}
