package io.avatarforge.worker.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.avatarforge.model.job.GenerationJob;
import io.avatarforge.model.job.JobId;
import io.avatarforge.platform.job.GenerationJobRows;
import io.avatarforge.platform.job.JobTransitions;
import io.avatarforge.platform.outbox.OutboxWriter;
import io.avatarforge.testkit.MovableClock;
import io.avatarforge.testkit.PostgresTestDatabase;
import io.avatarforge.worker.WorkerProperties;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The lease heartbeat on real PostgreSQL, on a clock moved by hand: a held job's lease is pushed out a whole lease from
 * each beat, a released one is left to run out, and a job taken over by another attempt is dropped.
 */
class LeaseHeartbeatTest {

    private static final Instant START = Instant.parse("2026-12-01T00:00:00Z");
    private static final Duration LEASE = Duration.ofSeconds(30);
    private static JdbcClient jdbc;
    private static JobTransitions transitions;

    private final MovableClock clock = MovableClock.at(START);
    private final LeaseHeartbeat heartbeat = new LeaseHeartbeat(transitions, clock, WorkerProperties.of("w1", LEASE,
            Duration.ofSeconds(10), new WorkerProperties.DurableWrites(Duration.ofMillis(10), Duration.ofMillis(10),
                    1)));

    @BeforeAll
    static void database() {
        String url = PostgresTestDatabase.freshSchemaUrl("heartbeat");
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
    void eachBeatPushesAHeldJobsLeaseAWholeLeaseAhead() {
        GenerationJob job = aClaimedJob();
        heartbeat.hold(job);

        clock.advance(Duration.ofSeconds(10));
        assertThat(heartbeat.renewAll()).isEqualTo(1);
        assertThat(leaseOf(job)).isEqualTo(START.plusSeconds(40));

        clock.advance(Duration.ofSeconds(10));
        heartbeat.renewAll();
        assertThat(leaseOf(job)).isEqualTo(START.plusSeconds(50));
    }

    @Test
    void aReleasedJobIsNoLongerRenewedSoItsLeaseRunsOut() {
        GenerationJob job = aClaimedJob();
        heartbeat.hold(job).close();

        clock.advance(Duration.ofSeconds(20));

        assertThat(heartbeat.renewAll()).isZero();
        assertThat(leaseOf(job)).isEqualTo(START.plus(LEASE));
    }

    @Test
    void aJobTakenOverByAnotherAttemptIsDroppedAndItsNewLeaseLeftAlone() {
        GenerationJob job = aClaimedJob();
        heartbeat.hold(job);
        // The lease ran out (this worker stalled), the sweeper re-queued the job and another worker claimed it.
        clock.advance(LEASE.plusSeconds(1));
        assertThat(transitions.lockExpiredLeases(clock.instant(), 10)).extracting(JobTransitions.ExpiredLease::id)
                .contains(job.id());
        assertThat(transitions.requeue(job.id(), clock.instant())).isTrue();
        GenerationJob retaken = transitions.claim(job.id(), "w2", clock.instant(), LEASE).orElseThrow();

        clock.advance(Duration.ofSeconds(5));

        assertThat(heartbeat.renewAll()).isZero();
        assertThat(leaseOf(retaken)).isEqualTo(START.plus(LEASE).plusSeconds(1).plus(LEASE));
        clock.advance(Duration.ofSeconds(5));
        assertThat(heartbeat.renewAll()).isZero();
    }

    private GenerationJob aClaimedJob() {
        JobId id = JobId.random();
        jdbc.sql("""
                insert into generation_job (id, state, style, quality, prompt, provider, input_image_ref, created_at,
                    dispatched_at)
                values (:id, 'QUEUED', 'cartoon_3d', 'medium', 'a hat', 'local', 'inputs/ab/0b5d3a4e-1c2f-4f7a-9d1e-2a3b4c5d6e7f.png', :now, :now)
                """)
                .param("id", id.value())
                .param("now", GenerationJobRows.timestamp(START))
                .update();
        return transitions.claim(id, "w1", START, LEASE).orElseThrow();
    }

    private static Instant leaseOf(GenerationJob job) {
        return jdbc.sql("select lease_expires_at from generation_job where id = :id").param("id", job.id().value())
                .query(OffsetDateTime.class).single().toInstant();
    }
}
