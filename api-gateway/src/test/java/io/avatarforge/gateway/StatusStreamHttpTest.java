package io.avatarforge.gateway;

import static io.avatarforge.testkit.ApiClient.JSON;
import static io.avatarforge.testkit.TestJobs.aCompletedJob;
import static io.avatarforge.testkit.TestJobs.aQueuedJob;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.avatarforge.model.job.JobId;
import io.avatarforge.model.storage.ImageStore;
import io.avatarforge.testkit.ApiClient;
import io.avatarforge.testkit.AvatarIntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/v1/avatar/status/{job_id}/events} on the gateway alone (no worker), as production runs it (callers
 * need a key): what a stream sends first, its keep-alives, who may open one, how many may be open, and that the
 * completion topic ends a stream without waiting for the periodic database re-read (set to an hour here, so nothing
 * else could).
 */
@AvatarIntegrationTest(classes = GatewayTestApplication.class,
        properties = {
            "avatar.gateway.security.bootstrap-admin-key=" + StatusStreamHttpTest.ADMIN_KEY,
            "avatar.gateway.status-stream.keep-alive=300ms",
            "avatar.gateway.status-stream.refresh-interval=1h",
            "avatar.gateway.status-stream.max-open=3"
        })
class StatusStreamHttpTest {

    static final String ADMIN_KEY = "status-stream-admin-key-0123456789abcdef";
    private static final Duration WAIT = Duration.ofSeconds(10);

    @Autowired
    ApiClient api;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImageStore images;

    @Autowired
    MeterRegistry meters;

    private final List<EventStream> opened = new ArrayList<>();

    @BeforeEach
    void noStreamIsLeftOpenByAnEarlierTest() {
        await().atMost(WAIT).until(() -> openStreams() == 0);
    }

    @AfterEach
    void closeStreams() {
        opened.forEach(EventStream::close);
    }

    @Test
    void aStreamSendsTheStatusAtOnceThenKeepAliveCommentsWhileNothingChanges() throws Exception {
        // A provider of its own: other tests' queued jobs would stand before it in the queue of "local".
        JobId id = aQueuedJob().withProvider("keep_alive_lane").insert(jdbc, images);

        EventStream stream = open(id.toString(), ADMIN_KEY);

        assertThat(stream.status()).isEqualTo(200);
        assertThat(stream.response().headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/event-stream"));
        EventStream.Event first = stream.nextEvent(WAIT);
        assertThat(first).isNotNull();
        assertThat(first.name()).isEqualTo("status");
        JsonNode polled = ApiClient.json(api.withKey(ADMIN_KEY).get("/api/v1/avatar/status/" + id));
        assertThat(JSON.readTree(first.data())).as("the event's data is the status body").isEqualTo(polled);
        assertThat(polled.get("status").asString()).isEqualTo("queued");
        assertThat(polled.get("queue_position").asLong()).isZero();
        assertThat(stream.nextLine(WAIT)).isEqualTo(": keep-alive");
        assertThat(stream.nextLine(WAIT)).as("a comment is one line and the blank line after it").isEmpty();
        assertThat(stream.nextLine(WAIT)).isEqualTo(": keep-alive");
    }

    @Test
    void theCompletionTopicEndsAStreamAtOnce() throws Exception {
        JobId id = aQueuedJob().insert(jdbc, images);
        EventStream stream = open(id.toString(), ADMIN_KEY);
        assertThat(status(stream.nextEvent(WAIT))).isEqualTo("queued");

        // Canceling commits the job's completion event, which the relay publishes and every gateway reads.
        assertThat(api.withKey(ADMIN_KEY).send("POST", "/api/v1/avatar/jobs/" + id + "/cancel", null).statusCode())
                .isEqualTo(200);

        EventStream.Event last = stream.nextEvent(WAIT);
        assertThat(last).isNotNull();
        JsonNode body = JSON.readTree(last.data());
        assertThat(body.get("status").asString()).isEqualTo("canceled");
        assertThat(body.get("error_code").asString()).isEqualTo("canceled");
        assertThat(body.get("queue_position").isNull()).isTrue();
        assertThat(stream.endsWithin(WAIT)).as("the stream ends after the terminal event").isTrue();
    }

    @Test
    void aFinishedJobsStreamSendsItsResultAndEnds() throws Exception {
        JobId id = aCompletedJob().insert(jdbc, images);

        EventStream stream = open(id.toString(), ADMIN_KEY);

        JsonNode body = JSON.readTree(stream.nextEvent(WAIT).data());
        assertThat(body.get("status").asString()).isEqualTo("completed");
        assertThat(body.get("progress_percent").asInt()).isEqualTo(100);
        assertThat(body.get("image_url").asString()).startsWith(api.url("/api/v1/avatar/images/" + id));
        assertThat(stream.endsWithin(WAIT)).isTrue();
    }

    @Test
    void anUnknownOrAnotherCallersJobHasNoStream() throws Exception {
        JobId someoneElses = aQueuedJob().insert(jdbc, images);
        String bob = createKey("bob");

        assertNotFound(open(java.util.UUID.randomUUID().toString(), ADMIN_KEY));
        assertNotFound(open("not-a-uuid", ADMIN_KEY));
        assertNotFound(open(someoneElses.toString(), bob));
        EventStream anonymous = open(someoneElses.toString(), null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(open(someoneElses.toString(), ADMIN_KEY).status()).as("an admin sees every job").isEqualTo(200);
    }

    @Test
    void beyondItsLimitAReplicaRefusesStreamsUntilOneCloses() throws Exception {
        JobId id = aQueuedJob().insert(jdbc, images);
        List<EventStream> streams = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            EventStream stream = open(id.toString(), ADMIN_KEY);
            assertThat(stream.status()).isEqualTo(200);
            streams.add(stream);
        }

        EventStream refused = open(id.toString(), ADMIN_KEY);

        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.response().headers().firstValue("Retry-After")).hasValue("5");
        JsonNode problem = JSON.readTree(refused.body());
        assertThat(problem.get("code").asString()).isEqualTo("too_many_streams");
        assertThat(refused.response().headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));

        // A client that goes away is noticed at the next keep-alive, and its place is free again.
        streams.getFirst().close();
        await().atMost(WAIT).until(() -> openStreams() == 2);
        assertThat(open(id.toString(), ADMIN_KEY).status()).isEqualTo(200);
    }

    private EventStream open(String jobId, String key) {
        EventStream stream = EventStream.open(api.url("/api/v1/avatar/status/" + jobId + "/events"), key);
        opened.add(stream);
        return stream;
    }

    private static void assertNotFound(EventStream stream) {
        assertThat(stream.status()).as(stream.body()).isEqualTo(404);
        assertThat(stream.response().headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(stream.body());
        assertThat(problem.get("code").asString()).isEqualTo("job_not_found");
    }

    private static String status(EventStream.Event event) {
        assertThat(event).isNotNull();
        return JSON.readTree(event.data()).get("status").asString();
    }

    private double openStreams() {
        return meters.get("avatar.status_streams.open").gauge().value();
    }

    private String createKey(String userId) {
        HttpResponse<String> created = api.withKey(ADMIN_KEY).post("/api/v1/admin/api-keys",
                Map.of("name", "stream-test-" + userId, "scopes", List.of("generate"), "user_id", userId));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ApiClient.json(created).get("key").asString();
    }
}
