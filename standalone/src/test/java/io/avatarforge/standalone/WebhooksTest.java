package io.avatarforge.standalone;

import static io.avatarforge.testkit.ApiAssertions.assertProblem;
import static io.avatarforge.testkit.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.avatarforge.testkit.ApiClient;
import io.avatarforge.testkit.AvatarIntegrationTest;
import io.avatarforge.testkit.TestConfigFile;
import io.avatarforge.testkit.TestImages;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Webhooks end to end in the standalone app on real PostgreSQL: jobs run through the worker for real, and their events
 * reach receivers in Node that verify every signature with the official Standard Webhooks library. Retries run on a
 * schedule of 300 ms steps so that the whole schedule fits in a test.
 */
@AvatarIntegrationTest(classes = StandaloneApplication.class,
        properties = {
            "avatar.webhooks.retry-schedule=300ms,300ms,300ms",
            "avatar.webhooks.service-secret=" + WebhooksTest.SERVICE_SECRET,
            "avatar.gateway.security.bootstrap-admin-key=" + WebhooksTest.ADMIN_KEY
        })
@TestConfigFile("""
        {"service_config": {"max_wait_seconds": 0},
         "provider_config": {"broken": {"type": "simulated", "model": "sim-1", "max_retries": 0,
            "simulation": {"distribution": "fixed", "latency_ms_median": 10, "failure_rate": 1,
                           "failure_code": "provider_unavailable"}}},
         "style_templates": {"broken": {"base_prompt": "A portrait", "provider": "broken"}}}
        """)
class WebhooksTest {

    static final String SERVICE_SECRET = "whsec_2OI2CqNXQmTTObL3nlGrixq7ixb1w+x5W7u5Sw7OtXE=";
    static final String ADMIN_KEY = "webhooks-test-admin-key-0123456789abcdef";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    ApiClient api;

    @Test
    void aReceiverVerifyingWithTheOfficialLibraryGetsTheCompletedEventOfAJob() {
        try (NodeWebhookReceiver receiver = NodeWebhookReceiver.start(List.of(SERVICE_SECRET), 0, 200)) {
            String jobId = submit(api, receiver.url("/hooks/avatar?source=test"), "cartoon_3d");

            NodeWebhookReceiver.Received event = awaitRequests(receiver, 1).getFirst();

            assertThat(event.verifiedByEverySecret()).as(event.error()).isTrue();
            assertThat(event.webhookId()).startsWith("msg_");
            assertThat(event.type()).isEqualTo("avatar.completed");
            assertThat(Instant.ofEpochSecond(event.timestamp())).isBetween(Instant.now().minusSeconds(60),
                    Instant.now().plusSeconds(5));
            JsonNode body = event.body();
            assertThat(body.get("timestamp").asString()).isNotBlank();
            JsonNode data = body.get("data");
            JsonNode status = json(api.get("/api/v1/avatar/status/" + jobId));
            assertThat(data.get("avatar_id").asString()).isEqualTo(jobId);
            assertThat(data.get("status").asString()).isEqualTo("completed");
            assertThat(data.get("completed_at").asString()).isEqualTo(status.get("completed_at").asString());
            assertThat(data.get("image_url").asString()).startsWith(api.url("/api/v1/avatar/images/" + jobId));
            HttpResponse<byte[]> image = api.send(HttpRequest.newBuilder(URI.create(data.get("image_url").asString())),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(image.statusCode()).isEqualTo(200);
            assertThat(image.body()).isNotEmpty();

            JsonNode deliveries = awaitDeliveryState(api, jobId, "delivered");
            assertThat(deliveries.get("webhook_id").asString()).isEqualTo(event.webhookId());
            assertThat(deliveries.get("event_type").asString()).isEqualTo("avatar.completed");
            assertThat(deliveries.get("attempts")).hasSize(1);
            assertThat(deliveries.get("attempts").get(0).get("http_status").asInt()).isEqualTo(200);
        }
    }

    @Test
    void aFailedJobsEventCarriesItsErrorCode() {
        try (NodeWebhookReceiver receiver = NodeWebhookReceiver.start(List.of(SERVICE_SECRET), 0, 200)) {
            String jobId = submit(api, receiver.url("/hook"), "broken");

            NodeWebhookReceiver.Received event = awaitRequests(receiver, 1).getFirst();

            assertThat(event.verifiedByEverySecret()).as(event.error()).isTrue();
            assertThat(event.type()).isEqualTo("avatar.failed");
            assertThat(event.body().get("data").get("avatar_id").asString()).isEqualTo(jobId);
            assertThat(event.body().get("data").get("status").asString()).isEqualTo("failed");
            assertThat(event.body().get("data").get("error_code").asString()).isEqualTo("provider_unavailable");
            assertThat(event.body().get("data").get("image_url").isNull()).isTrue();
        }
    }

    @Test
    void aReceiverThatIsDownAtFirstGetsTheEventLaterWithTheSameId() {
        try (NodeWebhookReceiver receiver = NodeWebhookReceiver.start(List.of(SERVICE_SECRET), 2, 200)) {
            String jobId = submit(api, receiver.url("/hook"), "cartoon_3d");

            List<NodeWebhookReceiver.Received> requests = awaitRequests(receiver, 3);

            assertThat(requests).extracting(NodeWebhookReceiver.Received::answered).containsExactly(503, 503, 200);
            assertThat(requests).extracting(NodeWebhookReceiver.Received::webhookId).containsOnly(
                    requests.getFirst().webhookId());
            assertThat(requests).allSatisfy(r -> assertThat(r.verifiedByEverySecret()).as(r.error()).isTrue());
            JsonNode deliveries = awaitDeliveryState(api, jobId, "delivered");
            List<Integer> statuses = new ArrayList<>();
            deliveries.get("attempts").forEach(a -> statuses.add(a.get("http_status").asInt()));
            assertThat(statuses).containsExactly(503, 503, 200);
            JsonNode failed = deliveries.get("attempts").get(0);
            assertThat(failed.get("error").asString()).isEqualTo("HTTP 503: not now");
            assertThat(failed.get("latency_ms").asLong()).isNotNegative();
            assertThat(failed.get("attempted_at").asString()).isNotBlank();
            assertThat(deliveries.get("attempts").get(2).get("error").isNull()).isTrue();
        }
    }

    @Test
    void aReceiverThatAnswersGoneIsNeverCalledAgain() {
        try (NodeWebhookReceiver receiver = NodeWebhookReceiver.start(List.of(SERVICE_SECRET), 0, 410)) {
            String jobId = submit(api, receiver.url("/hook"), "cartoon_3d");

            awaitDeliveryState(api, jobId, "gone");

            // Well past the whole retry schedule (3 × 300 ms ± 10 %).
            await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(5))
                    .until(() -> receiver.received().size() == 1);
        }
    }

    @Test
    void anEventNoReceiverAcceptsIsGivenUpOnceTheScheduleIsUsedUp() {
        try (NodeWebhookReceiver receiver = NodeWebhookReceiver.start(List.of(SERVICE_SECRET), 0, 500)) {
            String jobId = submit(api, receiver.url("/hook"), "cartoon_3d");

            JsonNode deliveries = awaitDeliveryState(api, jobId, "gave_up");

            assertThat(deliveries.get("attempts")).hasSize(4);
            assertThat(receiver.received()).hasSize(4);
            assertThat(deliveries.get("next_attempt_at").isNull()).isTrue();
        }
    }

    @Test
    void aRedeliveryResendsTheSameEventAsANewSeriesOfAttempts() {
        try (NodeWebhookReceiver receiver = NodeWebhookReceiver.start(List.of(SERVICE_SECRET), 0, 200)) {
            String jobId = submit(api, receiver.url("/hook"), "cartoon_3d");
            awaitDeliveryState(api, jobId, "delivered");

            HttpResponse<String> redelivered = api.post("/api/v1/avatar/jobs/" + jobId + "/deliveries/redeliver", "");

            assertThat(redelivered.statusCode()).as(redelivered.body()).isEqualTo(202);
            List<NodeWebhookReceiver.Received> requests = awaitRequests(receiver, 2);
            assertThat(requests.get(1).webhookId()).isEqualTo(requests.getFirst().webhookId());
            assertThat(requests.get(1).verifiedByEverySecret()).isTrue();
            await().atMost(PATIENCE).untilAsserted(() -> {
                JsonNode deliveries = json(api.get("/api/v1/avatar/jobs/" + jobId + "/deliveries"));
                assertThat(deliveries.get("state").asString()).isEqualTo("delivered");
                assertThat(deliveries.get("series").asInt()).isEqualTo(2);
                assertThat(deliveries.get("attempts")).hasSize(2);
                assertThat(deliveries.get("attempts").get(1).get("series").asInt()).isEqualTo(2);
            });
        }
    }

    @Test
    void duringAKeysSecretRotationEventsAreSignedWithTheOldAndTheNewSecret() {
        ApiClient admin = api.withKey(ADMIN_KEY);
        JsonNode created = json(admin.post("/api/v1/admin/api-keys", Map.of("name", "rotating-backend",
                "scopes", List.of("generate"))));
        String oldSecret = created.get("webhook_secret").asString();
        assertThat(oldSecret).startsWith("whsec_");
        HttpResponse<String> rotation = admin.post("/api/v1/admin/api-keys/" + created.get("id").asString()
                + "/webhook-secret/rotate", "");
        assertThat(rotation.statusCode()).as(rotation.body()).isEqualTo(200);
        assertThat(rotation.headers().firstValue("Cache-Control")).hasValueSatisfying(
                value -> assertThat(value).contains("no-store"));
        String newSecret = json(rotation).get("webhook_secret").asString();
        assertThat(newSecret).startsWith("whsec_").isNotEqualTo(oldSecret);
        assertThat(Instant.parse(json(rotation).get("previous_valid_until").asString()))
                .isAfter(Instant.now().plus(Duration.ofHours(23)));

        try (NodeWebhookReceiver receiver = NodeWebhookReceiver.start(List.of(oldSecret, newSecret), 0, 200)) {
            submit(api.withKey(created.get("key").asString()), receiver.url("/hook"), "cartoon_3d");

            NodeWebhookReceiver.Received event = awaitRequests(receiver, 1).getFirst();

            assertThat(event.signature().split(" ")).hasSize(2).allSatisfy(s -> assertThat(s).startsWith("v1,"));
            assertThat(event.verified()).as(event.error()).containsExactly(true, true);
        }
    }

    @Test
    void onlyTheJobsOwnerAndAdminsSeeItsDeliveries() {
        ApiClient admin = api.withKey(ADMIN_KEY);
        ApiClient owner = api.withKey(newKey(admin, "owner"));
        ApiClient stranger = api.withKey(newKey(admin, "stranger"));
        try (NodeWebhookReceiver receiver = NodeWebhookReceiver.start(List.of(), 0, 200)) {
            String jobId = submit(owner, receiver.url("/hook"), "cartoon_3d");
            awaitRequests(receiver, 1);

            assertProblem(stranger.get("/api/v1/avatar/jobs/" + jobId + "/deliveries"), 404, "job_not_found");
            assertProblem(stranger.post("/api/v1/avatar/jobs/" + jobId + "/deliveries/redeliver", ""), 404,
                    "job_not_found");
            assertThat(owner.get("/api/v1/avatar/jobs/" + jobId + "/deliveries").statusCode()).isEqualTo(200);
            assertThat(admin.get("/api/v1/avatar/jobs/" + jobId + "/deliveries").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aJobWithoutAWebhookHasNoEventToRedeliver() {
        String jobId = json(api.post("/api/v1/avatar/generate", Map.of("prompt", "no webhook", "image",
                TestImages.jpegDataUri(200, 200), "async", true))).get("job_id").asString();

        JsonNode deliveries = json(api.get("/api/v1/avatar/jobs/" + jobId + "/deliveries"));

        assertThat(deliveries.get("state").asString()).isEqualTo("none");
        assertThat(deliveries.get("webhook_url").isNull()).isTrue();
        assertProblem(api.post("/api/v1/avatar/jobs/" + jobId + "/deliveries/redeliver", ""), 409,
                "no_webhook_event");
    }

    private static String newKey(ApiClient admin, String name) {
        return json(admin.post("/api/v1/admin/api-keys", Map.of("name", name, "scopes", List.of("generate"))))
                .get("key").asString();
    }

    private static String submit(ApiClient client, String webhookUrl, String style) {
        HttpResponse<String> accepted = client.post("/api/v1/avatar/generate", Map.of("prompt", "a friendly portrait",
                "image", TestImages.jpegDataUri(240, 240), "style_config", style, "async", true,
                "webhook_url", webhookUrl));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        return json(accepted).get("job_id").asString();
    }

    private static List<NodeWebhookReceiver.Received> awaitRequests(NodeWebhookReceiver receiver, int count) {
        await().atMost(PATIENCE).until(() -> receiver.received().size() >= count);
        return receiver.received();
    }

    private static JsonNode awaitDeliveryState(ApiClient client, String jobId, String state) {
        return await().atMost(PATIENCE).until(
                () -> json(client.get("/api/v1/avatar/jobs/" + jobId + "/deliveries")),
                deliveries -> state.equals(deliveries.get("state").asString()));
    }
}
