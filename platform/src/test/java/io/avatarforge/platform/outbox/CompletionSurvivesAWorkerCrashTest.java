package io.avatarforge.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.avatarforge.model.event.Topics;
import io.avatarforge.model.job.GenerationJob;
import io.avatarforge.model.job.JobId;
import io.avatarforge.model.job.JobPlan;
import io.avatarforge.model.storage.ImageRef;
import io.avatarforge.platform.PlatformProperties;
import io.avatarforge.platform.job.JobTransitions;
import io.avatarforge.testkit.PostgresTestDatabase;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * A worker that commits a job's completion and dies before anything reaches Kafka does not lose the event: the
 * completion was written to the outbox in the transaction that completed the job, so whichever relay runs next (a
 * gateway's, or the restarted worker's) delivers it. The worker used to send it straight to Kafka after the commit,
 * fire-and-forget, which such a crash lost.
 */
class CompletionSurvivesAWorkerCrashTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
    private static EmbeddedKafkaKraftBroker broker;
    private static JdbcClient jdbc;
    private static TransactionTemplate transactions;
    private static DataSource dataSource;

    @BeforeAll
    static void infrastructure() {
        broker = new EmbeddedKafkaKraftBroker(1, 1, Topics.GENERATION_COMPLETED, Topics.GENERATION_REQUESTED);
        broker.afterPropertiesSet();
        String url = PostgresTestDatabase.freshSchemaUrl("outbox_crash");
        Flyway.configure().dataSource(url, PostgresTestDatabase.USER, PostgresTestDatabase.PASSWORD)
                .placeholders(Map.of("json_type", "jsonb")).load().migrate();
        dataSource = new DriverManagerDataSource(url, PostgresTestDatabase.USER, PostgresTestDatabase.PASSWORD);
        jdbc = JdbcClient.create(dataSource);
        transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    @AfterAll
    static void stopBroker() {
        broker.destroy();
    }

    @Test
    void aCompletionCommittedByAWorkerThatDiesBeforeSendingIsDeliveredByAnotherProcessesRelay() {
        // The worker process: its relay would be woken after the commit, but the process dies first.
        AtomicInteger wakeUpsOfTheDeadRelay = new AtomicInteger();
        JobTransitions worker = new JobTransitions(jdbc, transactions, dataSource,
                new OutboxWriter(jdbc, JsonMapper.builder().build(), Clock.systemUTC(),
                        wakeUpsOfTheDeadRelay::incrementAndGet), event -> { });
        JobId id = JobId.random();
        worker.create(id, new JobPlan(new JobPlan.Requester("user-1", null),
                new JobPlan.Request("cartoon_3d", "medium", "a portrait", null), new JobPlan.Route("local", null),
                new JobPlan.Price(BigDecimal.ZERO, BigDecimal.ZERO, null), 1),
                new ImageRef("inputs/ab/0b5d3a4e-1c2f-4f7a-9d1e-2a3b4c5d6e7f.png"), NOW, LocalDate.of(2026, 11, 30));
        GenerationJob claimed = worker.claim(id, "worker-that-dies", NOW, Duration.ofMinutes(3)).orElseThrow();

        assertThat(worker.complete(claimed, new JobTransitions.Completion(new ImageRef("results/cd/1b5d3a4e-1c2f-4f7a-9d1e-2a3b4c5d6e7f.png"), "local",
                "offline", new BigDecimal("0.01"), 100, NOW, "{}"))).isTrue();
        assertThat(wakeUpsOfTheDeadRelay).hasValue(2);

        // Another process: its relay finds the committed row and publishes it.
        OutboxRelay relay = new OutboxRelay(jdbc, transactions, kafkaTemplate(), new PlatformProperties(
                Path.of("data"), Path.of("config.json"), new PlatformProperties.Storage(null),
                new PlatformProperties.Config(Duration.ofSeconds(1)),
                new PlatformProperties.Outbox(Duration.ofMillis(500), 200, Duration.ofSeconds(10))));
        assertThat(relay.relayBatch()).isEqualTo(2);

        List<ConsumerRecord<String, String>> completions = completionsFor(id);
        assertThat(completions).singleElement().satisfies(record ->
                assertThat(record.value()).contains("\"state\":\"COMPLETED\""));
        assertThat(jdbc.sql("select count(*) from outbox_message").query(Integer.class).single()).isZero();
    }

    private static KafkaTemplate<String, String> kafkaTemplate() {
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class)));
    }

    private static List<ConsumerRecord<String, String>> completionsFor(JobId id) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            // Assigned rather than subscribed: no group rebalance to wait for on a loaded machine.
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.GENERATION_COMPLETED).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            List<ConsumerRecord<String, String>> found = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (found.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> {
                    if (record.key().equals(id.toString())) {
                        found.add(record);
                    }
                });
            }
            return found;
        }
    }
}
