package io.avatarforge.gateway;

import static io.avatarforge.testkit.ApiClient.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import io.avatarforge.gateway.firebase.FirebaseIdTokenVerifier;
import io.avatarforge.gateway.firebase.FirebaseStandIn;
import io.avatarforge.testkit.ApiClient;
import io.avatarforge.testkit.AvatarIntegrationTest;
import io.avatarforge.testkit.TestConfigFile;
import io.avatarforge.testkit.TestImages;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Who a caller is, as production sees it (no anonymous callers): API keys bound to users, trusted backends naming
 * users, Firebase app users; and what each may see of other callers' jobs.
 */
@AvatarIntegrationTest(classes = {GatewayTestApplication.class, CallerIdentityHttpTest.Firebase.class},
        properties = {
            "avatar.gateway.security.bootstrap-admin-key=" + CallerIdentityHttpTest.ADMIN_KEY,
            "avatar.gateway.security.firebase-project-id=" + CallerIdentityHttpTest.PROJECT
        })
@TestConfigFile("{\"service_config\": {\"rate_limits\": {\"per_key_per_minute\": 3, \"per_user_per_minute\": 100}}}")
class CallerIdentityHttpTest {

    static final String ADMIN_KEY = "caller-identity-admin-key-0123456789abcdef";
    static final String PROJECT = "avatar-forge-identity-test";
    private static final FirebaseStandIn GOOGLE = new FirebaseStandIn();

    @TestConfiguration
    static class Firebase {
        @Bean
        FirebaseIdTokenVerifier firebaseIdTokenVerifier() {
            return FirebaseIdTokenVerifier.forProject(PROJECT, GOOGLE.transport());
        }
    }

    @Autowired
    ApiClient api;

    @Autowired
    JdbcClient jdbc;

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

    /** The case: a key "for" userId used to be created bound to no user. */
    @Test
    void aKeyRequestNamingItsUserInCamelCaseIsRefusedNotCreatedForNobody() throws Exception {
        long keysBefore = jdbc.sql("select count(*) from api_key").query(Long.class).single();

        HttpResponse<String> refused = send("POST", "/api/v1/admin/api-keys", ADMIN_KEY,
                JSON.writeValueAsString(Map.of("name", "k", "scopes", List.of("generate"), "userId", "grace")));

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        JsonNode problem = JSON.readTree(refused.body());
        assertThat(problem.get("code").asString()).isEqualTo("unknown_field");
        assertThat(problem.get("field").asString()).isEqualTo("userId");
        assertThat(jdbc.sql("select count(*) from api_key").query(Long.class).single()).isEqualTo(keysBefore);
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

    private HttpResponse<String> send(String method, String path, @Nullable String bearer, @Nullable String body) {
        return api.withKey(bearer).send(method, path, body);
    }
}
