package io.avatarforge.gateway;

import static io.avatarforge.testkit.ApiClient.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import io.avatarforge.testkit.ApiClient;
import io.avatarforge.testkit.AvatarIntegrationTest;
import io.avatarforge.testkit.TestConfigFile;
import io.avatarforge.testkit.TestImages;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The gateway alone (no worker, so jobs stay queued until a test ends them in SQL): the job list with its filters,
 * visibility and cursor, a job's timeline, and retrying a failed or canceled job through the normal intake.
 */
@AvatarIntegrationTest(classes = GatewayTestApplication.class,
        properties = "avatar.gateway.security.bootstrap-admin-key=" + JobListAndRetryHttpTest.ADMIN_KEY)
@TestConfigFile("""
        {"service_config": {"default_provider": "priced", "enable_caching": false,
           "cost_limits": {"daily_budget": 100, "per_user_daily_limit": 5, "reservation_margin": 0}},
         "provider_config": {"priced": {"type": "local",
           "quality_settings": {"low": {"cost": 0.02}, "medium": {"cost": 0.10}, "high": {"cost": 0.20}}}}}
        """)
class JobListAndRetryHttpTest {

    static final String ADMIN_KEY = "job-list-and-retry-admin-key-0123456789abcdef";
    /** A backend's key: it generates on behalf of the users it names, and sees the jobs it created. */
    private static String trustedKey;
    /** A plain app key: it sees only its own jobs. */
    private static String appKey;

    @Autowired
    ApiClient api;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void keys() {
        if (trustedKey == null) {
            trustedKey = createKey("{\"name\": \"backend\", \"scopes\": [\"generate\", \"trusted_server\"]}");
            appKey = createKey("{\"name\": \"app\", \"scopes\": [\"generate\"]}");
        }
    }

    @Test
    void theListPagesNewestFirstByCursorAndFilters() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            created.add(generate("pager", "pixel_art"));
        }
        generate("pager", "cartoon_3d");

        JsonNode first = list("?user_id=pager&style=pixel_art&limit=2", ADMIN_KEY);
        assertThat(ids(first)).containsExactly(created.get(2), created.get(1));
        JsonNode second = list("?user_id=pager&style=pixel_art&limit=2&cursor="
                + first.get("next_cursor").asString(), ADMIN_KEY);
        assertThat(ids(second)).containsExactly(created.get(0));
        assertThat(second.get("next_cursor").isNull()).isTrue();

        send("POST", "/api/v1/avatar/jobs/" + created.get(1) + "/cancel", trustedKey, "");
        assertThat(ids(list("?user_id=pager&state=canceled", ADMIN_KEY))).containsExactly(created.get(1));
        assertThat(ids(list("?user_id=pager&provider=nobody", ADMIN_KEY))).isEmpty();
        JsonNode job = list("?user_id=pager&limit=1", ADMIN_KEY).get("jobs").get(0);
        assertThat(job.get("status").asString()).isEqualTo("queued");
        assertThat(job.get("style").asString()).isEqualTo("cartoon_3d");
        assertThat(job.get("provider").asString()).isEqualTo("priced");
        assertThat(job.get("cost").decimalValue()).isEqualByComparingTo("0.10");
    }

    @Test
    void aCallerWhoIsNotAnAdminSeesOnlyItsOwnJobs() {
        String mine = generate(appKey, null, "cartoon_3d");
        String theirs = generate("someone", "cartoon_3d");

        assertThat(ids(list("", appKey))).containsExactly(mine);
        assertThat(ids(list("?limit=200", ADMIN_KEY))).contains(mine, theirs);
        assertThat(send("GET", "/api/v1/avatar/jobs?user_id=someone", appKey, null).statusCode()).isEqualTo(403);
        assertThat(send("GET", "/api/v1/avatar/jobs/" + theirs, appKey, null).statusCode()).isEqualTo(404);
        assertThat(send("GET", "/api/v1/avatar/jobs?state=done", ADMIN_KEY, null).statusCode()).isEqualTo(400);
        assertThat(send("GET", "/api/v1/avatar/jobs?cursor=nonsense", ADMIN_KEY, null).statusCode()).isEqualTo(400);
        assertThat(send("GET", "/api/v1/avatar/jobs?limit=0", ADMIN_KEY, null).statusCode()).isEqualTo(400);
    }

    @Test
    void aJobsTimelineShowsItsClaimItsProviderAttemptsAndHowItEnded() {
        String id = generate("timeline", "cartoon_3d");
        fail(id, """
                {"providers_tried": [{"provider": "openai", "model": "gpt-image-1", "attempts": 3,
                   "outcome": "provider_unavailable"},
                  {"provider": "priced", "model": "local", "attempts": 1, "outcome": "provider_unavailable"}]}""");

        JsonNode detail = ApiClient.json(send("GET", "/api/v1/avatar/jobs/" + id, trustedKey, null));

        assertThat(detail.get("job").get("status").asString()).isEqualTo("failed");
        assertThat(detail.get("status").get("error_code").asString()).isEqualTo("provider_unavailable");
        assertThat(detail.get("prompt").asString()).isEqualTo("a portrait");
        JsonNode timeline = detail.get("timeline");
        assertThat(timeline.valueStream().map(e -> e.get("event").asString()))
                .containsExactly("created", "claimed", "provider_attempt", "provider_attempt", "failed");
        assertThat(timeline.get(2).get("provider").asString()).isEqualTo("openai");
        assertThat(timeline.get(2).get("attempts").asInt()).isEqualTo(3);
        assertThat(timeline.get(2).get("outcome").asString()).isEqualTo("provider_unavailable");
        assertThat(timeline.get(4).get("detail").asString()).isEqualTo("every provider failed");
    }

    @Test
    void aCompletedJobsTimelineShowsItsProviderCallFromTheReceiptWithItsTimes() {
        String id = generate("receipt", "cartoon_3d");
        jdbc.sql("""
                update generation_job set state = 'COMPLETED', started_at = created_at, attempts = 1,
                    finished_at = created_at, provider = 'priced', model = 'local',
                    actual_cost = 0.10,
                    result_metadata = cast('{"providers_tried": [{"provider": "stale", "attempts": 9}]}' as jsonb)
                where id = cast(:id as uuid)
                """).param("id", id).update();
        jdbc.sql("""
                insert into provider_call (id, job_id, attempt, provider, model, worker_id, started_at, finished_at,
                    outcome, error_code, cost)
                values (:failedCall, cast(:id as uuid), 1, 'openai', 'gpt-image-1', 'w1', :t1, :t2,
                        'FAILED', 'provider_unavailable', 0),
                       (:paidCall, cast(:id as uuid), 1, 'priced', 'local', 'w1', :t3, :t9, 'SUCCEEDED', null, 0.10)
                """).param("id", id).param("failedCall", UUID.randomUUID()).param("paidCall", UUID.randomUUID())
                .param("t1", at("10:00:01")).param("t2", at("10:00:02")).param("t3", at("10:00:03"))
                .param("t9", at("10:00:09")).update();

        JsonNode timeline = ApiClient.json(send("GET", "/api/v1/avatar/jobs/" + id, trustedKey, null)).get("timeline");

        assertThat(timeline.valueStream().map(e -> e.get("event").asString()))
                .containsExactly("created", "claimed", "provider_attempt", "provider_attempt", "completed");
        JsonNode failed = timeline.get(2);
        assertThat(failed.get("provider").asString()).isEqualTo("openai");
        assertThat(failed.get("outcome").asString()).isEqualTo("provider_unavailable");
        JsonNode paid = timeline.get(3);
        assertThat(paid.get("provider").asString()).isEqualTo("priced");
        assertThat(paid.get("model").asString()).isEqualTo("local");
        assertThat(paid.get("attempts").asInt()).isEqualTo(1);
        assertThat(paid.get("outcome").asString()).isEqualTo("success");
        assertThat(paid.get("at").asString()).isEqualTo("2026-11-30T10:00:03Z");
        assertThat(paid.get("finished_at").asString()).isEqualTo("2026-11-30T10:00:09Z");
        assertThat(paid.get("cost").decimalValue()).isEqualByComparingTo("0.10");
    }

    @Test
    void aFailedJobCanBeRetriedAsANewJobLinkedToIt() {
        String failed = generate("retrier", "pixel_art");
        fail(failed, null);
        BigDecimal reservedBefore = reserved("retrier");

        HttpResponse<String> retried = send("POST", "/api/v1/avatar/jobs/" + failed + "/retry", trustedKey, "");

        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(202);
        String retry = ApiClient.json(retried).get("job_id").asString();
        assertThat(retried.headers().firstValue("Location").orElseThrow()).endsWith("/api/v1/avatar/status/" + retry);
        JsonNode job = ApiClient.json(send("GET", "/api/v1/avatar/jobs/" + retry, trustedKey, null));
        assertThat(job.get("job").get("status").asString()).isEqualTo("queued");
        assertThat(job.get("job").get("retry_of").asString()).isEqualTo(failed);
        assertThat(job.get("job").get("user_id").asString()).isEqualTo("retrier");
        assertThat(job.get("job").get("style").asString()).isEqualTo("pixel_art");
        assertThat(job.get("prompt").asString()).isEqualTo("a portrait");
        assertThat(ApiClient.json(send("GET", "/api/v1/avatar/jobs/" + failed, trustedKey, null)).get("retried_by")
                .get(0).asString()).isEqualTo(retry);
        assertThat(reserved("retrier").subtract(reservedBefore)).as("the retry reserved its budget like a new job")
                .isEqualByComparingTo("0.10");
    }

    @Test
    void aRetryMeetsTheSameLimitsAsANewRequest() {
        String failed = generate("limited-retrier", "cartoon_3d");
        fail(failed, null);
        for (int i = 0; i < 4; i++) {
            generate("limited-retrier", "cartoon_3d");
        }

        HttpResponse<String> refused = send("POST", "/api/v1/avatar/jobs/" + failed + "/retry", trustedKey, "");

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(ApiClient.json(refused).get("code").asString()).isEqualTo("user_daily_limit_reached");
    }

    @Test
    void onlyAFailedOrCanceledJobWithItsPhotoCanBeRetried() {
        String queued = generate("not-retryable", "cartoon_3d");
        HttpResponse<String> refused = send("POST", "/api/v1/avatar/jobs/" + queued + "/retry", trustedKey, "");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(ApiClient.json(refused).get("code").asString()).isEqualTo("job_not_retryable");

        send("POST", "/api/v1/avatar/jobs/" + queued + "/cancel", trustedKey, "");
        jdbc.sql("update generation_job set input_purged_at = finished_at where id = cast(:id as uuid)")
                .param("id", queued).update();
        HttpResponse<String> gone = send("POST", "/api/v1/avatar/jobs/" + queued + "/retry", trustedKey, "");
        assertThat(gone.statusCode()).isEqualTo(410);
        assertThat(ApiClient.json(gone).get("code").asString()).isEqualTo("image_expired");
        assertThat(send("POST", "/api/v1/avatar/jobs/5b0c1b8e-0000-4000-8000-000000000000/retry", trustedKey, "")
                .statusCode()).isEqualTo(404);
    }

    private static OffsetDateTime at(String time) {
        return OffsetDateTime.parse("2026-11-30T" + time + "Z");
    }

    private BigDecimal reserved(String user) {
        return jdbc.sql("select reserved from budget_usage where scope = :scope")
                .param("scope", "user:" + user).query(BigDecimal.class).single();
    }

    private void fail(String id, @Nullable String resultMetadata) {
        jdbc.sql("""
                update generation_job set state = 'FAILED', started_at = created_at, attempts = 1,
                    finished_at = created_at, error_code = 'provider_unavailable',
                    error_message = 'every provider failed', result_metadata = cast(:metadata as jsonb) where id = cast(:id as uuid)
                """).param("id", id).param("metadata", resultMetadata).update();
    }

    private String createKey(String body) {
        HttpResponse<String> created = send("POST", "/api/v1/admin/api-keys", ADMIN_KEY, body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ApiClient.json(created).get("key").asString();
    }

    private String generate(String user, String style) {
        return generate(trustedKey, user, style);
    }

    private String generate(String key, @Nullable String user, String style) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("prompt", "a portrait", "style_config", style,
                "image", TestImages.jpegDataUri(64, 64), "async", true));
        if (user != null) {
            body.put("user_id", user);
        }
        HttpResponse<String> accepted = send("POST", "/api/v1/avatar/generate", key, JSON.writeValueAsString(body));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        return ApiClient.json(accepted).get("job_id").asString();
    }

    private JsonNode list(String query, String key) {
        HttpResponse<String> listed = send("GET", "/api/v1/avatar/jobs" + query, key, null);
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        return ApiClient.json(listed);
    }

    private static List<String> ids(JsonNode page) {
        return page.get("jobs").valueStream().map(job -> job.get("job_id").asString()).toList();
    }

    private HttpResponse<String> send(String method, String path, String key, @Nullable String body) {
        return api.withKey(key).send(method, path, body);
    }
}
