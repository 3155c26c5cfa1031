package io.avatarforge.worker.dispatch;

import static io.avatarforge.testkit.TestJobs.aQueuedJob;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.avatarforge.model.event.Topics;
import io.avatarforge.model.job.JobId;
import io.avatarforge.model.storage.ImageStore;
import io.avatarforge.testkit.AvatarIntegrationTest;
import io.avatarforge.testkit.TestInfrastructure;
import io.avatarforge.testkit.TestKafka;
import io.avatarforge.worker.WorkerApplication;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * A worker alone on a real embedded broker and PostgreSQL: poison generation requests go to the dead-letter topic with
 * their reason, are counted and logged once, and the worker keeps consuming the requests behind them.
 */
@AvatarIntegrationTest(classes = WorkerApplication.class,
        topics = {Topics.GENERATION_REQUESTED, Topics.GENERATION_COMPLETED, Topics.GENERATION_REQUESTED_DLT})
@ExtendWith(OutputCaptureExtension.class)
class DeadLetterTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    TestInfrastructure infrastructure;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImageStore images;

    @Autowired
    MeterRegistry meters;

    @Test
    void unreadableRequestsLandOnTheDeadLetterTopicWithTheirReasonAndTheWorkerGoesOn(CapturedOutput output) {
        double before = deadLetters();
        try (Consumer<String, String> deadLetters = consumer(Topics.GENERATION_REQUESTED_DLT)) {
            kafka.send(Topics.GENERATION_REQUESTED, "poison-not-json", "this is not JSON {");
            kafka.send(Topics.GENERATION_REQUESTED, "poison-no-job", "{\"something\": \"else\"}");
            JobId good = aQueuedJob().insert(jdbc, images);
            kafka.send(Topics.GENERATION_REQUESTED, good.toString(), "{\"job_id\":\"" + good + "\"}");

            ConsumerRecord<String, String> notJson = nextRecord(deadLetters, "poison-not-json");
            assertThat(notJson.value()).isEqualTo("this is not JSON {");
            assertThat(header(notJson, "kafka_dlt-original-topic")).isEqualTo(Topics.GENERATION_REQUESTED);
            assertThat(header(notJson, "kafka_dlt-exception-cause-fqcn"))
                    .isEqualTo(UnreadableRequestException.class.getName());
            assertThat(header(notJson, "kafka_dlt-exception-message")).contains("Not a generation request");
            assertThat(header(notJson, "kafka_dlt-original-offset")).isNotBlank();
            ConsumerRecord<String, String> noJob = nextRecord(deadLetters, "poison-no-job");
            assertThat(header(noJob, "kafka_dlt-exception-message")).contains("without a job_id");

            await().atMost(WAIT).until(() -> "COMPLETED".equals(state(good)));
        }
        assertThat(deadLetters() - before).isEqualTo(2);
        // Each poison message is logged once, as a warning without a stack trace; nothing at ERROR.
        assertThat(output.getAll().lines().filter(line -> line.contains("poison-not-json"))).singleElement()
                .satisfies(line -> assertThat(line).contains("WARN").contains(Topics.GENERATION_REQUESTED_DLT));
        assertThat(output.getAll().lines().filter(line -> line.contains(" ERROR "))).isEmpty();
    }

    private double deadLetters() {
        return meters.get("avatar.generation.dead_letters").counter().count();
    }

    private String state(JobId id) {
        return jdbc.sql("select state from generation_job where id = :id").param("id", id.value())
                .query(String.class).single();
    }

    private Consumer<String, String> consumer(String topic) {
        Map<String, Object> props = TestKafka.consumerProps(infrastructure, "dlt-test-" + System.nanoTime(), false);
        props.put("auto.offset.reset", "earliest");
        Consumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new StringDeserializer());
        TestKafka.subscribe(consumer, topic);
        return consumer;
    }

    private static ConsumerRecord<String, String> nextRecord(Consumer<String, String> consumer, String key) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(200));
            for (ConsumerRecord<String, String> record : records) {
                if (key.equals(record.key())) {
                    return record;
                }
            }
        }
        throw new AssertionError("Nothing with key " + key + " on the dead-letter topic");
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        assertThat(header).as("header %s", name).isNotNull();
        return new String(header.value(), StandardCharsets.UTF_8);
    }
}
