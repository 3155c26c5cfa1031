package io.avatarforge.standalone;

import static io.avatarforge.testkit.ApiClient.JSON;
import static io.avatarforge.testkit.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.avatarforge.testkit.ApiClient;
import io.avatarforge.testkit.AvatarIntegrationTest;
import io.avatarforge.testkit.TestConfigFile;
import io.avatarforge.testkit.TestImages;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The official {@code openai} npm package, in Node, against the standalone app's OpenAI-compatible endpoint, as an app
 * written for OpenAI runs after switching its base URL: an image edit runs through gateway and worker (the offline
 * stylizer) into a job row; an unknown model, a missing key and a used-up rate limit raise the SDK's typed errors.
 * Each test uses a key of its own, since the configured limit is one request per key and minute.
 */
@AvatarIntegrationTest(classes = StandaloneApplication.class,
        properties = {
            "avatar.gateway.security.allow-anonymous=false",
            "avatar.gateway.security.bootstrap-admin-key=" + OpenAiSdkTest.ADMIN_KEY
        })
@TestConfigFile("{\"service_config\": {\"rate_limits\": {\"per_key_per_minute\": 1}}}")
class OpenAiSdkTest {

    static final String ADMIN_KEY = "openai-sdk-test-admin-key-0123456789abcdef";
    private static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    static Path files;
    private static Path portrait;

    @Autowired
    ApiClient api;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void writePortrait() throws Exception {
        portrait = Files.write(files.resolve("portrait.jpg"), TestImages.encode(TestImages.portrait(320, 320), "jpg"));
    }

    @Test
    void anEditWithTheSdkAnswersTheAvatarAsBase64AndSignedUrlFromAJobRowOfTheUserItNamed() throws Exception {
        String backend = newKey("backend", List.of("generate", "trusted_server"));

        JsonNode answer = sdk(backend, "edit", portrait.toString(), "pixel_art", "sdk-user-7");

        assertThat(answer.get("ok").asBoolean()).as(answer.toString()).isTrue();
        JsonNode result = answer.get("result");
        JsonNode image = result.get("data").get(0);
        byte[] avatar = Base64.getDecoder().decode(image.get("b64_json").asString());
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(avatar));
        assertThat(decoded).as("the base64 decodes to an image").isNotNull();
        assertThat(result.get("size").asString()).isEqualTo(decoded.getWidth() + "x" + decoded.getHeight());
        assertThat(result.get("output_format").asString()).isIn("png", "jpeg", "webp");
        assertThat(result.get("quality").asString()).isEqualTo("low");
        assertThat(result.get("created").asLong()).isPositive();
        // The offline stylizer counts no tokens: the usage is there, in OpenAI's shape, with zeros.
        assertThat(result.get("usage").get("input_tokens_details").has("image_tokens")).isTrue();
        assertThat(result.get("usage").get("total_tokens").asLong()).isZero();

        String url = image.get("url").asString();
        assertThat(url).startsWith(api.url("/api/v1/avatar/images/"));
        HttpResponse<byte[]> download = api.send(HttpRequest.newBuilder(URI.create(url)),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(avatar);

        String jobId = url.substring(api.url("/api/v1/avatar/images/").length(), url.indexOf('?'));
        Map<String, Object> job = jdbc.sql("SELECT user_id, style, quality, actual_cost FROM generation_job "
                + "WHERE id = CAST(? AS uuid)").param(jobId).query().singleRow();
        assertThat(job).containsEntry("user_id", "sdk-user-7").containsEntry("style", "pixel_art")
                .containsEntry("quality", "low");
        assertThat(job.get("actual_cost")).isInstanceOf(BigDecimal.class);
    }

    @Test
    void anUnknownModelRaisesTheSdksNotFoundError() throws Exception {
        JsonNode answer = sdk(newKey("app", List.of("generate")), "edit", portrait.toString(), "dall-e-2");

        assertThat(answer.get("error").asString()).as(answer.toString()).isEqualTo("NotFoundError");
        assertThat(answer.get("status").asInt()).isEqualTo(404);
        assertThat(answer.get("code").asString()).isEqualTo("model_not_found");
        assertThat(answer.get("param").asString()).isEqualTo("model");
    }

    @Test
    void aMissingOrWrongKeyRaisesTheSdksAuthenticationError() throws Exception {
        Map<String, String> explanations = Map.of("-", "needs an API key",
                "sk-proj-not-a-key-of-this-service", "not valid");
        for (Map.Entry<String, String> key : explanations.entrySet()) {
            JsonNode answer = sdk(key.getKey(), "edit", portrait.toString(), "pixel_art");

            assertThat(answer.get("error").asString()).as(answer.toString()).isEqualTo("AuthenticationError");
            assertThat(answer.get("status").asInt()).isEqualTo(401);
            assertThat(answer.get("code").asString()).isEqualTo("invalid_api_key");
            assertThat(answer.get("message").asString()).contains(key.getValue());
        }
    }

    @Test
    void aCallOverTheKeysRateLimitRaisesTheSdksRateLimitErrorWithRetryAfter() throws Exception {
        String key = newKey("busy-app", List.of("generate"));
        // The first request of the minute takes the key's one token, whatever becomes of it (here: no such model).
        assertThat(sdk(key, "edit", portrait.toString(), "no-such-style").get("status").asInt()).isEqualTo(404);

        JsonNode answer = sdk(key, "edit", portrait.toString(), "pixel_art");

        assertThat(answer.get("error").asString()).as(answer.toString()).isEqualTo("RateLimitError");
        assertThat(answer.get("status").asInt()).isEqualTo(429);
        assertThat(answer.get("code").asString()).isEqualTo("rate_limit_exceeded");
        assertThat(Long.parseLong(answer.get("retry_after").asString())).isBetween(1L, 60L);
    }

    @Test
    void theSdkListsTheStylesAsModels() throws Exception {
        JsonNode answer = sdk("-", "models");

        assertThat(answer.get("ok").asBoolean()).as(answer.toString()).isTrue();
        List<String> ids = new ArrayList<>();
        answer.get("result").forEach(model -> {
            ids.add(model.get("id").asString());
            assertThat(model.get("object").asString()).isEqualTo("model");
            assertThat(model.get("owned_by").asString()).isEqualTo("avatar-forge");
        });
        assertThat(ids).containsAll(json(api.get("/api/v1/avatar/styles")).get("styles").valueStream()
                .map(style -> style.get("key").asString()).toList());
    }

    private JsonNode sdk(String key, String... operation) throws InterruptedException {
        List<String> args = new ArrayList<>(List.of(api.url("/v1"), key));
        args.addAll(List.of(operation));
        try (NodeClient client = NodeClient.start("openai-client", "openai-client.mjs", args.toArray(String[]::new))) {
            String line = client.nextLine(WAIT);
            assertThat(line).as("the SDK's answer").isNotNull();
            assertThat(client.awaitExit(WAIT)).isZero();
            return JSON.readTree(line);
        }
    }

    private String newKey(String name, List<String> scopes) {
        HttpResponse<String> created = api.withKey(ADMIN_KEY).post("/api/v1/admin/api-keys",
                Map.of("name", name, "scopes", scopes));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created).get("key").asString();
    }
}
