package io.avatarforge.gateway.dispatch;

import io.avatarforge.gateway.GatewayProperties;
import io.avatarforge.model.job.JobId;
import io.avatarforge.platform.job.JobTransitions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recovers jobs that Kafka's at-least-once delivery alone cannot: a job whose worker died (its lease expired) goes
 * back to the queue (or fails, after {@code maxAttempts} lost workers), and a queued job nobody claimed for a while is
 * dispatched again. Both are safe to repeat because workers claim with a conditional update. Rows are locked with SKIP
 * LOCKED, so every gateway may sweep; the changes themselves are {@link JobTransitions}'.
 */
@Component
class JobSweeper implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(JobSweeper.class);
    private static final int BATCH = 100;

    private final JobTransitions transitions;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final TaskScheduler scheduler;
    private final GatewayProperties.Sweeper settings;
    private @Nullable ScheduledFuture<?> task;

    JobSweeper(JobTransitions transitions, TransactionTemplate transactions, Clock clock, TaskScheduler scheduler,
            GatewayProperties properties) {
        this.transitions = transitions;
        this.transactions = transactions;
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
        List<JobTransitions.ExpiredLease> expired = transitions.lockExpiredLeases(now, BATCH);
        for (JobTransitions.ExpiredLease job : expired) {
            if (job.attempts() >= settings.maxAttempts()) {
                if (transitions.failLost(job.id(), job.attempts(), now)) {
                    LOG.warn("Job {} failed: its worker was lost {} times", job.id(), job.attempts());
                }
            } else if (transitions.requeue(job.id(), now)) {
                LOG.info("Job {} re-dispatched: its worker's lease expired", job.id());
            }
        }
        return expired.size();
    }

    private int redispatchStaleQueued(Instant now) {
        List<JobId> stale = transitions.lockStaleQueued(now.minus(settings.requeueAfter()), BATCH);
        for (JobId id : stale) {
            transitions.redispatch(id, now);
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
