package io.avatarforge.gateway;

import static io.avatarforge.testkit.ApiAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.avatarforge.testkit.ApiClient;
import io.avatarforge.testkit.AvatarIntegrationTest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Browser callers from the configured origins, as a browser sends them over real HTTP: the preflight is answered
 * without a key, the actual answer (an error included) carries the headers that let the page read it, and an origin
 * that is not configured gets no {@code Access-Control-Allow-Origin} and a problem.
 */
@AvatarIntegrationTest(classes = GatewayTestApplication.class,
        properties = "avatar.gateway.cors.allowed-origins=https://app.example.com, https://*.example.org")
class CorsHttpTest {

    private static final String APP = "https://app.example.com";

    @Autowired
    ApiClient api;

    @Test
    void aPreflightForGeneratingIsAnsweredWithoutAKey() {
        HttpResponse<String> response = api.send("OPTIONS", "/api/v1/avatar/generate", null,
                "Origin", APP,
                "Access-Control-Request-Method", "POST",
                "Access-Control-Request-Headers", "authorization, content-type, idempotency-key");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(header(response, "Access-Control-Allow-Origin")).isEqualTo(APP);
        assertThat(list(response, "Access-Control-Allow-Methods")).contains("post");
        assertThat(list(response, "Access-Control-Allow-Headers"))
                .contains("authorization", "content-type", "idempotency-key");
        assertThat(header(response, "Access-Control-Max-Age")).isEqualTo("3600");
        assertThat(response.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
    }

    @Test
    void aPreflightForTheStatusStreamMayAskForLastEventId() {
        HttpResponse<String> response = api.send("OPTIONS", "/api/v1/avatar/status/" + java.util.UUID.randomUUID()
                + "/events", null, "Origin", "https://web.example.org", "Access-Control-Request-Method", "GET",
                "Access-Control-Request-Headers", "last-event-id");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(header(response, "Access-Control-Allow-Origin")).isEqualTo("https://web.example.org");
        assertThat(list(response, "Access-Control-Allow-Headers")).contains("last-event-id");
    }

    @Test
    void anActualAnswerExposesTheHeadersAClientActsOn() {
        HttpResponse<String> response = api.get("/api/v1/avatar/styles", "Origin", APP);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(header(response, "Access-Control-Allow-Origin")).isEqualTo(APP);
        assertThat(list(response, "Access-Control-Expose-Headers")).contains("location", "retry-after", "ratelimit",
                "ratelimit-policy", "idempotent-replayed", "www-authenticate");
        assertThat(response.headers().allValues("Vary")).anySatisfy(v -> assertThat(v).contains("Origin"));
    }

    @Test
    void aRefusalIsReadableByThePageToo() {
        HttpResponse<String> response = api.post("/api/v1/avatar/generate", "{}", "Origin", APP);

        assertProblem(response, 401, "unauthenticated");
        assertThat(header(response, "Access-Control-Allow-Origin")).isEqualTo(APP);
    }

    @Test
    void signedImageDownloadsAreCoveredToo() {
        HttpResponse<String> response = api.get("/api/v1/avatar/images/" + java.util.UUID.randomUUID()
                + "?expires=1&signature=x", "Origin", APP);

        assertThat(response.statusCode()).isGreaterThanOrEqualTo(400);
        assertThat(header(response, "Access-Control-Allow-Origin")).isEqualTo(APP);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example", "http://app.example.com", "https://example.org.evil.example"})
    void anOriginNotConfiguredGetsNoAllowOriginAndAProblem(String origin) {
        HttpResponse<String> preflight = api.send("OPTIONS", "/api/v1/avatar/generate", null, "Origin", origin,
                "Access-Control-Request-Method", "POST");
        HttpResponse<String> actual = api.get("/api/v1/avatar/styles", "Origin", origin);

        for (HttpResponse<String> response : List.of(preflight, actual)) {
            assertProblem(response, 403, "cors_rejected");
            assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        }
    }

    @Test
    void aPreflightAskingForAHeaderThatIsNotAllowedIsRefused() {
        HttpResponse<String> response = api.send("OPTIONS", "/api/v1/avatar/generate", null, "Origin", APP,
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "x-debug-everything");

        assertProblem(response, 403, "cors_rejected");
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void aSameOriginOrServerCallerIsNotAffected() {
        assertThat(api.get("/api/v1/avatar/styles").statusCode()).isEqualTo(200);
        assertThat(api.get("/api/v1/avatar/styles").headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    private static String header(HttpResponse<String> response, String name) {
        return response.headers().firstValue(name).orElseThrow(() -> new AssertionError(
                name + " missing; status " + response.statusCode() + ", headers " + response.headers().map()));
    }

    private static List<String> list(HttpResponse<String> response, String name) {
        return response.headers().allValues(name).stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(value -> value.strip().toLowerCase(Locale.ROOT))
                .toList();
    }
}
