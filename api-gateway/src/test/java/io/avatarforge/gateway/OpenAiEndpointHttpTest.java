package io.avatarforge.gateway;

import static io.avatarforge.testkit.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.avatarforge.testkit.ApiClient;
import io.avatarforge.testkit.AvatarIntegrationTest;
import io.avatarforge.testkit.TestConfigFile;
import io.avatarforge.testkit.TestImages;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAI-compatible endpoint's mapping on the gateway alone (no worker, so a synchronous edit times out after the
 * configured second): its parameters, OpenAI's error shape with the statuses the SDKs map to typed errors, and that
 * the REST API keeps problem+json. The official SDK itself runs against the standalone app in {@code OpenAiSdkTest}.
 */
@AvatarIntegrationTest(classes = GatewayTestApplication.class,
        properties = "avatar.gateway.security.bootstrap-admin-key=" + OpenAiEndpointHttpTest.ADMIN_KEY)
@TestConfigFile("{\"service_config\": {\"default_timeout_seconds\": 1}}")
class OpenAiEndpointHttpTest {

    static final String ADMIN_KEY = "openai-endpoint-admin-key-0123456789abcdef";
    private static final byte[] PHOTO = TestImages.encode(TestImages.portrait(200, 200), "jpg");

    @Autowired
    ApiClient api;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anEditAskingForMoreThanOneImageIsABadRequestAboutN() {
        HttpResponse<String> refused = edit(generateKey(), fields("n", "2"), PHOTO);

        assertOpenAiError(refused, 400, "invalid_request_error", "invalid_value", "n");
        assertThat(error(refused).get("message").asString()).contains("only n=1 is supported");
    }

    @Test
    void anEditWithoutAPromptIsAMissingRequiredParameter() {
        Map<String, String> fields = fields();
        fields.remove("prompt");

        HttpResponse<String> refused = edit(generateKey(), fields, PHOTO);

        assertOpenAiError(refused, 400, "invalid_request_error", "missing_required_parameter", "prompt");
        assertThat(error(refused).get("message").asString()).isEqualTo("Missing required parameter: 'prompt'.");
    }

    @Test
    void anEditWithoutAnImageIsAMissingRequiredParameter() {
        assertOpenAiError(edit(generateKey(), fields(), null), 400, "invalid_request_error",
                "missing_required_parameter", "image");
    }

    @Test
    void aFileThatIsNoImageIsRefusedByTheSharedIntakeWithItsStatusAndCodeAboutTheImage() {
        assertOpenAiError(edit(generateKey(), fields(), "not an image at all".getBytes(StandardCharsets.UTF_8)), 415,
                "invalid_request_error", "unsupported_image_format", "image");
    }

    @Test
    void aQualityOpenAiDoesNotKnowIsABadRequestAboutQuality() {
        assertOpenAiError(edit(generateKey(), fields("quality", "ultra"), PHOTO), 400, "invalid_request_error",
                "invalid_value", "quality");
    }

    @Test
    void aModelThatNamesNoStyleIsNotFound() {
        HttpResponse<String> refused = edit(generateKey(), fields("model", "gpt-image-1"), PHOTO);

        assertOpenAiError(refused, 404, "invalid_request_error", "model_not_found", "model");
        assertThat(jdbc.sql("SELECT count(*) FROM generation_job WHERE prompt = 'Friendly, confident'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void withoutAKeyTheEditIsRefusedAsAnInvalidApiKeyAndTheRestApiKeepsProblemJson() {
        HttpResponse<String> refused = edit(null, fields(), PHOTO);

        assertOpenAiError(refused, 401, "invalid_request_error", "invalid_api_key", null);
        assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"avatar-forge\"");
        HttpResponse<String> rest = api.post("/api/v1/avatar/generate", Map.of("prompt", "p", "image", "x"));
        assertThat(rest.statusCode()).isEqualTo(401);
        assertThat(rest.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(rest).get("code").asString()).isEqualTo("unauthenticated");
    }

    @Test
    void aKeyThatIsNotValidIsRefusedAsAnInvalidApiKey() {
        assertOpenAiError(edit("sk-not-a-key-of-this-service", fields(), PHOTO), 401, "invalid_request_error",
                "invalid_api_key", null);
    }

    @Test
    void aKeyWithoutTheGenerateScopeIsForbidden() {
        String adminOnly = generateKey("operator", List.of("admin"));

        assertOpenAiError(edit(adminOnly, fields(), PHOTO), 403, "invalid_request_error", "forbidden", null);
    }

    @Test
    void anEditNotDoneWithinTheSyncTimeoutIs504ThatTheSdksMustNotRetryAndItsJobKeepsGoing() {
        HttpResponse<String> late = edit(generateKey("backend", List.of("generate", "trusted_server")),
                fields("user", "user-42", "quality", "high"), PHOTO);

        assertOpenAiError(late, 504, "server_error", "generation_timeout", null);
        assertThat(late.headers().firstValue("x-should-retry")).hasValue("false");
        Map<String, Object> job = jdbc.sql("SELECT id, quality, style FROM generation_job WHERE user_id = 'user-42'")
                .query().singleRow();
        assertThat(job).containsEntry("quality", "high").containsEntry("style", "cartoon_3d");
        assertThat(error(late).get("message").asString()).contains("/api/v1/avatar/status/" + job.get("id"));
        assertThat(json(api.withKey(ADMIN_KEY).get("/api/v1/avatar/status/" + job.get("id"))).get("status")
                .asString()).isEqualTo("queued");
    }

    @Test
    void aBodyThatIsNotMultipartIsAnUnsupportedMediaType() {
        HttpResponse<String> refused = api.withKey(generateKey()).post("/v1/images/edits",
                Map.of("prompt", "p", "model", "pixel_art"));

        assertOpenAiError(refused, 415, "invalid_request_error", "unsupported_media_type", null);
    }

    @Test
    void anUnknownPathUnderV1IsNotFoundInOpenAisShape() {
        HttpResponse<String> refused = api.get("/v1/images/generations");

        assertOpenAiError(refused, 404, "invalid_request_error", "unknown_url", null);
        assertThat(error(refused).get("message").asString()).isEqualTo("Invalid URL (GET /v1/images/generations)");
    }

    @Test
    void theModelsAreTheConfiguredStylesInOpenAisListShape() {
        JsonNode list = json(api.get("/v1/models"));

        assertThat(list.get("object").asString()).isEqualTo("list");
        assertThat(list.get("data").valueStream().map(m -> m.get("id").asString()).toList())
                .contains("cartoon_3d", "pixel_art");
        JsonNode first = list.get("data").get(0);
        assertThat(first.get("object").asString()).isEqualTo("model");
        assertThat(first.get("owned_by").asString()).isEqualTo("avatar-forge");
        assertThat(first.get("created").isIntegralNumber()).isTrue();
        assertThat(json(api.get("/v1/models/pixel_art")).get("id").asString()).isEqualTo("pixel_art");
        assertOpenAiError(api.get("/v1/models/dall-e-3"), 404, "invalid_request_error", "model_not_found", "model");
    }

    @Test
    void theOpenApiDocumentDescribesBothOperationsWithTheMultipartBodyAndOpenAisErrors() {
        JsonNode document = json(api.get("/v3/api-docs"));
        JsonNode edit = document.get("paths").get("/v1/images/edits").get("post");
        JsonNode models = document.get("paths").get("/v1/models").get("get");

        assertThat(edit.get("tags").get(0).asString()).isEqualTo("OpenAI-compatible");
        assertThat(models.get("tags").get(0).asString()).isEqualTo("OpenAI-compatible");
        assertThat(edit.get("requestBody").get("content").get("multipart/form-data").get("schema").get("$ref")
                .asString()).endsWith("/OpenAiImageEditRequest");
        JsonNode form = document.get("components").get("schemas").get("OpenAiImageEditRequest").get("properties");
        assertThat(form.propertyNames()).contains("image", "image[]", "prompt", "model", "n", "quality", "size",
                "user", "output_format", "response_format");
        assertThat(form.get("image").get("format").asString()).isEqualTo("binary");
        assertThat(edit.has("parameters")).as("no form field documented as a query parameter: %s", edit).isFalse();
        for (String status : List.of("400", "401", "403", "404", "429", "503", "504")) {
            assertThat(edit.get("responses").get(status).get("content").get("application/json").get("schema")
                    .get("$ref").asString()).as(status).endsWith("/OpenAiError");
        }
        assertThat(edit.get("responses").get("429").get("headers").has("Retry-After")).isTrue();
        JsonNode answer = document.get("components").get("schemas").get("OpenAiImagesResponse").get("properties");
        assertThat(answer.propertyNames()).contains("created", "data", "usage", "output_format", "quality", "size");
        assertThat(document.get("components").get("schemas").get("OpenAiImage").get("properties").propertyNames())
                .contains("b64_json", "url");
        assertThat(document.get("paths").has("/v1/**")).isFalse();
    }

    private HttpResponse<String> edit(@Nullable String key, Map<String, String> fields, byte @Nullable [] image) {
        String boundary = "----avatar-forge-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (image != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"image\"; filename="
                    + "\"portrait.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(image);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; "
                + "name=\"" + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return api.withKey(key).send(HttpRequest.newBuilder(URI.create(api.url("/v1/images/edits")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** An edit's fields as the SDKs send them, with {@code overrides} (name, value pairs). */
    private static Map<String, String> fields(String... overrides) {
        Map<String, String> fields = new LinkedHashMap<>(Map.of("prompt", "Friendly, confident", "model",
                "cartoon_3d", "n", "1"));
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        return fields;
    }

    private String generateKey() {
        return generateKey("app", List.of("generate"));
    }

    private String generateKey(String name, List<String> scopes) {
        HttpResponse<String> created = api.withKey(ADMIN_KEY).post("/api/v1/admin/api-keys",
                Map.of("name", name, "scopes", scopes));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created).get("key").asString();
    }

    private static JsonNode error(HttpResponse<String> response) {
        return json(response).get("error");
    }

    private static void assertOpenAiError(HttpResponse<String> response, int status, String type, String code,
            @Nullable String param) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                contentType -> assertThat(contentType).startsWith("application/json"));
        JsonNode error = error(response);
        assertThat(error.get("type").asString()).isEqualTo(type);
        assertThat(error.get("code").asString()).isEqualTo(code);
        assertThat(error.get("message").asString()).isNotBlank();
        if (param == null) {
            assertThat(error.get("param").isNull()).as(response.body()).isTrue();
        } else {
            assertThat(error.get("param").asString()).isEqualTo(param);
        }
    }
}
