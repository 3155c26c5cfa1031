package io.avatarforge.worker.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.avatarforge.model.job.GenerationJob;
import io.avatarforge.platform.job.JobTransitions;
import io.avatarforge.testkit.MovableClock;
import io.avatarforge.worker.WorkerTestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The lease heartbeat on real PostgreSQL, on a clock moved by hand: a held job's lease is pushed out a whole lease from
 * each beat, a released one is left to run out, and a job taken over by another attempt is dropped.
 */
class LeaseHeartbeatTest {

    private static final Instant START = Instant.parse("2026-12-01T00:00:00Z");
    private static final Duration LEASE = Duration.ofSeconds(30);
    private static WorkerTestDatabase db;
    private static JdbcClient jdbc;
    private static JobTransitions transitions;

    private final MovableClock clock = MovableClock.at(START);
    private final LeaseHeartbeat heartbeat = new LeaseHeartbeat(transitions, clock, WorkerTestDatabase.PROPERTIES);

    @BeforeAll
    static void database() {
        db = WorkerTestDatabase.fresh("heartbeat");
        jdbc = db.jdbc();
        transitions = db.transitions();
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

    @Test
    void aBeatTheDatabaseRefusedIsRepeatedUntilOneWorks() {
        GenerationJob job = aClaimedJob();
        java.util.concurrent.atomic.AtomicBoolean down = new java.util.concurrent.atomic.AtomicBoolean(true);
        LeaseHeartbeat flaky = new LeaseHeartbeat(new JobTransitions(db.jdbc(), null, null, null, event -> { }) {
            @Override
            public boolean extendLease(GenerationJob held, Instant until) {
                if (down.get()) {
                    throw new org.springframework.jdbc.CannotGetJdbcConnectionException("the database is down");
                }
                return transitions.extendLease(held, until);
            }
        }, clock, WorkerTestDatabase.PROPERTIES);
        flaky.hold(job);

        clock.advance(Duration.ofSeconds(10));
        assertThat(flaky.renewAll()).isZero();
        assertThat(flaky.failing()).isTrue();
        assertThat(leaseOf(job)).isEqualTo(START.plus(LEASE));

        down.set(false);
        clock.advance(Duration.ofSeconds(1));
        assertThat(flaky.renewAll()).isEqualTo(1);
        assertThat(flaky.failing()).isFalse();
        assertThat(leaseOf(job)).isEqualTo(START.plusSeconds(41));
    }

    private GenerationJob aClaimedJob() {
        return transitions.claim(db.aQueuedJob(START), "w1", START, LEASE).orElseThrow();
    }

    private static Instant leaseOf(GenerationJob job) {
        return jdbc.sql("select lease_expires_at from generation_job where id = :id").param("id", job.id().value())
                .query(OffsetDateTime.class).single().toInstant();
    }
}
