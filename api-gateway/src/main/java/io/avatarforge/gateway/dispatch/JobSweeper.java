package io.avatarforge.gateway.dispatch;

import io.avatarforge.gateway.GatewayProperties;
import io.avatarforge.gateway.budget.BudgetLedger;
import io.avatarforge.model.event.GenerationCompleted;
import io.avatarforge.model.event.GenerationRequested;
import io.avatarforge.model.job.GenerationJobRows;
import io.avatarforge.model.job.JobErrorCode;
import io.avatarforge.model.job.JobId;
import io.avatarforge.model.job.JobState;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recovers jobs that Kafka's at-least-once delivery alone cannot: a job whose worker died (its lease expired) goes
 * back to the queue, and a queued job nobody claimed for a while is dispatched again. Both are safe to repeat because
 * workers claim with a conditional update. Rows are locked with SKIP LOCKED, so every gateway may sweep.
 */
@Component
class JobSweeper implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(JobSweeper.class);
    private static final int BATCH = 100;

    private record Expired(UUID id, int attempts) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final OutboxWriter outbox;
    private final BudgetLedger ledger;
    private final Clock clock;
    private final TaskScheduler scheduler;
    private final GatewayProperties.Sweeper settings;
    private @Nullable ScheduledFuture<?> task;

    JobSweeper(JdbcClient jdbc, TransactionTemplate transactions, OutboxWriter outbox, BudgetLedger ledger,
            Clock clock, TaskScheduler scheduler, GatewayProperties properties) {
        this.ledger = ledger;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.outbox = outbox;
        this.clock = clock;
        this.scheduler = scheduler;
        this.settings = properties.sweeper();
    }

    /** One sweep; returns how many jobs it re-dispatched or failed. */
    int sweep() {
        Integer changed = transactions.execute(status -> recoverExpiredLeases(clock.instant())
                + redispatchStaleQueued(clock.instant()));
        return changed == null ? 0 : changed;
    }

    private int recoverExpiredLeases(Instant now) {
        List<Expired> expired = jdbc.sql("""
                select id, attempts from generation_job
                where state = 'PROCESSING' and lease_expires_at < :now
                order by lease_expires_at limit :limit for update skip locked
                """)
                .param("now", GenerationJobRows.timestamp(now))
                .param("limit", BATCH)
                .query((rs, n) -> new Expired(rs.getObject(1, UUID.class), rs.getInt(2)))
                .list();
        for (Expired job : expired) {
            JobId id = new JobId(job.id());
            if (job.attempts() >= settings.maxAttempts()) {
                JobState.PROCESSING.transitionTo(JobState.FAILED);
                jdbc.sql("""
                        update generation_job set state = 'FAILED', error_code = :code,
                            error_message = :message, finished_at = :now, lease_expires_at = null
                        where id = :id and state = 'PROCESSING'
                        """)
                        .param("code", JobErrorCode.WORKER_LOST.apiCode())
                        .param("message", "The job's worker stopped responding " + job.attempts() + " times")
                        .param("now", GenerationJobRows.timestamp(now))
                        .param("id", job.id())
                        .update();
                ledger.release(id);
                outbox.completed(new GenerationCompleted(id, JobState.FAILED, JobErrorCode.WORKER_LOST.apiCode()));
                LOG.warn("Job {} failed: its worker was lost {} times", id, job.attempts());
            } else {
                JobState.PROCESSING.transitionTo(JobState.QUEUED);
                jdbc.sql("""
                        update generation_job set state = 'QUEUED', lease_expires_at = null, worker_id = null,
                            dispatched_at = :now
                        where id = :id and state = 'PROCESSING'
                        """)
                        .param("now", GenerationJobRows.timestamp(now))
                        .param("id", job.id())
                        .update();
                outbox.requested(new GenerationRequested(id));
                LOG.info("Job {} re-dispatched: its worker's lease expired", id);
            }
        }
        return expired.size();
    }

    private int redispatchStaleQueued(Instant now) {
        List<UUID> stale = jdbc.sql("""
                select id from generation_job
                where state = 'QUEUED' and dispatched_at < :before
                order by dispatched_at limit :limit for update skip locked
                """)
                .param("before", GenerationJobRows.timestamp(now.minus(settings.requeueAfter())))
                .param("limit", BATCH)
                .query((rs, n) -> rs.getObject(1, UUID.class))
                .list();
        for (UUID id : stale) {
            jdbc.sql("update generation_job set dispatched_at = :now where id = :id and state = 'QUEUED'")
                    .param("now", GenerationJobRows.timestamp(now))
                    .param("id", id)
                    .update();
            outbox.requested(new GenerationRequested(new JobId(id)));
        }
        if (!stale.isEmpty()) {
            LOG.info("Re-dispatched {} queued jobs that no worker claimed within {}", stale.size(),
                    settings.requeueAfter());
        }
        return stale.size();
    }

    private void sweepQuietly() {
        try {
            sweep();
        } catch (RuntimeException e) {
            LOG.warn("Sweep failed; will try again: {}", e.toString());
        }
    }

    @Override
    public void start() {
        task = scheduler.scheduleWithFixedDelay(this::sweepQuietly, settings.interval());
    }

    @Override
    public void stop() {
        ScheduledFuture<?> current = task;
        if (current != null) {
            current.cancel(false);
        }
        task = null;
    }

    @Override
    public boolean isRunning() {
        return task != null;
    }
}
