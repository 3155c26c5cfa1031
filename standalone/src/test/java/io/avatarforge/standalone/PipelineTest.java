package io.avatarforge.standalone;

import static io.avatarforge.testkit.ApiClient.JSON;
import static io.avatarforge.testkit.TestJobs.aJobWhoseWorkerDied;
import static io.avatarforge.testkit.TestJobs.aQueuedJob;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.avatarforge.model.job.JobId;
import io.avatarforge.model.storage.ImageRef;
import io.avatarforge.model.storage.ImageStore;
import io.avatarforge.platform.job.JobTransitions;
import io.avatarforge.platform.job.ProviderCalls;
import io.avatarforge.testkit.ApiClient;
import io.avatarforge.testkit.AvatarIntegrationTest;
import io.avatarforge.testkit.TestConfigFile;
import io.avatarforge.testkit.TestImages;
import io.avatarforge.testkit.TestInfrastructure;
import io.avatarforge.testkit.TestKafka;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Gateway and worker together on real PostgreSQL and Kafka: outbox, relay, topic, worker, completion event, and the
 * recovery paths that at-least-once delivery and dying workers need.
 */
@AvatarIntegrationTest(classes = {StandaloneApplication.class, PipelineTest.Providers.class},
        properties = {
            "avatar.gateway.sweeper.interval=200ms",
            "avatar.gateway.sweeper.requeue-after=3s",
            "avatar.gateway.sweeper.max-attempts=2",
            "avatar.gateway.sweeper.orphaned-receipts-after=1s"
        })
@TestConfigFile("""
        {"service_config": {"default_provider": "counting", "default_timeout_seconds": 20},
         "provider_config": {"counting": {"type": "counting", "model": "count-1", "max_retries": 0}}}
        """)
class PipelineTest {

    /** Jobs written straight to the database run on the provider that counts calls. */
    private static final String PROVIDER = "counting";

    @Autowired
    ApiClient api;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImageStore images;

    @Autowired
    CountingProvider provider;

    @Autowired
    JobTransitions transitions;

    @Autowired
    ProviderCalls calls;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    TestInfrastructure infrastructure;

    @TestConfiguration
    static class Providers {
        @Bean
        CountingProvider countingProvider() {
            return new CountingProvider();
        }
    }

    @Test
    void aJobTravelsFromTheOutboxThroughKafkaToTheWorkerAndACompletionEventFollows() throws Exception {
        try (Consumer<String, String> completions = consumer("avatar.generation.completed")) {
            HttpResponse<String> accepted = post(Map.of("prompt", "a pirate hat", "image",
                    TestImages.jpegDataUri(300, 300), "async", true));
            JobId id = JobId.parse(JSON.readTree(accepted.body()).get("job_id").asString()).orElseThrow();

            awaitState(id, "COMPLETED");

            ConsumerRecord<String, String> event = nextRecordFor(completions, id);
            assertThat(JSON.readTree(event.value()).get("state").asString()).isEqualTo("COMPLETED");
            Map<String, Object> row = row(id);
            assertThat(row).containsEntry("attempts", 1).containsEntry("provider", "counting")
                    .containsEntry("model", "count-1");
            assertThat(images.get(new ImageRef((String) row.get("result_image_ref")))).isPresent();
            assertThat(provider.callsFor(id)).isEqualTo(1);
        }
    }

    @Test
    void aSyncRequestGetsTheFinishedAvatarWithASignedAbsoluteUrlThatDownloads() throws Exception {
        HttpResponse<String> response = post(Map.of("prompt", "smiling", "image", TestImages.jpegDataUri(300, 300),
                "style_config", "professional", "quality", "high"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("status").asString()).isEqualTo("success");
        assertThat(body.get("quality_used").asString()).isEqualTo("high");
        assertThat(body.get("cost_estimate").decimalValue()).isEqualByComparingTo("0.01");
        assertThat(body.get("metadata").get("provider").asString()).isEqualTo("counting");
        assertThat(body.get("metadata").get("style_config").asString()).isEqualTo("professional");
        String imageUrl = body.get("image_url").asString();
        assertThat(imageUrl).startsWith(api.url("/api/v1/avatar/images/")).contains("signature=");
        HttpResponse<byte[]> image = api.send(HttpRequest.newBuilder(URI.create(imageUrl)),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(image.body()).isNotEmpty();
    }

    @Test
    void aBrokenUploadTheWorkerFindsIsTheClientsErrorInTheSyncAnswerAndTheStatus() {
        // Whole as a container (its CRCs match again), so intake takes it; too large to be passed on undecoded, so the
        // worker decodes it and finds its pixel data scrambled.
        byte[] png = TestImages.encode(TestImages.noisyFace(1800, 200, 7), "png");
        for (int i = png.length / 3; i < png.length / 3 + 64; i++) {
            png[i] = (byte) (png[i] ^ 0x5a);
        }
        String image = "data:image/png;base64," + java.util.Base64.getEncoder()
                .encodeToString(TestImages.pngWithRecomputedCrcs(png));

        HttpResponse<String> response = post(Map.of("prompt", "smiling", "image", image));

        io.avatarforge.testkit.ApiAssertions.assertProblem(response, 422, "invalid_image");
        String jobId = jdbc.sql("select cast(id as varchar) from generation_job where error_code = 'invalid_image'")
                .query(String.class).single();
        JsonNode status = JSON.readTree(api.get("/api/v1/avatar/status/" + jobId).body());
        assertThat(status.get("status").asString()).isEqualTo("failed");
        assertThat(status.get("error_code").asString()).isEqualTo("invalid_image");
    }

    @Test
    void aTruncatedUploadIsRefusedAtIntakeSyncOrAsync() {
        byte[] jpeg = TestImages.encode(TestImages.face(300, 300), "jpg");
        String truncated = "data:image/jpeg;base64," + java.util.Base64.getEncoder()
                .encodeToString(java.util.Arrays.copyOf(jpeg, jpeg.length - 100));

        io.avatarforge.testkit.ApiAssertions.assertProblem(post(Map.of("prompt", "x", "image", truncated)), 400,
                "invalid_image");
        io.avatarforge.testkit.ApiAssertions.assertProblem(post(Map.of("prompt", "x", "image", truncated,
                "async", true)), 400, "invalid_image");
    }

    @Test
    void aDuplicatedDispatchMessageDoesNotRunTheJobTwice() {
        JobId id = aQueuedJob().withProvider(PROVIDER).insert(jdbc, images);

        for (int i = 0; i < 3; i++) {
            kafka.send("avatar.generation.requested", id.toString(), "{\"job_id\":\"" + id + "\"}");
        }
        awaitState(id, "COMPLETED");
        kafka.send("avatar.generation.requested", id.toString(), "{\"job_id\":\"" + id + "\"}");

        await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(5))
                .until(() -> provider.callsFor(id) == 1);
        assertThat(row(id)).containsEntry("attempts", 1).containsEntry("state", "COMPLETED");
    }

    @Test
    void aJobWhoseProviderIsDownWaitsInTheQueueSayingSoAndCompletesWhenTheProviderIsBack() throws Exception {
        provider.downForTheNext(1);
        HttpResponse<String> accepted = post(Map.of("prompt", "a scarf", "image", TestImages.jpegDataUri(300, 300),
                "async", true));
        JobId id = JobId.parse(JSON.readTree(accepted.body()).get("job_id").asString()).orElseThrow();

        JsonNode waiting = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> JSON.readTree(api.get("/api/v1/avatar/status/" + id).body()),
                        status -> status.path("wait_reason").asString("").equals("waiting_for_provider"));
        assertThat(waiting.get("status").asString()).isEqualTo("queued");
        assertThat(Instant.parse(waiting.get("retry_at").asString())).isAfter(Instant.now());

        awaitState(id, "COMPLETED");
        assertThat(row(id)).containsEntry("attempts", 2);
        assertThat(provider.callsFor(id)).isEqualTo(1);
        JsonNode done = JSON.readTree(api.get("/api/v1/avatar/status/" + id).body());
        assertThat(done.get("wait_reason").isNull()).as(done.toString()).isTrue();
    }

    @Test
    void aJobWhoseWorkerDiedIsDispatchedAgainOnceItsLeaseExpires() {
        JobId id = aJobWhoseWorkerDied(1, Duration.ofSeconds(1)).withProvider(PROVIDER).insert(jdbc, images);

        awaitState(id, "COMPLETED");

        assertThat(row(id)).containsEntry("attempts", 2);
        assertThat(provider.callsFor(id)).isEqualTo(1);
    }

    @Test
    void aJobThatLostItsWorkerTooOftenFailsWithWorkerLost() {
        JobId id = aJobWhoseWorkerDied(2, Duration.ofSeconds(1)).withProvider(PROVIDER).insert(jdbc, images);

        awaitState(id, "FAILED");

        assertThat(row(id)).containsEntry("error_code", "worker_lost");
        assertThat(provider.callsFor(id)).isZero();
    }

    @Test
    void aJobWhoseWorkerDiedAfterTheProviderAnsweredIsCompletedFromItsReceiptWithoutASecondCall() {
        // Written while its worker still held the lease (else the sweeper could re-queue it first); then it dies.
        JobId id = aJobWhoseWorkerDied(1, Duration.ofMinutes(-10)).withProvider(PROVIDER).insert(jdbc, images);
        ImageRef result = aPaidResult(id, Instant.now().minusSeconds(2));
        jdbc.sql("update generation_job set lease_expires_at = :past where id = :id")
                .param("past", java.sql.Timestamp.from(Instant.now().minusSeconds(1))).param("id", id.value()).update();

        awaitState(id, "COMPLETED");

        assertThat(row(id)).containsEntry("result_image_ref", result.key()).containsEntry("attempts", 1);
        assertThat(provider.callsFor(id)).isZero();
        assertThat(receipt(id)).containsEntry("settlement", "COMPLETED");
        assertThat(images.get(result)).isPresent();
    }

    @Test
    void aPaidResultWhoseJobMovedOnIsChargedAsDiscardedAndItsFileDeleted() {
        // The job is on its second attempt, whose worker is alive (its lease ends in 10 minutes); the first attempt's
        // worker got its result after losing the job and died before discarding it.
        JobId id = aJobWhoseWorkerDied(2, Duration.ofMinutes(-10)).withProvider(PROVIDER).insert(jdbc, images);
        ImageRef result = aPaidResult(id, Instant.now().minusSeconds(5));
        jdbc.sql("update provider_call set attempt = 1 where job_id = :id").param("id", id.value()).update();

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> receipt(id).get("settlement") != null);

        assertThat(receipt(id)).containsEntry("settlement", "DISCARDED");
        assertThat(jdbc.sql("select discarded_cost from generation_job where id = :id").param("id", id.value())
                .query(BigDecimal.class).single()).isEqualByComparingTo("0.04");
        assertThat(images.get(result)).isEmpty();
    }

    @Test
    void aCallThatWasOutWhenItsWorkerDiedIsChargedAtTheJobsEstimateAndTheJobRunsAgain() {
        JobId id = aJobWhoseWorkerDied(1, Duration.ofSeconds(1)).withProvider(PROVIDER).insert(jdbc, images);
        jdbc.sql("update generation_job set estimated_cost = 0.05 where id = :id").param("id", id.value()).update();
        calls.started(transitions.find(id).orElseThrow(), PROVIDER, "count-1", "a-worker-that-died",
                Instant.now().minusSeconds(20), new BigDecimal("0.05"));
        // It died after storing the provider's answer and before writing the receipt: a file nothing points at.
        ImageRef stored = ImageRef.avatar(null, id.value(), 1, "image/webp");
        images.put(stored, TestImages.pngDeclaring(64));

        awaitState(id, "COMPLETED");

        // Deleted right after the sweep that re-queued the job committed: the new attempt may finish first.
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> images.get(stored).isEmpty());
        assertThat(images.get(new ImageRef(String.valueOf(row(id).get("result_image_ref"))))).isPresent();

        assertThat(provider.callsFor(id)).isEqualTo(1);
        List<Map<String, Object>> recorded = jdbc.sql("""
                select attempt, outcome, settlement, cost from provider_call where job_id = :id order by attempt""")
                .param("id", id.value()).query().listOfRows();
        assertThat(recorded).hasSize(2);
        assertThat(recorded.get(0)).containsEntry("attempt", 1).containsEntry("outcome", "STARTED")
                .containsEntry("settlement", "PRESUMED");
        assertThat(recorded.get(1)).containsEntry("attempt", 2).containsEntry("outcome", "SUCCEEDED")
                .containsEntry("settlement", "COMPLETED");
        assertThat(jdbc.sql("select discarded_cost from generation_job where id = :id").param("id", id.value())
                .query(BigDecimal.class).single()).isEqualByComparingTo("0.05");
    }

    /** What a worker leaves when it dies right after the provider answered: the stored result and its receipt. */
    private ImageRef aPaidResult(JobId id, Instant answeredAt) {
        ImageRef result = ImageRef.avatar(null, id.value(), 1, "image/png");
        images.put(result, TestImages.pngDeclaring(64));
        UUID call = calls.started(transitions.find(id).orElseThrow(), PROVIDER, "count-1",
                "a-worker-that-died", answeredAt.minusSeconds(1), new BigDecimal("0.04"));
        calls.succeeded(call, new ProviderCalls.Call(PROVIDER, "count-1", "a-worker-that-died",
                answeredAt.minusSeconds(1), answeredAt, new BigDecimal("0.04"), result.key()));
        return result;
    }

    private Map<String, Object> receipt(JobId id) {
        return jdbc.sql("select outcome, settlement, cost from provider_call where job_id = :id")
                .param("id", id.value()).query().singleRow();
    }

    @Test
    void aQueuedJobWhoseMessageWasLostIsDispatchedAgainByTheSweeper() {
        JobId id = aQueuedJob().withProvider(PROVIDER).dispatchedAgo(Duration.ofMinutes(1)).insert(jdbc, images);

        awaitState(id, "COMPLETED");

        assertThat(provider.callsFor(id)).isEqualTo(1);
    }

    @Test
    void aJobWhoseStyleWasRemovedFailsWithAClearCode() {
        JobId id = aQueuedJob().withProvider(PROVIDER).withStyle("no_longer_configured")
                .dispatchedAgo(Duration.ofMinutes(1)).insert(jdbc, images);

        awaitState(id, "FAILED");

        assertThat(row(id)).containsEntry("error_code", "unknown_style");
    }

    private void awaitState(JobId id, String state) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> state.equals(row(id).get("state")));
    }

    private Map<String, Object> row(JobId id) {
        return jdbc.sql("select state, attempts, provider, model, error_code, result_image_ref from generation_job "
                + "where id = :id").param("id", id.value()).query().singleRow();
    }

    private Consumer<String, String> consumer(String topic) {
        Map<String, Object> props = TestKafka.consumerProps(infrastructure, "test-" + System.nanoTime(), false);
        props.put("auto.offset.reset", "earliest");
        Consumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new StringDeserializer());
        TestKafka.subscribe(consumer, topic);
        return consumer;
    }

    private static ConsumerRecord<String, String> nextRecordFor(Consumer<String, String> consumer, JobId id) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(200));
            for (ConsumerRecord<String, String> record : records) {
                if (record.key().equals(id.toString())) {
                    return record;
                }
            }
        }
        throw new AssertionError("No completion event for job " + id);
    }

    /** Waits longer than the configured 20 seconds a synchronous request may wait for its job. */
    private HttpResponse<String> post(Map<String, Object> body) {
        return api.withTimeout(Duration.ofSeconds(40)).post("/api/v1/avatar/generate", body);
    }
}
