package io.avatarforge.worker.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import io.avatarforge.model.job.JobId;
import io.avatarforge.platform.job.GenerationJobRows;
import io.avatarforge.platform.job.JobTransitions;
import io.avatarforge.platform.outbox.OutboxWriter;
import io.avatarforge.testkit.MovableClock;
import io.avatarforge.testkit.PostgresTestDatabase;
import io.avatarforge.worker.WorkerProperties;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * On joining the consumer group (a broker that came back empty lost the queued jobs' messages) the worker announces
 * again the queued jobs older than the setting, through the outbox, and leaves the fresh ones (still in the topic).
 */
class LostMessageRedispatchTest {

    private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");
    private static JdbcClient jdbc;
    private static JobTransitions transitions;

    @BeforeAll
    static void database() {
        String url = PostgresTestDatabase.freshSchemaUrl("redispatch_on_join");
        Flyway.configure().dataSource(url, PostgresTestDatabase.USER, PostgresTestDatabase.PASSWORD)
                .placeholders(Map.of("json_type", "jsonb")).load().migrate();
        DriverManagerDataSource dataSource = new DriverManagerDataSource(url, PostgresTestDatabase.USER,
                PostgresTestDatabase.PASSWORD);
        jdbc = JdbcClient.create(dataSource);
        transitions = new JobTransitions(jdbc, new TransactionTemplate(new DataSourceTransactionManager(dataSource)),
                dataSource, new OutboxWriter(jdbc, JsonMapper.builder().build(), java.time.Clock.systemUTC(), () -> { }),
                event -> { });
    }

    @Test
    void joiningTheGroupReannouncesOnlyTheQueuedJobsOlderThanTheSetting() {
        JobId old = aQueuedJobDispatchedAt(NOW.minusSeconds(40));
        JobId fresh = aQueuedJobDispatchedAt(NOW.minusSeconds(3));
        LostMessageRedispatch redispatch = new LostMessageRedispatch(transitions, MovableClock.at(NOW),
                WorkerProperties.of("w1", Duration.ofSeconds(30), Duration.ofSeconds(10),
                        new WorkerProperties.DurableWrites(Duration.ofMillis(10), Duration.ofMillis(10), 1)));

        redispatch.redispatch();

        assertThat(outboxRowsFor(old)).isEqualTo(1);
        assertThat(outboxRowsFor(fresh)).isZero();
        // Announced again now: the next join (or sweep) leaves it alone until it ages again.
        redispatch.redispatch();
        assertThat(outboxRowsFor(old)).isEqualTo(1);
    }

    @Test
    void anAssignmentWithoutPartitionsChangesNothing() {
        JobId old = aQueuedJobDispatchedAt(NOW.minusSeconds(40));
        LostMessageRedispatch redispatch = new LostMessageRedispatch(transitions, MovableClock.at(NOW),
                WorkerProperties.of("w1", Duration.ofSeconds(30), Duration.ofSeconds(10),
                        new WorkerProperties.DurableWrites(Duration.ofMillis(10), Duration.ofMillis(10), 1)));

        redispatch.onPartitionsAssigned(null, List.<TopicPartition>of());

        assertThat(outboxRowsFor(old)).isZero();
    }

    private static JobId aQueuedJobDispatchedAt(Instant dispatchedAt) {
        JobId id = JobId.random();
        jdbc.sql("""
                insert into generation_job (id, state, style, quality, prompt, provider, input_image_ref, created_at,
                    dispatched_at)
                values (:id, 'QUEUED', 'cartoon_3d', 'medium', 'a hat', 'local', 'inputs/ab/0b5d3a4e-1c2f-4f7a-9d1e-2a3b4c5d6e7f.png', :at, :at)
                """)
                .param("id", id.value())
                .param("at", GenerationJobRows.timestamp(dispatchedAt))
                .update();
        return id;
    }

    private static int outboxRowsFor(JobId id) {
        return jdbc.sql("select count(*) from outbox_message where message_key = :id")
                .param("id", id.toString()).query(Integer.class).single();
    }
}
