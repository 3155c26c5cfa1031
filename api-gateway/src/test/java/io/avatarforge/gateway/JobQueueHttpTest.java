package io.avatarforge.gateway;

import static io.avatarforge.testkit.TestJobs.aCompletedJob;
import static io.avatarforge.testkit.TestJobs.aQueuedJob;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import io.avatarforge.model.job.JobId;
import io.avatarforge.model.storage.ImageStore;
import io.avatarforge.testkit.ApiClient;
import io.avatarforge.testkit.AvatarIntegrationTest;
import io.avatarforge.testkit.TestConfigFile;
import io.avatarforge.testkit.TestImages;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A queued job's place in its provider's queue and its estimate, on the gateway alone (no worker runs, so the rows
 * stay as the test wrote them). Each test queues on providers of its own: positions count per provider.
 */
@AvatarIntegrationTest(classes = GatewayTestApplication.class,
        properties = {
            "avatar.gateway.security.allow-anonymous=true",
            "avatar.gateway.security.bootstrap-admin-key=" + JobQueueHttpTest.ADMIN_KEY,
            "avatar.gateway.default-estimate-seconds=30"
        })
@TestConfigFile("{\"service_config\": {\"max_concurrent_generations\": 10}}")
class JobQueueHttpTest {

    static final String ADMIN_KEY = "job-queue-admin-key-0123456789abcdef0123";

    @Autowired
    ApiClient api;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImageStore images;

    @Test
    void aQueuedJobStandsBehindTheQueuedJobsOfItsProviderThatCameBeforeIt() {
        JobId first = aQueuedJob().withProvider("lane_a").dispatchedAgo(ofSeconds(50)).insert(jdbc, images);
        JobId otherLane = aQueuedJob().withProvider("lane_b").dispatchedAgo(ofSeconds(40)).insert(jdbc, images);
        JobId second = aQueuedJob().withProvider("lane_a").dispatchedAgo(ofSeconds(30)).insert(jdbc, images);
        JobId done = aCompletedJob().withProvider("lane_a").dispatchedAgo(ofSeconds(20)).insert(jdbc, images);
        JobId third = aQueuedJob().withProvider("lane_a").dispatchedAgo(ofSeconds(10)).insert(jdbc, images);

        assertThat(status(first).get("queue_position").asLong()).isZero();
        assertThat(status(second).get("queue_position").asLong()).isEqualTo(1);
        assertThat(status(third).get("queue_position").asLong()).isEqualTo(2);
        assertThat(status(otherLane).get("queue_position").asLong()).isZero();
        JsonNode finished = status(done);
        assertThat(finished.get("queue_position").isNull()).as("only a queued job has a place").isTrue();
        assertThat(finished.get("estimated_completion_seconds").isNull()).isTrue();
    }

    @Test
    void theEstimateIsTheQueueAtTheProvidersRecentPacePlusARecentRunTime() {
        // Six jobs of 4 s each ended within the last minute: the queue drains at 0.1 jobs/s.
        for (int i = 0; i < 6; i++) {
            aCompletedJob().withProvider("paced").dispatchedAgo(ofSeconds(4)).insert(jdbc, images);
        }
        List<JobId> queued = List.of(40, 30, 20, 10).stream()
                .map(ago -> aQueuedJob().withProvider("paced").dispatchedAgo(ofSeconds(ago)).insert(jdbc, images))
                .toList();

        for (int position = 0; position < queued.size(); position++) {
            JsonNode status = status(queued.get(position));
            assertThat(status.get("queue_position").asLong()).isEqualTo(position);
            assertThat(status.get("estimated_completion_seconds").asLong()).as("position %d", position)
                    .isCloseTo(10L * position + 4, within(1L));
        }
    }

    @Test
    void withNothingFinishedLatelyOneWorkersSlotsAreAssumed() {
        List<JobId> queued = List.of(30, 20, 10).stream()
                .map(ago -> aQueuedJob().withProvider("idle_lane").dispatchedAgo(ofSeconds(ago)).insert(jdbc, images))
                .toList();

        // No run time known: the default 30 s; ten slots: each job ahead adds a tenth of it.
        assertThat(queued.stream().map(id -> status(id).get("estimated_completion_seconds").asLong()).toList())
                .containsExactly(30L, 33L, 36L);
    }

    @Test
    void theAcceptedAnswerEstimatesBehindEverythingQueuedForTheProvider() {
        long before = acceptedEstimate();
        for (int i = 0; i < 30; i++) {
            aQueuedJob().withProvider("local").insert(jdbc, images);
        }

        // Intake reads the queue from a snapshot at most a second old.
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(300))
                .until(() -> acceptedEstimate() >= before + 30 * 3);
    }

    private long acceptedEstimate() {
        HttpResponse<String> accepted = api.post("/api/v1/avatar/generate", Map.of("prompt", "queue me",
                "image", TestImages.jpegDataUri(64, 64), "async", true));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        return ApiClient.json(accepted).get("estimated_completion_seconds").asLong();
    }

    private JsonNode status(JobId id) {
        HttpResponse<String> response = api.withKey(ADMIN_KEY).get("/api/v1/avatar/status/" + id);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiClient.json(response);
    }
}
