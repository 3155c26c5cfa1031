package io.avatarforge.gateway;

import static io.avatarforge.testkit.ApiAssertions.assertProblem;
import static io.avatarforge.testkit.ApiClient.JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.avatarforge.platform.config.AvatarConfigHolder;
import io.avatarforge.platform.config.ConfigChangeListener;
import io.avatarforge.testkit.ApiClient;
import io.avatarforge.testkit.AvatarIntegrationTest;
import io.avatarforge.testkit.TestConfigFile;
import io.avatarforge.testkit.TestInfrastructure;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import tools.jackson.databind.JsonNode;

/**
 * Configuration as data over real HTTP, PostgreSQL and Kafka: admin-only reads and writes with bearer API keys,
 * validation, merge semantics, versions and rollback, concurrent writers, propagation to a second gateway instance,
 * and secrets that never reach a response or a log line.
 */
@AvatarIntegrationTest(classes = GatewayTestApplication.class,
        properties = {
            "avatar.gateway.security.bootstrap-admin-key=" + ConfigAdministrationHttpTest.ADMIN_KEY,
            "OPENAI_API_KEY=" + ConfigAdministrationHttpTest.OPENAI_SECRET
        },
        topics = {"avatar.generation.requested", "avatar.generation.completed", "avatar.config.changed"})
@TestConfigFile(resource = "/config/spec-example-config.json")
@ExtendWith(OutputCaptureExtension.class)
class ConfigAdministrationHttpTest {

    static final String ADMIN_KEY = "bootstrap-admin-key-for-tests-0123456789abcdef";
    static final String OPENAI_SECRET = "sk-test-openai-secret-never-shown-4242";
    /** The specification's configuration update example, verbatim. */
    static final String SPEC_CYBERPUNK_UPDATE = """
            {
                "style_templates": {
                    "cyberpunk": {
                        "base_prompt": "Cyberpunk style avatar with neon lighting and futuristic elements",
                        "transformation_instruction": "Transform into cyberpunk character maintaining identity",
                        "quality_modifiers": {
                            "low": "simple neon effects",
                            "medium": "detailed cyberpunk styling",
                            "high": "cinematic cyberpunk quality"
                        }
                    }
                }
            }
            """;

    private static final List<String> ISSUED_SECRETS = new ArrayList<>();

    @Autowired
    ApiClient api;

    @Autowired
    TestInfrastructure infrastructure;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AvatarConfigHolder holder;

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "POST, /api/v1/avatar/config",
        "GET, /api/v1/avatar/config/versions",
        "POST, /api/v1/avatar/config/rollback/1",
        "GET, /api/v1/admin/api-keys",
        "POST, /api/v1/admin/api-keys"
    })
    void adminEndpointsAnswer401WithoutAKeyAnd403WithoutTheAdminScope(String method, String path) throws Exception {
        String generateOnly = createKey("generate-only", List.of("generate"), null).get("key").asString();

        HttpResponse<String> anonymous = call(method, path, "{}", null);
        HttpResponse<String> wrongKey = call(method, path, "{}", "afk_not-a-real-key");
        HttpResponse<String> notAdmin = call(method, path, "{}", generateOnly);

        assertProblem(anonymous, 401, "unauthenticated");
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                v -> assertThat(v).startsWith("Bearer"));
        assertProblem(wrongKey, 401, "unauthenticated");
        assertProblem(notAdmin, 403, "forbidden");
    }

    @ParameterizedTest
    @CsvSource({"/api/v1/avatar/styles", "/api/v1/avatar/config/schema", "/actuator/health", "/v3/api-docs",
        "/swagger-ui/index.html"})
    void everyOtherEndpointStaysOpenToAnonymousCallers(String path) throws Exception {
        assertThat(call("GET", path, null, null).statusCode()).isEqualTo(200);
    }

    @Test
    void withoutAKeyTheConfigurationIsItsPublicViewWithNoProviderLimitOrSecret() throws Exception {
        HttpResponse<String> response = call("GET", "/api/v1/avatar/config", null, null);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("version").asLong()).isEqualTo(holder.current().version());
        assertThat(body.get("view").asString()).isEqualTo("public");
        JsonNode config = body.get("config");
        assertThat(config.propertyNames()).containsExactly("service_config", "quality_tiers", "style_templates");
        assertThat(config.get("service_config").propertyNames()).containsExactly("default_style", "default_quality",
                "default_async", "default_timeout_seconds");
        assertThat(config.get("service_config").get("default_quality").asString())
                .isEqualTo(holder.config().serviceConfig().defaultQuality());
        assertThat(config.get("service_config").get("default_async").asBoolean()).isFalse();
        assertThat(config.get("quality_tiers").valueStream().map(JsonNode::asString).toList())
                .containsExactly("low", "medium", "high");
        assertThat(config.get("style_templates").propertyNames()).containsAll(holder.config().styleTemplates().keySet());
        config.get("style_templates").forEach(style -> {
            assertThat(style.propertyNames()).containsExactly("description");
            assertThat(style.get("description").asString()).isNotBlank();
        });
        assertThat(response.body()).doesNotContain("provider_config", "gpt-image-1", "api_key", "rate_limits",
                "per_key_per_minute", "cost_limits", "daily_budget", "***", OPENAI_SECRET);
        assertThat(response.headers().allValues("Vary")).anySatisfy(v -> assertThat(v).contains("Authorization"));
    }

    @Test
    void aKeyWithoutTheAdminScopeSeesThePublicViewAndAnAdminTheFullDocument() throws Exception {
        String generateOnly = createKey("public-view", List.of("generate"), null).get("key").asString();

        JsonNode notAdmin = JSON.readTree(call("GET", "/api/v1/avatar/config", null, generateOnly).body());
        JsonNode admin = JSON.readTree(call("GET", "/api/v1/avatar/config", null, ADMIN_KEY).body());

        assertThat(notAdmin.get("view").asString()).isEqualTo("public");
        assertThat(notAdmin.get("config").has("provider_config")).isFalse();
        assertThat(admin.get("view").asString()).isEqualTo("full");
        assertThat(admin.get("config").has("provider_config")).isTrue();
    }

    @Test
    void theFullDocumentPostedBackAsItWasReadIsAccepted() throws Exception {
        JsonNode read = JSON.readTree(call("GET", "/api/v1/avatar/config", null, ADMIN_KEY).body());
        JsonNode limits = read.get("config").get("service_config").get("rate_limits");
        assertThat(limits.get("per_key_per_minute").isNumber()).as("a rate limit is no secret: " + limits).isTrue();
        assertThat(read.get("config").get("provider_config").get("gpt_image_1").get("api_key").asString())
                .isEqualTo("***");

        HttpResponse<String> posted = call("POST", "/api/v1/avatar/config",
                JSON.writeValueAsString(read.get("config")), ADMIN_KEY);

        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
        assertThat(JSON.readTree(posted.body()).get("validation_errors").isEmpty()).isTrue();
        JsonNode again = JSON.readTree(call("GET", "/api/v1/avatar/config", null, ADMIN_KEY).body());
        assertThat(again.get("config")).as("the same document, its masked key kept as it was")
                .isEqualTo(read.get("config"));
        assertThat(holder.config().providerConfig().get("gpt_image_1").apiKey()).isEqualTo(OPENAI_SECRET);
    }

    @Test
    void theSchemaIsServedAsDraft2020Twelve() throws Exception {
        HttpResponse<String> response = call("GET", "/api/v1/avatar/config/schema", null, null);

        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v).startsWith("application/schema+json"));
        JsonNode schema = JSON.readTree(response.body());
        assertThat(schema.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.get("properties").has("style_templates")).isTrue();
    }

    @Test
    void theEffectiveConfigIsShownWithItsVersionAndEverySecretRedacted() throws Exception {
        HttpResponse<String> response = call("GET", "/api/v1/avatar/config", null, ADMIN_KEY);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("version").asLong()).isEqualTo(holder.current().version()).isPositive();
        JsonNode gpt = body.get("config").get("provider_config").get("gpt_image_1");
        assertThat(gpt.get("api_key").asString()).isEqualTo("***");
        assertThat(gpt.get("model").asString()).isEqualTo("gpt-image-1");
        assertThat(body.get("config").get("style_templates").size()).isGreaterThanOrEqualTo(10);
        assertThat(response.body()).doesNotContain(OPENAI_SECRET).doesNotContain("${OPENAI_API_KEY}");
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(
                v -> assertThat(v).contains("no-store"));
    }

    @Test
    void theSpecificationsUpdateAddsCyberpunkKeepsEveryOtherStyleAndIsLiveAtOnce() throws Exception {
        List<String> stylesBefore = styleKeys();
        long before = holder.current().version();

        HttpResponse<String> response = call("POST", "/api/v1/avatar/config", SPEC_CYBERPUNK_UPDATE, ADMIN_KEY);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("status").asString()).isEqualTo("updated");
        assertThat(body.get("version").asLong()).isGreaterThan(before);
        assertThat(body.get("validation_errors").isEmpty()).isTrue();
        assertThat(holder.current().version()).isGreaterThanOrEqualTo(body.get("version").asLong());
        assertThat(styleKeys()).containsAll(stylesBefore).contains("cyberpunk");
        assertThat(holder.config().style("cyberpunk").orElseThrow().basePrompt())
                .isEqualTo("Cyberpunk style avatar with neon lighting and futuristic elements");
        assertThat(holder.config().style("cyberpunk").orElseThrow().qualityModifier("high"))
                .isEqualTo("cinematic cyberpunk quality");
    }

    @Test
    void aNullRemovesAKeyAndQualityAndLimitsChangeTheSameWay() throws Exception {
        addStyle("doomed");
        HttpResponse<String> response = call("POST", "/api/v1/avatar/config", """
                {"style_templates": {"doomed": null},
                 "service_config": {"default_quality": "high", "cost_limits": {"daily_budget": 12.5}}}
                """, ADMIN_KEY);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(styleKeys()).doesNotContain("doomed").contains("cartoon_3d");
        assertThat(holder.config().serviceConfig().defaultQuality()).isEqualTo("high");
        assertThat(holder.config().serviceConfig().costLimits().dailyBudget()).isEqualByComparingTo("12.5");
        assertThat(holder.config().serviceConfig().costLimits().perUserDailyLimit()).isEqualTo(5);
        call("POST", "/api/v1/avatar/config", "{\"service_config\": {\"default_quality\": \"medium\"}}", ADMIN_KEY);
    }

    @Test
    void anInvalidUpdateIsRefusedWith422AndEveryErrorAndChangesNothing() throws Exception {
        long before = latestStoredVersion();
        AvatarConfigHolder.Versioned inForce = holder.current();

        HttpResponse<String> response = call("POST", "/api/v1/avatar/config", """
                {"service_config": {"default_quality": "ultra", "default_provider": "dall_e",
                                    "cost_limits": {"daily_budget": -3}},
                 "style_templates": {"noir": {"description": "Film noir"}}}
                """, ADMIN_KEY);

        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("status").asString()).isEqualTo("invalid");
        assertThat(body.get("version").asLong()).isEqualTo(before);
        List<String> paths = body.get("validation_errors").valueStream().map(e -> e.get("path").asString()).toList();
        assertThat(paths).contains("$.service_config.default_quality", "$.service_config.default_provider",
                "$.service_config.cost_limits.daily_budget", "$.style_templates.noir.base_prompt");
        assertThat(body.get("validation_errors").valueStream()).allSatisfy(
                e -> assertThat(e.get("message").asString()).isNotBlank());
        assertThat(latestStoredVersion()).isEqualTo(before);
        assertThat(holder.current()).isSameAs(inForce);
    }

    @Test
    void aLiteralSecretInAnUpdateIsRefused() throws Exception {
        HttpResponse<String> response = call("POST", "/api/v1/avatar/config",
                "{\"provider_config\": {\"gpt_image_1\": {\"api_key\": \"sk-pasted-by-mistake\"}}}", ADMIN_KEY);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(response.body()).get("validation_errors").get(0).get("path").asString())
                .isEqualTo("$.provider_config.gpt_image_1.api_key");
        assertThat(jdbc.sql("select count(*) from config_version where document like '%sk-pasted%'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void everyVersionIsListedWithWhoAndWhatAndARollbackRestoresAnEarlierOne() throws Exception {
        long base = addStyle("versioned_style");
        assertThat(styleKeys()).contains("versioned_style");

        JsonNode history = JSON.readTree(call("GET", "/api/v1/avatar/config/versions", null, ADMIN_KEY).body());
        JsonNode newest = history.get("versions").get(0);
        assertThat(newest.get("version").asLong()).isEqualTo(base);
        assertThat(newest.get("action").asString()).isEqualTo("update");
        assertThat(newest.get("created_by").asString()).contains("bootstrap-admin");
        assertThat(newest.get("created_at").asString()).isNotBlank();
        assertThat(newest.get("changed_paths").valueStream().map(JsonNode::asString).toList())
                .containsExactly("$.style_templates.versioned_style");
        assertThat(history.get("versions").valueStream().map(v -> v.get("version").asLong()).toList())
                .contains(1L).isSortedAccordingTo((a, b) -> Long.compare(b, a));

        HttpResponse<String> rollback = call("POST", "/api/v1/avatar/config/rollback/" + (base - 1), null,
                ADMIN_KEY);

        assertThat(rollback.statusCode()).as(rollback.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(rollback.body());
        assertThat(body.get("status").asString()).isEqualTo("updated");
        assertThat(body.get("version").asLong()).isGreaterThan(base);
        assertThat(styleKeys()).doesNotContain("versioned_style");
        JsonNode rolledBack = JSON.readTree(call("GET", "/api/v1/avatar/config/versions?limit=1", null, ADMIN_KEY)
                .body()).get("versions").get(0);
        assertThat(rolledBack.get("action").asString()).isEqualTo("rollback");
        assertThat(rolledBack.get("source_version").asLong()).isEqualTo(base - 1);
        assertProblem(call("POST", "/api/v1/avatar/config/rollback/99999", null, ADMIN_KEY), 404,
                "config_version_not_found");
    }

    @Test
    void concurrentWritersLoseNoUpdate() throws Exception {
        int writers = 6;
        List<Callable<HttpResponse<String>>> updates = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            String body = "{\"style_templates\": {\"concurrent_" + i + "\": {\"base_prompt\": \"style " + i + "\"}}}";
            updates.add(() -> call("POST", "/api/v1/avatar/config", body, ADMIN_KEY));
        }
        List<Long> versions = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(writers)) {
            for (Future<HttpResponse<String>> result : pool.invokeAll(updates)) {
                HttpResponse<String> response = result.get();
                assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                versions.add(JSON.readTree(response.body()).get("version").asLong());
            }
        }

        assertThat(versions).doesNotHaveDuplicates();
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(styleKeys())
                .contains("concurrent_0", "concurrent_1", "concurrent_2", "concurrent_3", "concurrent_4",
                        "concurrent_5"));
    }

    @Test
    void aChangeReachesASecondGatewayInstanceWithinTwoSeconds() throws Exception {
        // The second instance's backstop poll is off, so only the avatar.config.changed event can bring the change.
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(GatewayTestApplication.class)
                // This test's database, data directory and configuration file, as command-line arguments.
                .run(infrastructure.arguments("--server.port=0",
                        "--spring.kafka.bootstrap-servers=" + infrastructure.kafkaBootstrapServers(),
                        "--avatar.gateway.image-signing-key=test-signing-key-0123456789abcdef0123456789",
                        "--avatar.gateway.topic-partitions=2",
                        "--avatar.config.poll-interval=1h"))) {
            AvatarConfigHolder secondHolder = second.getBean(AvatarConfigHolder.class);
            assertThat(secondHolder.current().version()).isEqualTo(latestStoredVersion());
            var listener = second.getBean(KafkaListenerEndpointRegistry.class)
                    .getListenerContainer(ConfigChangeListener.LISTENER_ID);
            await().atMost(Duration.ofSeconds(30)).until(() -> listener.getAssignedPartitions() != null
                    && !listener.getAssignedPartitions().isEmpty());

            long version = addStyle("propagated_style");

            await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(20))
                    .until(() -> secondHolder.current().version() >= version);
            assertThat(secondHolder.config().styleTemplates()).containsKey("propagated_style");
        }
    }

    @Test
    void anApiKeyIsShownOnceWorksAndStopsWorkingWhenRevoked() throws Exception {
        JsonNode created = createKey("ops-dashboard", List.of("admin"), "user-42");
        String secret = created.get("key").asString();
        String id = created.get("id").asString();

        assertThat(secret).startsWith("afk_").hasSizeGreaterThan(40);
        assertThat(created.get("scopes").valueStream().map(JsonNode::asString).toList()).containsExactly("admin");
        assertThat(created.get("user_id").asString()).isEqualTo("user-42");
        assertThat(call("GET", "/api/v1/avatar/config", null, secret).statusCode()).isEqualTo(200);
        HttpResponse<String> listed = call("GET", "/api/v1/admin/api-keys", null, ADMIN_KEY);
        assertThat(listed.body()).contains(id).doesNotContain(secret).doesNotContain("key_hash");
        assertThat(jdbc.sql("select count(*) from api_key where key_hash = ? or key_prefix = ?")
                .params(secret, secret).query(Long.class).single()).as("never stored in plaintext").isZero();

        assertThat(call("DELETE", "/api/v1/admin/api-keys/" + id, null, ADMIN_KEY).statusCode()).isEqualTo(204);

        assertProblem(call("GET", "/api/v1/avatar/config", null, secret), 401, "unauthenticated");
        assertProblem(call("DELETE", "/api/v1/admin/api-keys/" + java.util.UUID.randomUUID(), null, ADMIN_KEY), 404,
                "api_key_not_found");
        assertProblem(call("POST", "/api/v1/admin/api-keys", "{\"name\": \"x\", \"scopes\": [\"root\"]}", ADMIN_KEY),
                400, "invalid_field");
    }

    @Test
    void noSecretReachesAResponseOrALogLine(CapturedOutput output) throws Exception {
        String issued = createKey("log-check", List.of("admin"), null).get("key").asString();
        List<HttpResponse<String>> responses = List.of(
                call("GET", "/api/v1/avatar/config", null, issued),
                call("GET", "/api/v1/avatar/config/versions", null, issued),
                call("POST", "/api/v1/avatar/config",
                        "{\"provider_config\": {\"gpt_image_1\": {\"timeout_seconds\": 31}}}", issued),
                call("POST", "/api/v1/avatar/config",
                        "{\"provider_config\": {\"gpt_image_1\": {\"api_key\": \"sk-literal-" + OPENAI_SECRET + "\"}}}",
                        issued),
                call("GET", "/api/v1/avatar/config", null, "afk_wrong" + ADMIN_KEY));

        List<String> secrets = new ArrayList<>(ISSUED_SECRETS);
        secrets.addAll(List.of(ADMIN_KEY, OPENAI_SECRET));
        for (HttpResponse<String> response : responses) {
            for (String secret : secrets) {
                assertThat(response.body()).doesNotContain(secret);
            }
        }
        for (String secret : secrets) {
            assertThat(output.getAll()).doesNotContain(secret);
        }
        assertThat(output.getAll()).contains("Configuration version");
    }

    private long addStyle(String key) throws Exception {
        HttpResponse<String> response = call("POST", "/api/v1/avatar/config",
                "{\"style_templates\": {\"" + key + "\": {\"base_prompt\": \"" + key + " look\"}}}", ADMIN_KEY);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).get("version").asLong();
    }

    private JsonNode createKey(String name, List<String> scopes, @Nullable String userId) throws Exception {
        Map<String, Object> request = userId == null ? Map.of("name", name, "scopes", scopes)
                : Map.of("name", name, "scopes", scopes, "user_id", userId);
        HttpResponse<String> response = call("POST", "/api/v1/admin/api-keys", JSON.writeValueAsString(request),
                ADMIN_KEY);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(
                v -> assertThat(v).contains("no-store"));
        JsonNode body = JSON.readTree(response.body());
        synchronized (ISSUED_SECRETS) {
            ISSUED_SECRETS.add(body.get("key").asString());
        }
        return body;
    }

    private List<String> styleKeys() throws Exception {
        JsonNode styles = JSON.readTree(call("GET", "/api/v1/avatar/styles", null, null).body()).get("styles");
        return styles.valueStream().map(s -> s.get("key").asString()).toList();
    }

    private long latestStoredVersion() {
        return jdbc.sql("select max(version) from config_version").query(Long.class).single();
    }

    private HttpResponse<String> call(String method, String path, @Nullable String body, @Nullable String key) {
        return api.withKey(key).send(method, path, body);
    }
}
