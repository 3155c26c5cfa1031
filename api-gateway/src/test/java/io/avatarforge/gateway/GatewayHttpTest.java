package io.avatarforge.gateway;

import static io.avatarforge.testkit.ApiClient.JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import io.avatarforge.gateway.web.ProblemCode;
import io.avatarforge.model.job.JobErrorCode;
import io.avatarforge.testkit.ApiAssertions;
import io.avatarforge.testkit.ApiClient;
import io.avatarforge.testkit.AvatarIntegrationTest;
import io.avatarforge.testkit.TestConfigFile;
import io.avatarforge.testkit.TestImages;
import io.avatarforge.testkit.TestInfrastructure;
import io.avatarforge.testkit.TestKafka;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import tools.jackson.databind.JsonNode;

/** The gateway alone (no worker) over real HTTP, PostgreSQL and Kafka: intake, status, and every refusal. */
@AvatarIntegrationTest(classes = GatewayTestApplication.class,
        properties = {
            // These tests are about intake and jobs, not identity: callers are anonymous, as in development mode.
            "avatar.gateway.security.allow-anonymous=true",
            "avatar.gateway.max-request-size=2MB",
            "avatar.gateway.max-image-size=1MB"
        })
@TestConfigFile("{\"service_config\": {\"default_timeout_seconds\": 1}}")
class GatewayHttpTest {

    private static final String IMAGE = TestImages.jpegDataUri(320, 320);
    private static HttpServer loopbackTarget;
    private static final AtomicInteger LOOPBACK_HITS = new AtomicInteger();

    @Autowired
    ApiClient api;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestInfrastructure infrastructure;

    @BeforeAll
    static void startLoopbackTarget() throws IOException {
        loopbackTarget = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        loopbackTarget.createContext("/", exchange -> {
            LOOPBACK_HITS.incrementAndGet();
            byte[] body = TestImages.encode(TestImages.face(64, 64), "png");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        loopbackTarget.start();
    }

    @AfterAll
    static void stopLoopbackTarget() {
        loopbackTarget.stop(0);
    }

    @Test
    void anAsyncRequestIsAcceptedDurablyAndItsDispatchMessageReachesKafka() throws Exception {
        try (Consumer<String, String> consumer = requestedTopicConsumer()) {
            HttpResponse<String> response = post(Map.of("prompt", "wearing a green hoodie", "image", IMAGE,
                    "style_config", "anime", "quality", "low", "async", true, "metadata", Map.of("app_version", "1")));

            assertThat(response.statusCode()).isEqualTo(202);
            JsonNode body = JSON.readTree(response.body());
            String jobId = body.get("job_id").asString();
            assertThat(body.get("status").asString()).isEqualTo("accepted");
            assertThat(body.get("status_url").asString()).isEqualTo("/api/v1/avatar/status/" + jobId);
            assertThat(body.get("estimated_completion_seconds").asLong()).isPositive();
            assertThat(response.headers().firstValue("Location")).hasValue(url("/api/v1/avatar/status/" + jobId));

            Map<String, Object> row = jdbc.sql("select state, style, quality, provider, request_metadata ->> 'app_version' v "
                    + "from generation_job where id = cast(? as uuid)").param(jobId).query().singleRow();
            assertThat(row).containsEntry("state", "QUEUED").containsEntry("style", "anime")
                    .containsEntry("quality", "low").containsEntry("provider", "local").containsEntry("v", "1");

            ConsumerRecord<String, String> record = KafkaTestUtils.getSingleRecord(consumer,
                    "avatar.generation.requested", Duration.ofSeconds(10));
            assertThat(record.key()).isEqualTo(jobId);
            assertThat(JSON.readTree(record.value()).get("job_id").asString()).isEqualTo(jobId);
            // The relay deletes the row in the transaction it sends in, which commits just after the broker's ack.
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThat(jdbc.sql("select count(*) from outbox_message").query(Long.class).single()).isZero());

            JsonNode status = JSON.readTree(get("/api/v1/avatar/status/" + jobId).body());
            assertThat(status.get("status").asString()).isEqualTo("queued");
            assertThat(status.get("progress_percent").asInt()).isZero();
            assertThat(status.get("error_message").isNull()).isTrue();
        }
    }

    @Test
    void aSyncRequestThatIsNotDoneInTimeIsAnsweredLikeAnAsyncOne() throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> response = post(Map.of("prompt", "smile", "image", IMAGE));

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(JSON.readTree(response.body()).get("status").asString()).isEqualTo("accepted");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
    }

    static Stream<Arguments> badRequests() {
        String tooBigImage = "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(new byte[1_200_000]);
        return Stream.of(
                Arguments.of("no prompt", Map.of("image", IMAGE), 400, "missing_field"),
                Arguments.of("no image", Map.of("prompt", "x"), 400, "missing_field"),
                Arguments.of("prompt too long", Map.of("prompt", "x".repeat(2001), "image", IMAGE), 400,
                        "invalid_field"),
                Arguments.of("async not a boolean", Map.of("prompt", "x", "image", IMAGE, "async", "maybe"), 400,
                        "invalid_field"),
                Arguments.of("style with odd characters", Map.of("prompt", "x", "image", IMAGE, "style_config",
                        "../etc"), 400, "invalid_field"),
                Arguments.of("unknown style", Map.of("prompt", "x", "image", IMAGE, "style_config", "baroque"), 400,
                        "unknown_style"),
                Arguments.of("unknown quality", Map.of("prompt", "x", "image", IMAGE, "quality", "ultra"), 400,
                        "invalid_quality"),
                Arguments.of("not base64", Map.of("prompt", "x", "image", "%%%not-base64%%%"), 400, "invalid_image"),
                Arguments.of("not an image", Map.of("prompt", "x", "image",
                        Base64.getEncoder().encodeToString("just some text, no pixels".getBytes())), 415,
                        "unsupported_image_format"),
                Arguments.of("svg declared as png", Map.of("prompt", "x", "image", TestImages.svgDeclaredAsPng()),
                        415, "unsupported_image_format"),
                Arguments.of("decompression bomb", Map.of("prompt", "x", "image",
                        Base64.getEncoder().encodeToString(TestImages.pngDeclaring(60_000))), 413, "image_too_large"),
                Arguments.of("image over the byte limit", Map.of("prompt", "x", "image", tooBigImage), 413,
                        "image_too_large"),
                Arguments.of("file url", Map.of("prompt", "x", "image", "file:///etc/passwd"), 400,
                        "url_not_allowed"),
                Arguments.of("camelCase field", Map.of("prompt", "x", "image", IMAGE, "styleConfig", "pixel_art"),
                        400, "unknown_field"),
                Arguments.of("misspelt field", Map.of("prompt", "x", "image", IMAGE, "asynch", true), 400,
                        "unknown_field"));
    }

    @ParameterizedTest(name = "{0} -> {2} {3}")
    @MethodSource("badRequests")
    void everyBadInputGetsAProblemWithAStableCode(String name, Map<String, Object> body, int status, String code)
            throws Exception {
        long jobsBefore = jobCount();

        HttpResponse<String> response = post(body);

        assertProblem(response, status, code);
        assertThat(jobCount()).as("nothing is stored for a refused request").isEqualTo(jobsBefore);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("loopbackUrls")
    void imageUrlsPointingAtThisMachineAreRefusedWithoutBeingFetched(String spelling) throws Exception {
        int port = loopbackTarget.getAddress().getPort();
        String url = spelling.replace("PORT", String.valueOf(port));

        HttpResponse<String> response = post(Map.of("prompt", "x", "image", url));

        assertProblem(response, 400, "url_not_allowed");
        assertThat(LOOPBACK_HITS.get()).isZero();
    }

    static List<String> loopbackUrls() {
        return List.of("http://127.0.0.1:PORT/face.png", "http://localhost:PORT/face.png",
                "http://[::1]:PORT/face.png", "http://2130706433:PORT/face.png", "http://0x7f000001:PORT/face.png",
                "http://127.1:PORT/face.png", "http://0.0.0.0:PORT/face.png",
                "http://[::ffff:127.0.0.1]:PORT/face.png", "https://127.0.0.1:PORT/face.png");
    }

    @Test
    void aFieldTheRequestDoesNotDefineIsRefusedAndNamedNotSilentlyDropped() throws Exception {
        long jobsBefore = jobCount();

        HttpResponse<String> response = post(Map.of("prompt", "x", "image", IMAGE, "asyncGeneration", true));

        assertProblem(response, 400, "unknown_field");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("field").asString()).isEqualTo("asyncGeneration");
        assertThat(problem.get("detail").asString()).startsWith("asyncGeneration: ");
        assertThat(jobCount()).isEqualTo(jobsBefore);
    }

    @Test
    void malformedJsonIsAnInvalidJsonProblem() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url("/api/v1/avatar/generate")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"prompt\": \"x\", \"image\": ")));

        assertProblem(response, 400, "invalid_json");
    }

    @Test
    void aBodyOverTheRequestCapIsRefusedWith413WhetherItsLengthIsDeclaredOrNot() throws Exception {
        byte[] huge = ("{\"prompt\":\"x\",\"image\":\"" + "A".repeat(3_000_000) + "\"}").getBytes();

        HttpResponse<String> declared = send(HttpRequest.newBuilder(URI.create(url("/api/v1/avatar/generate")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(huge)));
        HttpResponse<String> chunked = send(HttpRequest.newBuilder(URI.create(url("/api/v1/avatar/generate")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(huge))));

        assertProblem(declared, 413, "payload_too_large");
        assertProblem(chunked, 413, "payload_too_large");
    }

    @Test
    void anUnknownJobIsAJobNotFoundProblem() throws Exception {
        assertProblem(get("/api/v1/avatar/status/" + java.util.UUID.randomUUID()), 404, "job_not_found");
        assertProblem(get("/api/v1/avatar/status/not-a-uuid"), 404, "job_not_found");
    }

    @Test
    void anImageUrlWithABadSignatureIsRefused() throws Exception {
        assertProblem(get("/api/v1/avatar/images/" + java.util.UUID.randomUUID() + "?expires=9999999999&signature=x"),
                403, "invalid_signature");
    }

    @Test
    void wrongMethodsAndMediaTypesAreProblemsToo() throws Exception {
        assertProblem(get("/api/v1/avatar/generate"), 405, "method_not_allowed");
        assertProblem(send(HttpRequest.newBuilder(URI.create(url("/api/v1/avatar/generate")))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("hi"))),
                415, "unsupported_media_type");
    }

    @Test
    void unknownPathsUnknownImagesAndMalformedParametersAreProblemsToo() throws Exception {
        assertProblem(get("/api/v1/avatar/no-such-thing"), 404, "not_found");
        assertProblem(get("/api/v1/avatar/images/not-an-id"), 404, "image_not_found");
        assertProblem(get("/api/v1/avatar/images/" + java.util.UUID.randomUUID() + "?expires=soon"), 400,
                "bad_request");
    }

    @Test
    void stylesListTheLiveConfigurationWithDescriptions() throws Exception {
        JsonNode styles = JSON.readTree(get("/api/v1/avatar/styles").body()).get("styles");

        assertThat(styles.size()).isGreaterThanOrEqualTo(10);
        assertThat(styles.get(0).get("key").asString()).isEqualTo("cartoon_3d");
        assertThat(styles.get(0).get("description").asString()).isNotBlank();
    }

    @Test
    void readinessCoversTheDatabaseAndKafkaAndTheApiIsDocumented() throws Exception {
        HttpResponse<String> readiness = get("/actuator/health/readiness");
        HttpResponse<String> docs = get("/v3/api-docs");

        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(readiness.body()).get("status").asString()).isEqualTo("UP");
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/v1/avatar/generate").contains("/api/v1/avatar/status/{jobId}");
    }

    @Test
    void theDocumentNamesPropertiesAsTheyTravelWithTheNullnessTheServerKeeps() throws Exception {
        JsonNode schemas = JSON.readTree(get("/v3/api-docs").body()).at("/components/schemas");

        JsonNode request = schemas.at("/GenerateAvatarRequest/properties");
        assertThat(request.has("style_config")).isTrue();
        assertThat(request.has("async_generation")).isTrue();
        assertThat(request.has("styleConfig")).isFalse();
        assertThat(request.at("/prompt/minLength").asInt()).as("a blank prompt is refused").isEqualTo(1);
        assertThat(request.at("/style_config/pattern").asString()).startsWith("^").endsWith("$");
        assertThat(JSON.convertValue(request.at("/quality/enum"), List.class)).containsExactly("low", "medium", "high");
        JsonNode status = schemas.at("/JobStatusResponse");
        assertThat(status.at("/properties/image_url/nullable").asBoolean()).isTrue();
        assertThat(JSON.convertValue(status.get("required"), List.class))
                .contains("avatar_id", "progress_percent", "status").doesNotContain("image_url");
    }

    @Test
    void everyProblemCodeAndJobErrorCodeIsDocumentedUnderItsStatus() throws Exception {
        JsonNode schemas = JSON.readTree(get("/v3/api-docs").body()).at("/components/schemas");

        for (ProblemCode code : ProblemCode.values()) {
            assertThat(JSON.convertValue(schemas.at("/Problem" + code.status().value() + "/properties/code/enum"),
                    List.class)).as(code.name()).contains(code.apiCode());
        }
        for (JobErrorCode code : JobErrorCode.values()) {
            assertThat(JSON.convertValue(schemas.at("/Problem" + code.httpStatus() + "/properties/code/enum"),
                    List.class)).as(code.name()).contains(code.apiCode());
        }
    }

    @Test
    void generateDocumentsEveryAnswerItGivesAndTheCallersItTakes() throws Exception {
        JsonNode document = JSON.readTree(get("/v3/api-docs").body());
        JsonNode generate = document.at("/paths/~1api~1v1~1avatar~1generate/post");

        assertThat(document.at("/info/title").asString()).isEqualTo("Avatar Forge API");
        assertThat(generate.at("/responses/202/headers/Location").isObject()).isTrue();
        assertThat(generate.at("/responses/429/$ref").asString()).isEqualTo("#/components/responses/Problem429");
        assertThat(document.at("/components/responses/Problem429/headers").has("Retry-After")).isTrue();
        assertThat(document.at("/components/responses/Problem429/headers").has("RateLimit")).isTrue();
        assertThat(generate.get("security").toString()).contains("api_key").contains("firebase_id_token");
        assertThat(document.at("/paths/~1api~1v1~1avatar~1styles/get").has("security")).as("public").isFalse();
        assertThat(document.at("/paths/~1api~1v1~1avatar~1config/get/security").toString())
                .as("public, and an admin key widens the answer").isEqualTo("[{},{\"api_key\":[]}]");
        assertThat(document.at("/paths/~1api~1v1~1avatar~1images~1{id}/get/parameters").toString())
                .contains("\"expires\",\"required\":true").contains("\"signature\",\"required\":true");
    }

    /** A problem as every API client gets one, and without a trace of the server's internals. */
    private static void assertProblem(HttpResponse<String> response, int status, String code) {
        ApiAssertions.assertProblem(response, status, code);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private Consumer<String, String> requestedTopicConsumer() {
        Map<String, Object> props = TestKafka.consumerProps(infrastructure, "test-" + System.nanoTime(), false);
        props.put("auto.offset.reset", "latest");
        Consumer<String, String> consumer = new org.apache.kafka.clients.consumer.KafkaConsumer<>(props,
                new org.apache.kafka.common.serialization.StringDeserializer(),
                new org.apache.kafka.common.serialization.StringDeserializer());
        TestKafka.subscribe(consumer, "avatar.generation.requested");
        return consumer;
    }

    private long jobCount() {
        return jdbc.sql("select count(*) from generation_job").query(Long.class).single();
    }

    private String url(String path) {
        return api.url(path);
    }

    private HttpResponse<String> post(Map<String, Object> body) {
        return api.post("/api/v1/avatar/generate", body);
    }

    private HttpResponse<String> get(String path) {
        return api.get(path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return api.send(request);
    }
}
