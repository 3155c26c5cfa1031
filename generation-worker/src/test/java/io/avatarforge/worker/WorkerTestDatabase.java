package io.avatarforge.worker;

import io.avatarforge.model.job.JobId;
import io.avatarforge.platform.job.GenerationJobRows;
import io.avatarforge.platform.job.JobTransitions;
import io.avatarforge.platform.outbox.OutboxWriter;
import io.avatarforge.testkit.PostgresTestDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** A fresh migrated PostgreSQL schema with the transitions over it, and queued jobs written straight to it. */
public record WorkerTestDatabase(JdbcClient jdbc, JobTransitions transitions) {

    /** A worker's settings for tests: a 30 s lease renewed every 10 s, writes retried once, quickly. */
    public static final WorkerProperties PROPERTIES = WorkerProperties.of("w1", Duration.ofSeconds(30),
            Duration.ofSeconds(10), new WorkerProperties.DurableWrites(Duration.ofMillis(10), Duration.ofMillis(10), 1));

    public static WorkerTestDatabase fresh(String schema) {
        String url = PostgresTestDatabase.freshSchemaUrl(schema);
        Flyway.configure().dataSource(url, PostgresTestDatabase.USER, PostgresTestDatabase.PASSWORD)
                .placeholders(Map.of("json_type", "jsonb")).load().migrate();
        DriverManagerDataSource dataSource = new DriverManagerDataSource(url, PostgresTestDatabase.USER,
                PostgresTestDatabase.PASSWORD);
        JdbcClient jdbc = JdbcClient.create(dataSource);
        return new WorkerTestDatabase(jdbc, new JobTransitions(jdbc,
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)), dataSource,
                new OutboxWriter(jdbc, JsonMapper.builder().build(), Clock.systemUTC(), () -> { }), event -> { }));
    }

    /** A queued job created and dispatched at {@code dispatchedAt}. */
    public JobId aQueuedJob(Instant dispatchedAt) {
        JobId id = JobId.random();
        jdbc.sql("""
                insert into generation_job (id, state, style, quality, prompt, provider, input_image_ref, created_at,
                    dispatched_at)
                values (:id, 'QUEUED', 'cartoon_3d', 'medium', 'a hat', 'local',
                    'inputs/ab/0b5d3a4e-1c2f-4f7a-9d1e-2a3b4c5d6e7f.png', :at, :at)
                """)
                .param("id", id.value())
                .param("at", GenerationJobRows.timestamp(dispatchedAt))
                .update();
        return id;
    }
}
