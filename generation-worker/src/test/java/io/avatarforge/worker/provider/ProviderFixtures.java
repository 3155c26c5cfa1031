package io.avatarforge.worker.provider;

import io.avatarforge.platform.config.ConfigLoader;
import io.avatarforge.model.config.ProviderConfig;
import io.avatarforge.model.config.StyleTemplate;
import io.avatarforge.model.job.JobId;
import io.avatarforge.testkit.TestImages;
import java.util.Base64;
import java.util.Map;

/** Provider configs, calls and realistic provider answers for tests against local stand-ins. */
public final class ProviderFixtures {

    public static final String STYLE_TEXT = "3D cartoon character in Pixar animation style";
    public static final String USER_WORDS = "wearing a red pirate hat";
    public static final byte[] RESULT_PNG = TestImages.encode(TestImages.face(32, 32), "png");
    public static final byte[] INPUT_JPEG = TestImages.encode(TestImages.face(64, 64), "jpg");

    private static final ConfigLoader LOADER = new ConfigLoader(Map.of());

    private ProviderFixtures() {
    }

    public static ProviderConfig providerConfig(String json) {
        return LOADER.mapper().readValue(json, ProviderConfig.class);
    }

    /** An OpenAI entry pointed at a stand-in, with the specification's quality tiers; {@code extra} adds fields. */
    /*
     * Timeouts here are generous on purpose: the first call through a cold SDK (class loading, connection set-up) on a
     * loaded two-core CI machine took over 5 s once and was retried, failing a test that expects one attempt. Tests of
     * the timeout itself set a short one in {@code extra}.
     */
    public static ProviderConfig openAi(String baseUrl, String extra) {
        return providerConfig("""
                {"type": "openai", "api_key": "sk-test", "model": "gpt-image-2", "base_url": "%s/v1",
                 "max_retries": 2, "timeout_seconds": 30,
                 "quality_settings": {"low": {"quality": "low", "cost": 0.02},
                                      "medium": {"quality": "medium", "cost": 0.07},
                                      "high": {"quality": "high", "cost": 0.19}},
                 "safety_settings": {"moderation": "auto"}%s}
                """.formatted(baseUrl, extra.isBlank() ? "" : ", " + extra));
    }

    public static ProviderConfig gemini(String baseUrl, String extra) {
        return providerConfig("""
                {"type": "gemini", "api_key": "gm-test", "model": "gemini-2.5-flash-image", "base_url": "%s",
                 "max_retries": 1, "timeout_seconds": 30%s}
                """.formatted(baseUrl, extra.isBlank() ? "" : ", " + extra));
    }

    public static StyleTemplate aStyle() {
        return new StyleTemplate(STYLE_TEXT, "Transform this person into a 3D cartoon character", Map.of(), null,
                null, null, null, null, "cartoon");
    }

    public static StyleTemplate aStyleWithSize(String size) {
        return new StyleTemplate(STYLE_TEXT, "Transform this person", Map.of(), null, null, null, size, null, null);
    }

    public static GenerationCall aCall(String providerKey, ProviderConfig config) {
        return aCall(providerKey, config, aStyle(), "medium");
    }

    public static GenerationCall aCall(String providerKey, ProviderConfig config, StyleTemplate style,
            String quality) {
        return new GenerationCall(JobId.random(), STYLE_TEXT + "\n\nUser Context:\n" + USER_WORDS, INPUT_JPEG,
                "image/jpeg", quality, "cartoon_3d", style, providerKey, config);
    }

    /** A GPT Image answer: base64 only, with the token usage the cost is computed from. */
    public static String openAiSuccess() {
        return """
                {"created": 1764000000, "background": "opaque", "output_format": "png", "quality": "medium",
                 "size": "1024x1024",
                 "data": [{"b64_json": "%s"}],
                 "usage": {"input_tokens": 1200, "input_tokens_details": {"image_tokens": 1000, "text_tokens": 200},
                           "output_tokens": 1056, "total_tokens": 2256}}
                """.formatted(Base64.getEncoder().encodeToString(RESULT_PNG));
    }

    public static String openAiError(String code, String message, String type) {
        return """
                {"error": {"message": "%s", "type": "%s", "param": null, "code": %s}}
                """.formatted(message, type, code == null ? "null" : "\"" + code + "\"");
    }

    /** A Gemini answer with a short text part and the image inline, and per-modality usage. */
    public static String geminiSuccess() {
        return """
                {"candidates": [{"content": {"role": "model", "parts": [
                    {"text": "Here is your avatar."},
                    {"inlineData": {"mimeType": "image/png", "data": "%s"}}]},
                  "finishReason": "STOP", "index": 0}],
                 "usageMetadata": {"promptTokenCount": 408, "candidatesTokenCount": 1290, "totalTokenCount": 1698,
                   "promptTokensDetails": [{"modality": "TEXT", "tokenCount": 150},
                                           {"modality": "IMAGE", "tokenCount": 258}]},
                 "modelVersion": "gemini-2.5-flash-image", "responseId": "r-1"}
                """.formatted(Base64.getEncoder().encodeToString(RESULT_PNG));
    }
}
