package io.avatarforge.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.avatarforge.gateway.firebase.FirebaseIdTokenVerifier;
import io.avatarforge.gateway.firebase.FirebaseStandIn;
import io.avatarforge.testkit.PostgresTestDatabase;
import io.avatarforge.testkit.TestImages;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who a caller is, as production sees it (no anonymous callers): API keys bound to users, trusted backends naming
 * users, Firebase app users; and what each may see of other callers' jobs.
 */
@SpringBootTest(classes = {GatewayTestApplication.class, CallerIdentityHttpTest.Firebase.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
            "avatar.gateway.image-signing-key=test-signing-key-0123456789abcdef0123456789",
            "avatar.gateway.topic-partitions=2",
            "avatar.gateway.security.bootstrap-admin-key=" + CallerIdentityHttpTest.ADMIN_KEY,
            "avatar.gateway.security.firebase-project-id=" + CallerIdentityHttpTest.PROJECT
        })
@EmbeddedKafka(partitions = 2, topics = {"avatar.generation.requested", "avatar.generation.completed"})
class CallerIdentityHttpTest {

    static final String ADMIN_KEY = "caller-identity-admin-key-0123456789abcdef";
    static final String PROJECT = "avatar-forge-identity-test";
    private static final FirebaseStandIn GOOGLE = new FirebaseStandIn();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static String databaseUrl;
    private static Path dataDir;

    @TestConfiguration
    static class Firebase {
        @Bean
        FirebaseIdTokenVerifier firebaseIdTokenVerifier() {
            return FirebaseIdTokenVerifier.forProject(PROJECT, GOOGLE.transport());
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) throws IOException {
        if (databaseUrl == null) {
            databaseUrl = PostgresTestDatabase.freshSchemaUrl("identity");
            dataDir = Files.createTempDirectory("avatar-identity-test");
            Files.writeString(dataDir.resolve("config.json"),
                    "{\"service_config\": {\"rate_limits\": {\"per_key_per_minute\": 3, \"per_user_per_minute\": 100}}}");
        }
        registry.add("spring.datasource.url", () -> databaseUrl);
        registry.add("spring.datasource.username", () -> PostgresTestDatabase.USER);
        registry.add("spring.datasource.password", () -> PostgresTestDatabase.PASSWORD);
        registry.add("avatar.data-dir", () -> dataDir.toString());
        registry.add("avatar.config-path", () -> dataDir.resolve("config.json").toString());
    }

    @Test
    void withoutAKeyOrTokenNobodyGenerates() throws Exception {
        HttpResponse<String> refused = generate(null, "someone");
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(refused.body()).get("code").asString()).isEqualTo("unauthenticated");
        assertThat(send("GET", "/api/v1/avatar/status/5b0c1b8e-0000-4000-8000-000000000000", null, null).statusCode())
                .isEqualTo(401);
    }

    @Test
    void aKeyBoundToAUserGeneratesAsThatUserWhateverTheBodySays() throws Exception {
        String key = createKey(List.of("generate"), "alice");

        String job = jobId(generate(key, "mallory"));

        assertThat(owner(job)).isEqualTo("alice");
    }

    @Test
    void aTrustedServerKeyGeneratesForTheUserItNames() throws Exception {
        String backend = createKey(List.of("generate", "trusted_server"), null);

        String job = jobId(generate(backend, "carol"));

        assertThat(owner(job)).isEqualTo("carol");
    }

    @Test
    void aFirebaseAppUserGeneratesAsTheirUid() throws Exception {
        String token = GOOGLE.idToken("firebase-uid-42", PROJECT, Instant.now().plusSeconds(3600));

        String job = jobId(generate(token, "someone-else"));

        assertThat(owner(job)).isEqualTo("firebase-uid-42");
        assertThat(send("GET", "/api/v1/avatar/status/" + job, token, null).statusCode()).isEqualTo(200);
    }

    @Test
    void aForgedOrForeignFirebaseTokenIsRefused() throws Exception {
        assertThat(generate(GOOGLE.forgedIdToken("x", PROJECT, Instant.now().plusSeconds(3600)), null).statusCode())
                .isEqualTo(401);
        assertThat(generate(GOOGLE.idToken("x", "another-project", Instant.now().plusSeconds(3600)), null)
                .statusCode()).isEqualTo(401);
    }

    @Test
    void anotherCallersJobIsNotFoundButAdminsSeeIt() throws Exception {
        String dave = createKey(List.of("generate"), "dave");
        String erin = createKey(List.of("generate"), "erin");
        String job = jobId(generate(dave, null));

        HttpResponse<String> asErin = send("GET", "/api/v1/avatar/status/" + job, erin, null);
        assertThat(asErin.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(asErin.body()).get("code").asString()).isEqualTo("job_not_found");
        assertThat(send("POST", "/api/v1/avatar/jobs/" + job + "/cancel", erin, "").statusCode()).isEqualTo(404);

        assertThat(send("GET", "/api/v1/avatar/status/" + job, dave, null).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/api/v1/avatar/status/" + job, ADMIN_KEY, null).statusCode()).isEqualTo(200);
    }

    @Test
    void eachKeyHasItsOwnRequestRate() throws Exception {
        String busy = createKey(List.of("generate", "trusted_server"), null);
        for (int i = 0; i < 3; i++) {
            assertThat(generate(busy, "user-" + i).statusCode()).isEqualTo(202);
        }

        HttpResponse<String> limited = generate(busy, "user-9");

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(JSON.readTree(limited.body()).get("code").asString()).isEqualTo("rate_limited");
        assertThat(limited.headers().firstValue("Retry-After")).isPresent();
        assertThat(limited.headers().firstValue("RateLimit-Policy")).hasValue("\"per-minute\";q=3;w=60");
        String other = createKey(List.of("generate"), "frank");
        assertThat(generate(other, null).statusCode()).as("another key is unaffected").isEqualTo(202);
    }

    private String createKey(List<String> scopes, @Nullable String userId) throws Exception {
        String body = JSON.writeValueAsString(userId == null ? Map.of("name", "k", "scopes", scopes)
                : Map.of("name", "k", "scopes", scopes, "user_id", userId));
        HttpResponse<String> created = send("POST", "/api/v1/admin/api-keys", ADMIN_KEY, body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JSON.readTree(created.body()).get("key").asString();
    }

    private String owner(String jobId) {
        return jdbc.sql("select user_id from generation_job where id = cast(:id as uuid)").param("id", jobId)
                .query(String.class).single();
    }

    private static String jobId(HttpResponse<String> accepted) {
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        JsonNode body = JSON.readTree(accepted.body());
        return body.get("job_id").asString();
    }

    private HttpResponse<String> generate(@Nullable String bearer, @Nullable String userId) throws Exception {
        Map<String, Object> body = userId == null
                ? Map.of("prompt", "a portrait", "image", TestImages.jpegDataUri(48, 48), "async", true)
                : Map.of("prompt", "a portrait", "image", TestImages.jpegDataUri(48, 48), "async", true,
                        "user_id", userId);
        return send("POST", "/api/v1/avatar/generate", bearer, JSON.writeValueAsString(body));
    }

    private HttpResponse<String> send(String method, String path, @Nullable String bearer, @Nullable String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
