package io.avatarforge.gateway;

import static io.avatarforge.testkit.ApiClient.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import io.avatarforge.testkit.ApiClient;
import io.avatarforge.testkit.AvatarIntegrationTest;
import io.avatarforge.testkit.TestConfigFile;
import io.avatarforge.testkit.TestImages;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The gateway alone (no worker, so jobs stay queued) with priced jobs: per-user refusals over HTTP, cancellation
 * giving the reservation back, and the usage report and budget gauges.
 */
@AvatarIntegrationTest(classes = GatewayTestApplication.class,
        properties = {
            "avatar.gateway.security.bootstrap-admin-key=" + CancelAndUsageHttpTest.ADMIN_KEY,
            // Spring Boot's test support turns metrics export off; the gauges are part of what is tested here.
            "management.defaults.metrics.export.enabled=true",
            "management.prometheus.metrics.export.enabled=true"
        })
// Caching off: these jobs are identical requests that must each be reserved and counted; with the result cache on,
// the later ones would wait for the first one's result at no cost (see ResultCacheTest).
@TestConfigFile("""
        {"service_config": {"default_provider": "priced", "enable_caching": false,
           "cost_limits": {"daily_budget": 100, "per_user_daily_limit": 2, "reservation_margin": 0.5}},
         "provider_config": {"priced": {"type": "local",
           "quality_settings": {"low": {"cost": 0.02}, "medium": {"cost": 0.10}, "high": {"cost": 0.20}}}}}
        """)
class CancelAndUsageHttpTest {

    static final String ADMIN_KEY = "cancel-and-usage-admin-key-0123456789abcdef";
    /** A backend's key: it generates on behalf of the users it names. */
    private static String trustedKey;

    @Autowired
    ApiClient api;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void aTrustedBackendKey() throws Exception {
        if (trustedKey == null) {
            HttpResponse<String> created = send("POST", "/api/v1/admin/api-keys", ADMIN_KEY,
                    "{\"name\": \"backend\", \"scopes\": [\"generate\", \"trusted_server\"]}");
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            trustedKey = JSON.readTree(created.body()).get("key").asString();
        }
    }

    @Test
    void aUserOverTheDailyLimitIsToldWhyAndWhenToComeBack() throws Exception {
        assertThat(generate("limited").statusCode()).isEqualTo(202);
        assertThat(generate("limited").statusCode()).isEqualTo(202);

        HttpResponse<String> refused = generate("limited");

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(refused.body()).get("code").asString()).isEqualTo("user_daily_limit_reached");
        long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 86_400L);
        assertThat(refused.headers().firstValue("RateLimit-Policy")).hasValue("\"daily\";q=2;w=86400");
        assertThat(refused.headers().firstValue("RateLimit")).hasValue("\"daily\";r=0;t=" + retryAfter);
        assertThat(generate("someone-else").statusCode()).as("another user is unaffected").isEqualTo(202);
    }

    @Test
    void cancelingAQueuedJobGivesItsReservationBackAndFreesTheUsersQuota() throws Exception {
        String first = JSON.readTree(generate("canceler").body()).get("job_id").asString();
        assertThat(generate("canceler").statusCode()).isEqualTo(202);
        assertThat(reserved("canceler")).isEqualByComparingTo("0.30");

        HttpResponse<String> canceled = post("/api/v1/avatar/jobs/" + first + "/cancel", "");
        assertThat(canceled.statusCode()).as(canceled.body()).isEqualTo(200);
        assertThat(JSON.readTree(canceled.body()).get("status").asString()).isEqualTo("canceled");
        assertThat(reserved("canceler")).isEqualByComparingTo("0.15");
        assertThat(generate("canceler").statusCode()).as("the canceled job no longer counts").isEqualTo(202);

        HttpResponse<String> again = post("/api/v1/avatar/jobs/" + first + "/cancel", "");
        assertThat(again.statusCode()).as("canceling twice is harmless").isEqualTo(200);
        assertThat(reserved("canceler")).isEqualByComparingTo("0.30");
    }

    @Test
    void aJobThatAlreadyFinishedCannotBeCanceled() throws Exception {
        String id = JSON.readTree(generate("finisher").body()).get("job_id").asString();
        jdbc.sql("update generation_job set state = 'FAILED', finished_at = created_at where id = cast(:id as uuid)")
                .param("id", id).update();

        HttpResponse<String> refused = post("/api/v1/avatar/jobs/" + id + "/cancel", "");

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(refused.body()).get("code").asString()).isEqualTo("job_not_cancelable");
        assertThat(post("/api/v1/avatar/jobs/5b0c1b8e-0000-4000-8000-000000000000/cancel", "").statusCode())
                .isEqualTo(404);
    }

    @Test
    void theUsageReportGroupsByDayUserAndStyleAndTheBudgetIsExportedAsGauges() throws Exception {
        String first = JSON.readTree(generate("reporter").body()).get("job_id").asString();
        generate("reporter");
        // One finished job, whose first worker also paid for a call whose result it had to discard.
        jdbc.sql("""
                update generation_job set state = 'COMPLETED', finished_at = created_at, actual_cost = 0.05,
                    discarded_cost = 0.04 where id = cast(:id as uuid)
                """).param("id", first).update();

        JsonNode report = JSON.readTree(send("GET", "/api/v1/avatar/usage?user_id=reporter", ADMIN_KEY, null).body());

        assertThat(report.get("generations").asLong()).isEqualTo(2);
        assertThat(report.get("total_cost").decimalValue()).isEqualByComparingTo("0.09");
        assertThat(report.get("budget").decimalValue()).isEqualByComparingTo(BigDecimal.valueOf(100));
        assertThat(report.get("by_user").get(0).get("key").asString()).isEqualTo("reporter");
        assertThat(report.get("by_style").get(0).get("key").asString()).isEqualTo("cartoon_3d");
        assertThat(report.get("by_day")).hasSize(1);
        assertThat(send("GET", "/api/v1/avatar/usage?from=yesterday", ADMIN_KEY, null).statusCode()).isEqualTo(400);
        assertThat(send("GET", "/api/v1/avatar/usage?user_id=reporter", trustedKey, null).statusCode())
                .as("a key without admin reads only its own usage").isEqualTo(403);

        String metrics = get("/actuator/prometheus").body();
        assertThat(metrics).contains("avatar_budget_reserved_dollars", "avatar_budget_remaining_dollars",
                "avatar_budget_spent_dollars");
    }

    private BigDecimal reserved(String user) {
        return jdbc.sql("select reserved from budget_usage where scope = :scope")
                .param("scope", "user:" + user).query(BigDecimal.class).single();
    }

    private HttpResponse<String> generate(String user) throws Exception {
        return post("/api/v1/avatar/generate", JSON.writeValueAsString(Map.of("prompt", "a portrait", "user_id", user,
                "image", TestImages.jpegDataUri(64, 64), "async", true)));
    }

    private HttpResponse<String> post(String path, String body) {
        return send("POST", path, trustedKey, body);
    }

    private HttpResponse<String> send(String method, String path, String key, @Nullable String body) {
        return api.withKey(key).send(method, path, body);
    }

    private HttpResponse<String> get(String path) {
        return api.get(path);
    }
}
