package io.avatarforge.gateway.dispatch;

import io.avatarforge.gateway.GatewayProperties;
import io.avatarforge.model.storage.ImageRef;
import io.avatarforge.model.storage.ImageStore;
import io.avatarforge.platform.job.JobTransitions;
import io.avatarforge.platform.job.ProviderCalls;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recovers jobs that Kafka's at-least-once delivery alone cannot: a job whose worker died (its lease expired) is
 * completed from its receipt when the provider had already answered (the provider is not paid twice), and otherwise
 * goes back to the queue (or fails, after {@code maxAttempts} lost workers); a queued job nobody claimed for a while is
 * dispatched again, and so is a job that waited for its provider once its time came; and a paid result nobody will
 * deliver (its job moved on) is charged as discarded and its file deleted, so every provider call ends up in the
 * ledger and no result file is left without a job. Both are safe to repeat because workers claim with a conditional
 * update. Rows are locked with SKIP LOCKED, so every gateway may sweep; the changes themselves are
 * {@link JobTransitions}'.
 */
@Component
class JobSweeper implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(JobSweeper.class);
    private static final int BATCH = 100;

    private final JobTransitions transitions;
    private final ProviderCalls calls;
    private final ImageStore images;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final TaskScheduler scheduler;
    private final GatewayProperties.Sweeper settings;
    private @Nullable ScheduledFuture<?> task;
    /** When a sweep last failed (the database could not be reached); null when none has. */
    private volatile @Nullable Instant lastFailure;

    JobSweeper(JobTransitions transitions, ProviderCalls calls, ImageStore images, TransactionTemplate transactions,
            Clock clock, TaskScheduler scheduler, GatewayProperties properties) {
        this.transitions = transitions;
        this.calls = calls;
        this.images = images;
        this.transactions = transactions;
        this.clock = clock;
        this.scheduler = scheduler;
        this.settings = properties.sweeper();
    }

    /**
     * One sweep; returns how many jobs it completed, re-dispatched or failed, and receipts it settled. A sweep that
     * fails (the database is unreachable) is remembered: leases run out during a database outage because no worker
     * can renew them, so for {@code outageGrace} after it expired leases are left alone, and a live worker renews
     * its leases (it retries every second while it cannot) before its jobs would be taken from it and run, and paid
     * for, a second time. A worker that died meanwhile loses its jobs that much later.
     */
    int sweep() {
        Instant failed = lastFailure;
        boolean judgeLeases = failed == null || !clock.instant().isBefore(failed.plus(settings.outageGrace()));
        List<ImageRef> unowned = new ArrayList<>();
        int changed;
        try {
            Integer swept = transactions.execute(status -> (judgeLeases ? recoverExpiredLeases(clock.instant(), unowned)
                    : 0) + redispatchStaleQueued(clock.instant()) + releaseWaiting(clock.instant())
                    + settleOrphanedReceipts(clock.instant(), unowned));
            changed = swept == null ? 0 : swept;
        } catch (RuntimeException e) {
            lastFailure = clock.instant();
            throw e;
        }
        deleteUnowned(unowned);
        return changed;
    }

    private int recoverExpiredLeases(Instant now, List<ImageRef> unowned) {
        List<JobTransitions.ExpiredLease> expired = transitions.lockExpiredLeases(now, BATCH);
        for (JobTransitions.ExpiredLease job : expired) {
            Optional<ProviderCalls.Receipt> receipt = calls.unsettled(job.id(), job.attempts());
            if (receipt.isPresent()) {
                if (transitions.completeFromReceipt(receipt.get(), now)) {
                    LOG.info("Job {} completed from its provider receipt: its worker stopped after the provider "
                            + "answered", job.id());
                }
                continue;
            }
            int presumed = calls.presumePaid(job.id(), job.attempts(), now);
            if (presumed > 0) {
                LOG.warn("Job {}: its worker stopped with {} provider call(s) out; charged at the job's estimate as "
                        + "discarded, since the provider may have billed them", job.id(), presumed);
                // The worker may have died between storing the answer and writing its receipt: the attempt's own key
                // is the only place that result can be, and nothing will ever point at it.
                unowned.addAll(ImageRef.avatarsOfAttempt(job.userId(), job.id().value(), job.attempts()));
            }
            if (job.lostWorkers() >= settings.maxAttempts()) {
                if (transitions.failLost(job.id(), job.lostWorkers(), now)) {
                    LOG.warn("Job {} failed: its worker was lost {} times", job.id(), job.lostWorkers());
                }
            } else if (transitions.requeue(job.id(), now)) {
                LOG.info("Job {} re-dispatched: its worker's lease expired", job.id());
            }
        }
        return expired.size();
    }

    private int redispatchStaleQueued(Instant now) {
        int stale = transitions.redispatchStaleQueued(now.minus(settings.requeueAfter()), now, BATCH);
        if (stale > 0) {
            LOG.info("Re-dispatched {} queued jobs that no worker claimed within {}", stale, settings.requeueAfter());
        }
        return stale;
    }

    /** Jobs that waited for their provider and whose time to try again came are dispatched again. */
    private int releaseWaiting(Instant now) {
        int due = transitions.releaseWaiting(now, BATCH);
        if (due > 0) {
            LOG.info("Re-dispatched {} jobs that waited for their provider", due);
        }
        return due;
    }

    /**
     * Receipts whose job moved on without them (their worker lost the job and stopped before discarding the result
     * itself): the call is charged as the job's discarded cost and its result file deleted. The worker gets
     * {@code orphanedReceiptsAfter} to do that itself first.
     */
    private int settleOrphanedReceipts(Instant now, List<ImageRef> unowned) {
        List<ProviderCalls.Receipt> orphaned = calls.lockOrphaned(now.minus(settings.orphanedReceiptsAfter()), BATCH);
        for (ProviderCalls.Receipt receipt : orphaned) {
            if (calls.discard(receipt, now)) {
                LOG.warn("Job {}: a paid result nobody delivered is charged as discarded ({}) and deleted",
                        receipt.jobId(), receipt.cost());
                unowned.add(new ImageRef(receipt.resultImageRef()));
            }
        }
        return orphaned.size();
    }

    /**
     * Deletes result files nothing refers to, after the sweep committed: deleted inside it, a rolled-back sweep would
     * leave a live receipt pointing at a file that is gone. A file that cannot be deleted now stays (the bucket's
     * lifecycle rule or an operator removes it); its cost is on the ledger either way.
     */
    private void deleteUnowned(List<ImageRef> unowned) {
        for (ImageRef ref : unowned) {
            try {
                images.delete(ref);
            } catch (RuntimeException e) {
                LOG.warn("Could not delete the unowned result {}: {}", ref.key(), e.toString());
            }
        }
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
