package io.avatarforge.worker.provider.openai;

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
import static io.avatarforge.worker.provider.ProviderFixtures.openAi;
import static io.avatarforge.worker.provider.ProviderFixtures.openAiError;
import static io.avatarforge.worker.provider.ProviderFixtures.openAiSuccess;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.avatarforge.model.config.ProviderConfig;
import io.avatarforge.worker.provider.GenerationResult;
import io.avatarforge.worker.provider.ProviderException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The GPT Image provider driven through the real openai-java SDK against a stand-in for /v1/images/edits. */
class OpenAiImageProviderTest {

    @RegisterExtension
    static WireMockExtension openAi = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final OpenAiImageProvider provider = new OpenAiImageProvider();

    @AfterEach
    void closeClients() {
        provider.destroy();
    }

    @Test
    void anEditSendsTheModelQualitySizePromptAndTheImageWithItsFilenameAndMimeType() {
        stubEdits(200, openAiSuccess());

        provider.generate(aCall("gpt_image_1", openAi(openAi.baseUrl(), ""), aStyleWithSize("1024x1536"), "high"));

        Map<String, Request.Part> parts = parts(onlyRequest());
        assertThat(text(parts, "model")).isEqualTo("gpt-image-2");
        assertThat(text(parts, "quality")).isEqualTo("high");
        assertThat(text(parts, "size")).as("the style's size wins over the provider's").isEqualTo("1024x1536");
        assertThat(text(parts, "output_format")).isEqualTo("png");
        assertThat(text(parts, "moderation")).isEqualTo("auto");
        assertThat(text(parts, "prompt")).contains(STYLE_TEXT).contains(USER_WORDS);
        assertThat(parts).as("gpt-image-2 does not take input_fidelity").doesNotContainKey("input_fidelity");
        Request.Part image = parts.get("image");
        assertThat(image.getHeader("Content-Type").firstValue()).isEqualTo("image/jpeg");
        assertThat(image.getHeader("Content-Disposition").firstValue()).contains("filename=\"input.jpg\"");
        assertThat(image.getBody().asBytes()).isEqualTo(INPUT_JPEG);
        assertThat(onlyRequest().getHeader("Authorization")).isEqualTo("Bearer sk-test");
    }

    @Test
    void qualityIsMappedThroughQualitySettingsAndSizeFallsBackToTheProviderThenTheDefault() {
        stubEdits(200, openAiSuccess());
        ProviderConfig mapped = openAi(openAi.baseUrl(), """
                "size": "1536x1024", "quality_settings": {"medium": {"quality": "high", "cost": 0.19}}""");

        provider.generate(aCall("gpt_image_1", mapped));
        provider.generate(aCall("gpt_image_1", openAi(openAi.baseUrl(), "")));

        List<LoggedRequest> requests = openAi.findAll(postRequestedFor(urlEqualTo("/v1/images/edits")));
        assertThat(text(parts(requests.get(0)), "quality")).isEqualTo("high");
        assertThat(text(parts(requests.get(0)), "size")).isEqualTo("1536x1024");
        assertThat(text(parts(requests.get(1)), "quality")).isEqualTo("medium");
        assertThat(text(parts(requests.get(1)), "size")).isEqualTo("1024x1024");
    }

    @Test
    void inputFidelityIsSentOnlyToModelsThatAcceptIt() {
        stubEdits(200, openAiSuccess());

        provider.generate(aCall("gpt_image_1", openAi(openAi.baseUrl(), "").withModel("gpt-image-1.5")));

        assertThat(text(parts(onlyRequest()), "input_fidelity")).isEqualTo("high");
        assertThat(OpenAiImageProvider.acceptsInputFidelity("gpt-image-1")).isTrue();
        assertThat(OpenAiImageProvider.acceptsInputFidelity("gpt-image-1.5-2025-12-16")).isTrue();
        assertThat(OpenAiImageProvider.acceptsInputFidelity("gpt-image-1-mini")).isFalse();
        assertThat(OpenAiImageProvider.acceptsInputFidelity("gpt-image-2")).isFalse();
    }

    @Test
    void theBase64AnswerIsDecodedAndTheCostFollowsFromUsageTimesTheModelsPrices() {
        stubEdits(200, openAiSuccess());

        GenerationResult result = provider.generate(aCall("gpt_image_1", openAi(openAi.baseUrl(), "")));

        assertThat(result.image()).isEqualTo(RESULT_PNG);
        assertThat(result.contentType()).isEqualTo("image/png");
        assertThat(result.model()).isEqualTo("gpt-image-2");
        // gpt-image-2: 200 text × $5 + 1000 image × $8 + 1056 output × $30, per million tokens.
        assertThat(result.cost()).isEqualByComparingTo("0.040680");
        assertThat(result.usage()).containsEntry("input_text_tokens", 200L).containsEntry("input_image_tokens", 1000L)
                .containsEntry("output_tokens", 1056L);
    }

    @Test
    void configuredPricesOverrideTheBuiltInOnes() {
        stubEdits(200, openAiSuccess());
        ProviderConfig priced = openAi(openAi.baseUrl(), """
                "pricing_per_million_tokens": {"text_input": 1, "image_input": 2, "image_output": 10}""");

        GenerationResult result = provider.generate(aCall("gpt_image_1", priced));

        assertThat(result.cost()).isEqualByComparingTo("0.012760");
    }

    @Test
    void aModerationRefusalIsAContentPolicyViolationAndNotRetryable() {
        stubEdits(400, openAiError("moderation_blocked",
                "Your request was rejected as a result of our safety system.", "image_generation_user_error"));

        assertThatThrownBy(() -> provider.generate(aCall("gpt_image_1", openAi(openAi.baseUrl(), ""))))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.code()).isEqualTo("content_policy_violation");
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.getMessage()).contains("safety system");
                });
    }

    @Test
    void aBadKeyAndAnUnverifiedOrganisationAreAuthFailures() {
        stubEdits(401, openAiError("invalid_api_key", "Incorrect API key provided: sk-test.", "invalid_request_error"));
        assertThat(failure().code()).isEqualTo("provider_auth_failed");

        stubEdits(403, openAiError(null, "Your organization must be verified to use the model `gpt-image-2`.",
                "invalid_request_error"));
        assertThat(failure().code()).isEqualTo("provider_auth_failed");
        assertThat(failure().retryable()).isFalse();
    }

    @Test
    void aRateLimitIsRetryableAndCarriesTheProvidersRetryAfter() {
        openAi.stubFor(post(urlEqualTo("/v1/images/edits")).willReturn(aResponse().withStatus(429)
                .withHeader("Content-Type", "application/json").withHeader("retry-after-ms", "1500")
                .withBody(openAiError("rate_limit_exceeded", "Rate limit reached for images per minute.",
                        "requests"))));

        ProviderException e = failure();

        assertThat(e.code()).isEqualTo("provider_rate_limited");
        assertThat(e.retryable()).isTrue();
        assertThat(e.retryAfter()).isEqualTo(Duration.ofMillis(1500));
    }

    @Test
    void serverErrorsAndConnectionFailuresAreRetryableUnavailability() {
        stubEdits(503, openAiError(null, "The server is overloaded.", "server_error"));
        assertThat(failure().code()).isEqualTo("provider_unavailable");
        assertThat(failure().retryable()).isTrue();

        ProviderConfig nowhere = openAi("http://127.0.0.1:1", "");
        assertThatThrownBy(() -> provider.generate(aCall("gpt_image_1", nowhere)))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.code()).isEqualTo("provider_unavailable");
                    assertThat(e.retryable()).isTrue();
                });
    }

    @Test
    void aRetiredOrUnknownModelTellsTheOperatorToChangeTheModel() {
        stubEdits(404, openAiError("model_not_found", "The model `gpt-image-1` does not exist or you do not have "
                + "access to it.", "invalid_request_error"));

        ProviderException e = failure();

        assertThat(e.code()).isEqualTo("provider_model_unavailable");
        assertThat(e.retryable()).isFalse();
        assertThat(e.getMessage()).contains("provider_config.gpt_image_1.model");
    }

    @Test
    void anyOtherClientErrorIsARejectedRequestWithTheProvidersMessage() {
        stubEdits(400, openAiError("invalid_value", "Invalid size '999x999'. Supported sizes are 1024x1024.",
                "invalid_request_error"));

        ProviderException e = failure();

        assertThat(e.code()).isEqualTo("provider_rejected_request");
        assertThat(e.retryable()).isFalse();
        assertThat(e.getMessage()).contains("Invalid size '999x999'");
    }

    private ProviderException failure() {
        try {
            provider.generate(aCall("gpt_image_1", openAi(openAi.baseUrl(), "")));
        } catch (ProviderException e) {
            return e;
        }
        throw new AssertionError("the call succeeded");
    }

    private static void stubEdits(int status, String body) {
        openAi.stubFor(post(urlEqualTo("/v1/images/edits")).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body)));
    }

    private static LoggedRequest onlyRequest() {
        List<LoggedRequest> requests = openAi.findAll(postRequestedFor(urlEqualTo("/v1/images/edits")));
        assertThat(requests).hasSize(1);
        return requests.get(0);
    }

    static Map<String, Request.Part> parts(LoggedRequest request) {
        Map<String, Request.Part> parts = new LinkedHashMap<>();
        for (Request.Part part : request.getParts()) {
            parts.put(part.getName(), part);
        }
        return parts;
    }

    private static String text(Map<String, Request.Part> parts, String name) {
        assertThat(parts).containsKey(name);
        return parts.get(name).getBody().asString();
    }
}
