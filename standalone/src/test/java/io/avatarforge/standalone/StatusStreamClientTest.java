package io.avatarforge.standalone;

import static io.avatarforge.testkit.ApiClient.JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.avatarforge.testkit.ApiClient;
import io.avatarforge.testkit.AvatarIntegrationTest;
import io.avatarforge.testkit.TestConfigFile;
import io.avatarforge.testkit.TestImages;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A real server-sent-events client (the {@code eventsource} npm package, in Node) follows a job through gateway and
 * worker on PostgreSQL and Kafka. The worker has one slot, taken by a job held at the provider until the client has
 * seen its own job queued; so the client sees queued, then processing (which only the gateway's periodic re-read can
 * show: the claim writes no event), then completed, and then the server ends the stream.
 */
@AvatarIntegrationTest(classes = {StandaloneApplication.class, GatedProvider.Registration.class},
        properties = "avatar.gateway.status-stream.refresh-interval=100ms")
@TestConfigFile("""
        {"service_config": {"default_provider": "gated", "max_concurrent_generations": 1},
         "provider_config": {"gated": {"type": "gated", "model": "gated-1", "timeout_seconds": 120}}}
        """)
class StatusStreamClientTest {

    private static final java.util.concurrent.atomic.AtomicInteger SUBMITTED =
            new java.util.concurrent.atomic.AtomicInteger();

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Autowired
    ApiClient api;

    @Autowired
    GatedProvider provider;

    @Test
    void aClientFollowingItsJobSeesItQueuedThenProcessingThenCompletedAndTheStreamEnds() throws Exception {
        String blocker = submit();
        await().atMost(WAIT).until(() -> "processing".equals(status(blocker).get("status").asString()));
        String job = submit();

        List<JsonNode> events = new ArrayList<>();
        try (NodeClient client = NodeClient.start("sse-client", "sse-client.mjs",
                api.url("/api/v1/avatar/status/" + job + "/events"), Long.toString(WAIT.toMillis()))) {
            JsonNode first = JSON.readTree(client.nextLine(WAIT));
            events.add(first);
            assertThat(first.get("data").get("status").asString()).as(first.toString()).isEqualTo("queued");
            // Nothing is queued before it; the blocker left the queue moments ago, and positions come from a
            // snapshot of the queue that may be up to a second old.
            assertThat(first.get("data").get("queue_position").asLong()).isBetween(0L, 1L);
            assertThat(first.get("data").get("estimated_completion_seconds").asLong()).isPositive();

            provider.open();
            for (String line = client.nextLine(WAIT); line != null; line = client.nextLine(WAIT)) {
                events.add(JSON.readTree(line));
            }
            assertThat(client.awaitExit(WAIT)).as("the client's exit code, after %s", events).isZero();
        }

        assertThat(events.getLast().get("event").asString()).as("the server ended the stream: %s", events)
                .isEqualTo("closed");
        List<String> statuses = events.stream().filter(e -> e.get("event").asString().equals("status"))
                .map(e -> e.get("data").get("status").asString()).toList();
        assertThat(statuses.stream().distinct().toList()).as("%s", events)
                .containsExactly("queued", "processing", "completed");
        assertThat(statuses).as("each state in one run of events, in order").isSortedAccordingTo(
                (a, b) -> Integer.compare(List.of("queued", "processing", "completed").indexOf(a),
                        List.of("queued", "processing", "completed").indexOf(b)));
        JsonNode completed = events.get(events.size() - 2).get("data");
        assertThat(completed.get("image_url").asString()).startsWith(api.url("/api/v1/avatar/images/" + job));
        assertThat(completed.get("progress_percent").asInt()).isEqualTo(100);
        assertThat(completed.get("completed_at").asString()).isEqualTo(status(job).get("completed_at").asString());
    }

    private String submit() {
        // A prompt of its own: an identical request would wait for the earlier job's result (the result cache).
        HttpResponse<String> accepted = api.post("/api/v1/avatar/generate", Map.of("prompt",
                "follow me " + SUBMITTED.incrementAndGet(),
                "image", TestImages.jpegDataUri(200, 200), "async", true));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        return ApiClient.json(accepted).get("job_id").asString();
    }

    private JsonNode status(String job) {
        return ApiClient.json(api.get("/api/v1/avatar/status/" + job));
    }
}
