package io.avatarforge.standalone;

import static io.avatarforge.testkit.ApiClient.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import io.avatarforge.testkit.ApiClient;
import io.avatarforge.testkit.AvatarIntegrationTest;
import io.avatarforge.testkit.MovableClock;
import io.avatarforge.testkit.TestConfigFile;
import io.avatarforge.testkit.TestImages;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The result cache (FR-116-14) end to end, gateway and worker on real PostgreSQL and Kafka, with a provider that counts
 * its calls: what makes a hit, what makes a miss (age, an edited template, another user, caching off), and what a hit
 * answers (completed at once, cost 0, {@code metadata.cached}, counted in usage and metrics).
 */
@AvatarIntegrationTest(classes = {StandaloneApplication.class, ResultCacheTest.Fixtures.class},
        properties = "avatar.gateway.security.bootstrap-admin-key=" + ResultCacheTest.ADMIN_KEY)
@TestConfigFile("""
        {"service_config": {"default_provider": "counting", "default_timeout_seconds": 20,
           "enable_caching": true, "cache_ttl_hours": 2},
         "provider_config": {"counting": {"type": "counting", "model": "count-1",
           "quality_settings": {"medium": {"quality": "medium", "cost": 0.01}}}}}
        """)
class ResultCacheTest {

    static final String ADMIN_KEY = "result-cache-admin-key-0123456789abcdef";
    /** A backend's key: it generates on behalf of the users it names. */
    private static String trustedKey;

    @Autowired
    ApiClient api;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CountingProvider provider;

    @Autowired
    MovableClock clock;

    @Autowired
    MeterRegistry meters;

    @TestConfiguration
    static class Fixtures {
        @Bean
        CountingProvider countingProvider() {
            return new CountingProvider();
        }

        /** The whole application ages at once when the test moves it. */
        @Bean
        MovableClock movableClock() {
            return MovableClock.ofSystem();
        }
    }

    @BeforeEach
    void aTrustedBackendKey() {
        if (trustedKey == null) {
            HttpResponse<String> created = api.withKey(ADMIN_KEY).post("/api/v1/admin/api-keys",
                    Map.of("name", "backend", "scopes", java.util.List.of("generate", "trusted_server")));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            trustedKey = JSON.readTree(created.body()).get("key").asString();
        }
    }

    @Test
    void aSecondIdenticalRequestIsAnsweredFromTheFirstsResultAtNoCostWithoutAProviderCall() {
        String image = TestImages.jpegDataUri(120, 120);
        double hitsBefore = counter("avatar.cache.hits", "result");
        double missesBefore = counter("avatar.cache.misses", null);

        JsonNode first = generated("hit-user", "a cached portrait", image, "cartoon_3d");
        int callsAfterFirst = provider.totalCalls();
        JsonNode second = generated("hit-user", "a cached portrait", image, "cartoon_3d");

        assertThat(first.get("metadata").get("cached").asBoolean()).isFalse();
        assertThat(first.get("cost_estimate").decimalValue()).isEqualByComparingTo("0.01");
        assertThat(second.get("metadata").get("cached").asBoolean()).isTrue();
        assertThat(second.get("cost_estimate").decimalValue()).isEqualByComparingTo("0");
        assertThat(second.get("avatar_id").asString()).isNotEqualTo(first.get("avatar_id").asString());
        assertThat(provider.totalCalls()).as("no provider call for the hit").isEqualTo(callsAfterFirst);
        assertThat(api.send(HttpRequest.newBuilder(URI.create(second.get("image_url").asString())),
                HttpResponse.BodyHandlers.ofByteArray()).statusCode()).as("the hit's image downloads").isEqualTo(200);

        JsonNode status = ApiClient.json(api.withKey(trustedKey).get("/api/v1/avatar/status/"
                + second.get("avatar_id").asString()));
        assertThat(status.get("status").asString()).isEqualTo("completed");
        assertThat(status.get("metadata").get("cached").asBoolean()).isTrue();
        assertThat(status.get("cost").decimalValue()).isEqualByComparingTo("0");
        JsonNode firstStatus = ApiClient.json(api.withKey(trustedKey).get("/api/v1/avatar/status/"
                + first.get("avatar_id").asString()));
        assertThat(firstStatus.get("metadata").get("cached").asBoolean()).isFalse();

        assertThat(reservedFor("hit-user")).as("a hit reserves nothing").isEqualByComparingTo("0");
        JsonNode usage = ApiClient.json(api.withKey(ADMIN_KEY).get("/api/v1/avatar/usage?user_id=hit-user"));
        assertThat(usage.get("generations").asLong()).isEqualTo(2);
        assertThat(usage.get("cached").asLong()).isEqualTo(1);
        assertThat(usage.get("total_cost").decimalValue()).isEqualByComparingTo("0.01");
        assertThat(counter("avatar.cache.hits", "result") - hitsBefore).isEqualTo(1.0);
        assertThat(counter("avatar.cache.misses", null) - missesBefore).isEqualTo(1.0);
    }

    @Test
    void aResultOlderThanTheTimeToLiveNoLongerAnswers() {
        String image = TestImages.jpegDataUri(121, 121);
        generated("ttl-user", "an aging portrait", image, "cartoon_3d");
        assertThat(generated("ttl-user", "an aging portrait", image, "cartoon_3d").get("metadata").get("cached")
                .asBoolean()).as("within the TTL").isTrue();
        int calls = provider.totalCalls();

        clock.advance(Duration.ofHours(2).plusMinutes(1));
        JsonNode aged = generated("ttl-user", "an aging portrait", image, "cartoon_3d");

        assertThat(aged.get("metadata").get("cached").asBoolean()).isFalse();
        assertThat(provider.totalCalls()).isEqualTo(calls + 1);
    }

    @Test
    void editingTheStyleTemplateStopsItsOldResultsFromAnswering() {
        String image = TestImages.jpegDataUri(122, 122);
        generated("style-user", "a restyled portrait", image, "pixel_art");
        int calls = provider.totalCalls();

        updateConfig("""
                {"style_templates": {"pixel_art": {"base_prompt": "16-bit pixel art portrait, edited"}}}""");
        JsonNode afterEdit = generated("style-user", "a restyled portrait", image, "pixel_art");

        assertThat(afterEdit.get("metadata").get("cached").asBoolean()).isFalse();
        assertThat(provider.totalCalls()).isEqualTo(calls + 1);
        assertThat(generated("style-user", "a restyled portrait", image, "pixel_art").get("metadata")
                .get("cached").asBoolean()).as("the edited template's own result answers").isTrue();
    }

    @Test
    void oneUsersPhotoNeverAnswersAnotherUsersRequestUnlessTheScopeIsGlobal() {
        String image = TestImages.jpegDataUri(123, 123);
        generated("alice", "a shared portrait", image, "cartoon_3d");
        int calls = provider.totalCalls();

        JsonNode bob = generated("bob", "a shared portrait", image, "cartoon_3d");
        assertThat(bob.get("metadata").get("cached").asBoolean()).as("per-user scope").isFalse();
        assertThat(provider.totalCalls()).isEqualTo(calls + 1);

        updateConfig("{\"service_config\": {\"cache_scope\": \"global\"}}");
        try {
            String other = TestImages.jpegDataUri(124, 124);
            generated("carol", "a global portrait", other, "cartoon_3d");
            JsonNode dave = generated("dave", "a global portrait", other, "cartoon_3d");
            assertThat(dave.get("metadata").get("cached").asBoolean()).as("global scope").isTrue();
            assertThat(provider.totalCalls()).isEqualTo(calls + 2);
        } finally {
            updateConfig("{\"service_config\": {\"cache_scope\": \"user\"}}");
        }
    }

    @Test
    void withCachingDisabledIdenticalRequestsEachCallTheProvider() {
        String image = TestImages.jpegDataUri(125, 125);
        updateConfig("{\"service_config\": {\"enable_caching\": false}}");
        try {
            generated("off-user", "an uncached portrait", image, "cartoon_3d");
            int calls = provider.totalCalls();
            JsonNode second = generated("off-user", "an uncached portrait", image, "cartoon_3d");
            assertThat(second.get("metadata").get("cached").asBoolean()).isFalse();
            assertThat(provider.totalCalls()).isEqualTo(calls + 1);
        } finally {
            updateConfig("{\"service_config\": {\"enable_caching\": true}}");
        }
    }

    /** A synchronous generation for {@code user}, answered 200. */
    private JsonNode generated(String user, String prompt, String image, String style) {
        HttpResponse<String> response = api.withKey(trustedKey).post("/api/v1/avatar/generate",
                Map.of("prompt", prompt, "image", image, "style_config", style, "user_id", user));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiClient.json(response);
    }

    private void updateConfig(String patch) {
        HttpResponse<String> response = api.withKey(ADMIN_KEY).post("/api/v1/avatar/config", patch);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private java.math.BigDecimal reservedFor(String user) {
        return jdbc.sql("select coalesce(sum(reserved_cost), 0) from generation_job where user_id = :user"
                        + " and cache_source_id is not null")
                .param("user", user).query(java.math.BigDecimal.class).single();
    }

    private double counter(String name, String source) {
        var search = meters.find(name);
        Counter counter = (source == null ? search : search.tag("source", source)).counter();
        return counter == null ? 0 : counter.count();
    }
}
