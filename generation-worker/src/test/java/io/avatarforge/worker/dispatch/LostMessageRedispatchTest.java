package io.avatarforge.worker.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import io.avatarforge.model.job.JobId;
import io.avatarforge.testkit.MovableClock;
import io.avatarforge.worker.WorkerTestDatabase;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * On joining the consumer group (a broker that came back empty lost the queued jobs' messages) the worker announces
 * again the queued jobs older than the setting, through the outbox, and leaves the fresh ones (still in the topic).
 */
class LostMessageRedispatchTest {

    private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");
    private static WorkerTestDatabase db;

    @BeforeAll
    static void database() {
        db = WorkerTestDatabase.fresh("redispatch_on_join");
    }

    @Test
    void joiningTheGroupReannouncesOnlyTheQueuedJobsOlderThanTheSetting() {
        JobId old = db.aQueuedJob(NOW.minusSeconds(40));
        JobId fresh = db.aQueuedJob(NOW.minusSeconds(3));
        LostMessageRedispatch redispatch = new LostMessageRedispatch(db.transitions(), MovableClock.at(NOW),
                WorkerTestDatabase.PROPERTIES);

        redispatch.redispatch();

        assertThat(outboxRowsFor(old)).isEqualTo(1);
        assertThat(outboxRowsFor(fresh)).isZero();
        // Announced again now: the next join (or sweep) leaves it alone until it ages again.
        redispatch.redispatch();
        assertThat(outboxRowsFor(old)).isEqualTo(1);
    }

    @Test
    void anAssignmentWithoutPartitionsChangesNothing() {
        JobId old = db.aQueuedJob(NOW.minusSeconds(40));
        LostMessageRedispatch redispatch = new LostMessageRedispatch(db.transitions(), MovableClock.at(NOW),
                WorkerTestDatabase.PROPERTIES);

        redispatch.onPartitionsAssigned(null, List.<TopicPartition>of());

        assertThat(outboxRowsFor(old)).isZero();
    }

    private static int outboxRowsFor(JobId id) {
        return db.jdbc().sql("select count(*) from outbox_message where message_key = :id")
                .param("id", id.toString()).query(Integer.class).single();
    }
}
