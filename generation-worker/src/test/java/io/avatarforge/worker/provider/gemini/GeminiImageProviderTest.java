package io.avatarforge.worker.provider.gemini;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.avatarforge.worker.provider.ProviderFixtures.INPUT_JPEG;
import static io.avatarforge.worker.provider.ProviderFixtures.RESULT_PNG;
import static io.avatarforge.worker.provider.ProviderFixtures.STYLE_TEXT;
import static io.avatarforge.worker.provider.ProviderFixtures.USER_WORDS;
import static io.avatarforge.worker.provider.ProviderFixtures.aCall;
import static io.avatarforge.worker.provider.ProviderFixtures.aStyleWithSize;
import static io.avatarforge.worker.provider.ProviderFixtures.gemini;
import static io.avatarforge.worker.provider.ProviderFixtures.geminiSuccess;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.avatarforge.worker.provider.GenerationResult;
import io.avatarforge.worker.provider.ProviderException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The Gemini provider driven through the real google-genai SDK against a stand-in for generateContent. */
class GeminiImageProviderTest {

    private static final String PATH = "/v1/models/gemini-2.5-flash-image:generateContent";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @RegisterExtension
    static WireMockExtension gemini = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final GeminiImageProvider provider = new GeminiImageProvider();

    @AfterEach
    void closeClients() {
        provider.destroy();
    }

    @Test
    void generateContentSendsTheImageInlineThePromptAndAsksForAnImageBack() {
        stub(200, geminiSuccess());

        provider.generate(aCall("gemini", gemini(gemini.baseUrl(), ""), aStyleWithSize("1024x1536"), "medium"));

        LoggedRequest request = onlyRequest();
        assertThat(request.getHeader("x-goog-api-key")).isEqualTo("gm-test");
        JsonNode body = JSON.readTree(request.getBodyAsString());
        JsonNode parts = body.get("contents").get(0).get("parts");
        JsonNode inline = parts.get(0).get("inlineData");
        assertThat(inline.get("mimeType").asString()).isEqualTo("image/jpeg");
        assertThat(Base64.getDecoder().decode(inline.get("data").asString())).isEqualTo(INPUT_JPEG);
        assertThat(parts.get(1).get("text").asString()).contains(STYLE_TEXT).contains(USER_WORDS);
        JsonNode generation = body.get("generationConfig");
        assertThat(generation.get("responseModalities").toString()).contains("IMAGE").contains("TEXT");
        assertThat(generation.get("imageConfig").get("aspectRatio").asString()).isEqualTo("2:3");
    }

    @Test
    void theInlineImageIsReturnedAndTheCostFollowsFromUsageMetadata() {
        stub(200, geminiSuccess());

        GenerationResult result = provider.generate(aCall("gemini", gemini(gemini.baseUrl(), "")));

        assertThat(result.image()).isEqualTo(RESULT_PNG);
        assertThat(result.contentType()).isEqualTo("image/png");
        assertThat(result.model()).isEqualTo("gemini-2.5-flash-image");
        // (150 text + 258 image) × $0.30 + 1290 output × $30, per million tokens.
        assertThat(result.cost()).isEqualByComparingTo("0.038822");
        assertThat(result.usage()).containsEntry("input_text_tokens", 150L).containsEntry("input_image_tokens", 258L)
                .containsEntry("output_tokens", 1290L);
    }

    @Test
    void aBlockedPromptAndASafetyFinishAreContentPolicyViolations() {
        stub(200, """
                {"promptFeedback": {"blockReason": "SAFETY"},
                 "usageMetadata": {"promptTokenCount": 408, "totalTokenCount": 408}}
                """);
        assertThat(failure().code()).isEqualTo("content_policy_violation");

        stub(200, """
                {"candidates": [{"content": {"role": "model", "parts": []}, "finishReason": "IMAGE_SAFETY"}]}
                """);
        ProviderException e = failure();
        assertThat(e.code()).isEqualTo("content_policy_violation");
        assertThat(e.retryable()).isFalse();
    }

    @Test
    void httpErrorsMapLikeEveryOtherProvider() {
        stub(400, error(400, "API key not valid. Please pass a valid API key.", "INVALID_ARGUMENT"));
        assertThat(failure().code()).as("Gemini answers a bad key with a 400").isEqualTo("provider_auth_failed");

        stub(400, error(400, "Unable to process input image. Please retry or report in "
                + "https://developers.generativeai.google/guide/troubleshooting", "INVALID_ARGUMENT"));
        assertThat(failure().code()).isEqualTo("provider_rejected_request");
        assertThat(failure().getMessage()).contains("Unable to process input image");

        stub(403, error(403, "Permission denied: consumer has been suspended.", "PERMISSION_DENIED"));
        assertThat(failure().code()).isEqualTo("provider_auth_failed");

        stub(429, error(429, "Resource has been exhausted (e.g. check quota).", "RESOURCE_EXHAUSTED"));
        assertThat(failure().code()).isEqualTo("provider_rate_limited");
        assertThat(failure().retryable()).isTrue();

        stub(503, error(503, "The model is overloaded. Please try again later.", "UNAVAILABLE"));
        assertThat(failure().code()).isEqualTo("provider_unavailable");
        assertThat(failure().retryable()).isTrue();

        stub(404, error(404, "models/gemini-2.5-flash-image is not found for API version v1beta.", "NOT_FOUND"));
        assertThat(failure().code()).isEqualTo("provider_model_unavailable");
        assertThat(failure().getMessage()).contains("provider_config.gemini.model");
    }

    @Test
    void aRateLimitCarriesGeminisRetryDelaySoTheJobWaitsThatLong() {
        gemini.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(429)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"error": {"code": 429, "status": "RESOURCE_EXHAUSTED",
                          "message": "You exceeded your current quota, please check your plan and billing details. Please retry in 41.849236785s.",
                          "details": [{"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": "41s"}]}}
                        """)));

        assertThat(failure().retryAfter()).isEqualTo(Duration.ofMillis(41_849));
        assertThat(GeminiImageProvider.retryDelay("quota exceeded, \"retryDelay\": \"7s\""))
                .isEqualTo(Duration.ofSeconds(7));
        assertThat(GeminiImageProvider.retryDelay("Resource has been exhausted (e.g. check quota).")).isNull();
    }

    @Test
    void theSdkDoesNotRetryOnItsOwn() {
        stub(503, error(503, "The model is overloaded.", "UNAVAILABLE"));

        failure();

        assertThat(gemini.findAll(postRequestedFor(urlEqualTo(PATH)))).hasSize(1);
    }

    private ProviderException failure() {
        try {
            provider.generate(aCall("gemini", gemini(gemini.baseUrl(), "")));
        } catch (ProviderException e) {
            return e;
        }
        throw new AssertionError("the call succeeded");
    }

    private static String error(int code, String message, String status) {
        return """
                {"error": {"code": %d, "message": "%s", "status": "%s"}}
                """.formatted(code, message, status);
    }

    private static void stub(int status, String body) {
        gemini.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body)));
    }

    private static LoggedRequest onlyRequest() {
        List<LoggedRequest> requests = gemini.findAll(postRequestedFor(urlEqualTo(PATH)));
        assertThat(requests).hasSize(1);
        return requests.get(0);
    }
}
