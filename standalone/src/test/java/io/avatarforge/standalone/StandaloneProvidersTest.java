package io.avatarforge.standalone;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.avatarforge.testkit.TestImages;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The standalone jar as an operator runs it (H2, in-process broker) with a config file naming OpenAI and Gemini,
 * pointed at local stand-ins through {@code base_url}: both providers serve sync requests end to end.
 */
class StandaloneProvidersTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final java.util.concurrent.atomic.AtomicInteger REQUESTS =
            new java.util.concurrent.atomic.AtomicInteger();
    private static final String PNG_BASE64 = Base64.getEncoder()
            .encodeToString(TestImages.encode(TestImages.face(32, 32), "png"));
    private static WireMockServer openAi;
    private static WireMockServer gemini;
    private static ConfigurableApplicationContext app;
    private static int port;

    @BeforeAll
    static void start() throws Exception {
        openAi = new WireMockServer(wireMockConfig().dynamicPort());
        gemini = new WireMockServer(wireMockConfig().dynamicPort());
        openAi.start();
        gemini.start();
        Path dataDir = Files.createTempDirectory("avatar-providers-standalone");
        Path config = dataDir.resolve("avatar_config.json");
        Files.writeString(config, """
                {"service_config": {"default_provider": "gpt_image_1", "fallback_providers": ["gemini"]},
                 "provider_config": {
                   "gpt_image_1": {"api_key": "sk-test", "model": "gpt-image-2", "base_url": "%s/v1",
                                   "max_retries": 0, "timeout_seconds": 10, "images_per_minute": 100},
                   "gemini": {"api_key": "gm-test", "model": "gemini-2.5-flash-image", "base_url": "%s",
                              "max_retries": 0, "timeout_seconds": 10}},
                 "style_templates": {"artistic": {"provider": "gemini"}}}
                """.formatted(openAi.baseUrl(), gemini.baseUrl()));
        app = StandaloneApplication.start("--server.port=0", "--avatar.data-dir=" + dataDir,
                "--avatar.config-path=" + config);
        port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port", "0"));
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        if (openAi != null) {
            openAi.stop();
        }
        if (gemini != null) {
            gemini.stop();
        }
    }

    @BeforeEach
    void reset() {
        openAi.resetAll();
        gemini.resetAll();
    }

    @Test
    void aSyncRequestIsServedByGptImageWithItsActualCost() throws Exception {
        openAi.stubFor(post(urlEqualTo("/v1/images/edits")).willReturn(json(200, """
                {"created": 1764000000, "data": [{"b64_json": "%s"}], "output_format": "png",
                 "usage": {"input_tokens": 1200, "input_tokens_details": {"image_tokens": 1000, "text_tokens": 200},
                           "output_tokens": 1056, "total_tokens": 2256}}
                """.formatted(PNG_BASE64))));

        HttpResponse<String> response = generate("cartoon_3d");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("metadata").get("provider").asString()).isEqualTo("gpt_image_1");
        assertThat(body.get("cost_estimate").decimalValue()).isEqualByComparingTo("0.040680");
        assertThat(openAi.findAll(postRequestedFor(urlEqualTo("/v1/images/edits")))).hasSize(1);
    }

    @Test
    void aStyleRoutedToGeminiIsServedByGemini() throws Exception {
        gemini.stubFor(post(urlEqualTo("/v1/models/gemini-2.5-flash-image:generateContent")).willReturn(json(200, """
                {"candidates": [{"content": {"role": "model", "parts": [
                    {"inlineData": {"mimeType": "image/png", "data": "%s"}}]}, "finishReason": "STOP"}],
                 "usageMetadata": {"promptTokenCount": 408, "candidatesTokenCount": 1290, "totalTokenCount": 1698}}
                """.formatted(PNG_BASE64))));

        HttpResponse<String> response = generate("artistic");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("metadata").get("provider").asString()).isEqualTo("gemini");
        assertThat(openAi.getAllServeEvents()).isEmpty();
    }

    @Test
    void aModerationRefusalReachesTheClientAsAContentPolicyProblem() throws Exception {
        openAi.stubFor(post(urlEqualTo("/v1/images/edits")).willReturn(json(400, """
                {"error": {"message": "Your request was rejected by the safety system.",
                           "type": "image_generation_user_error", "param": null, "code": "moderation_blocked"}}
                """)));

        HttpResponse<String> response = generate("cartoon_3d");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(JSON.readTree(response.body()).get("code").asString()).isEqualTo("content_policy_violation");
        assertThat(gemini.getAllServeEvents()).as("a refusal is not handed to the fallback").isEmpty();
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    private static HttpResponse<String> generate(String style) throws Exception {
        // A prompt of its own each time: an identical request would be answered by the result cache, not a provider.
        String body = JSON.writeValueAsString(Map.of("prompt", "wearing a pirate hat " + REQUESTS.incrementAndGet(),
                "style_config", style,
                "image", TestImages.jpegDataUri(300, 300)));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/avatar/generate"))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
