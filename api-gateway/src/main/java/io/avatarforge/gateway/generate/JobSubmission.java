package io.avatarforge.gateway.generate;

import io.avatarforge.gateway.budget.BudgetLedger;
import io.avatarforge.gateway.job.JobQueue;
import io.avatarforge.gateway.web.DatabaseOutages;
import io.avatarforge.model.image.PreparedImage;
import io.avatarforge.model.job.JobId;
import io.avatarforge.model.job.JobPlan;
import io.avatarforge.model.storage.ImageRef;
import io.avatarforge.model.storage.ImageStore;
import io.avatarforge.platform.job.JobLog;
import io.avatarforge.platform.job.JobTransitions;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Queues a planned job durably: stores its photo, then writes the job, its dispatch event and its budget reservation
 * in one transaction. A refusal or a failure leaves nothing behind (the stored photo is deleted again), except a
 * failed commit, whose outcome is unknown: it keeps the photo and answers 503 so that the client retries.
 *
 * <p>A plan with a cache key is first answered from the result cache when it can be: by a completed job's result (the
 * job is created completed, at cost 0, with nothing reserved) or, when an identical job is generating right now, by
 * waiting for that job's result (single-flight). Only otherwise is it queued, as the key's in-flight job.
 */
@Component
class JobSubmission {

    /** Whether the client waits for the job (a synchronous request) or only wants it queued. */
    enum Reply {
        WHEN_DONE,
        WHEN_QUEUED
    }

    /** A queued job; {@code completion} is set when the caller waits for it. */
    record Submission(JobId jobId, String provider, String quality, long estimatedSeconds,
            @Nullable CompletableFuture<Void> completion) {
    }

    private final ImageStore images;
    private final JobTransitions transitions;
    private final BudgetLedger ledger;
    private final TransactionTemplate transactions;
    private final CompletionWaiters waiters;
    private final JobQueue queue;
    private final Clock clock;
    private final ResultCache cache;
    private final JobLog log;

    JobSubmission(ImageStore images, JobTransitions transitions, BudgetLedger ledger, TransactionTemplate transactions,
            CompletionWaiters waiters, JobQueue queue, Clock clock, ResultCache cache, JobLog log) {
        this.images = images;
        this.transitions = transitions;
        this.ledger = ledger;
        this.transactions = transactions;
        this.waiters = waiters;
        this.queue = queue;
        this.clock = clock;
        this.cache = cache;
        this.log = log;
    }

    Submission submit(JobPlan plan, PreparedImage photo, Reply reply) {
        if (plan.cacheKey() == null) {
            return queue(plan, photo, reply);
        }
        // Rounds, because the state of the key can change between looking and writing: the job in flight may end
        // before we join it, or an identical request may become the job in flight just before us (its insert wins
        // the unique in-flight key; ours fails and looks again, finding it).
        for (int round = 1; ; round++) {
            Submission answered = fromCache(plan, reply);
            if (answered != null) {
                return answered;
            }
            try {
                Submission queued = queue(plan, photo, reply);
                cache.countMiss();
                return queued;
            } catch (DuplicateKeyException e) {
                if (round == 3) {
                    throw e;
                }
            }
        }
    }

    /** The job answered from the cache (done, or waiting for the identical job in flight); null when it cannot be. */
    private @Nullable Submission fromCache(JobPlan plan, Reply reply) {
        JobId id = JobId.random();
        Instant now = clock.instant();
        String provider = plan.route().provider();
        String quality = plan.request().quality();
        if (transitions.createFromResult(id, plan, now.minus(cache.timeToLive()), now).isPresent()) {
            cache.countResultHit();
            log.accepted(id, plan, "cache_hit");
            return new Submission(id, provider, quality, 0,
                    reply == Reply.WHEN_DONE ? CompletableFuture.completedFuture(null) : null);
        }
        CompletableFuture<Void> completion = reply == Reply.WHEN_DONE ? waiters.register(id) : null;
        boolean joined;
        try {
            joined = transitions.createFollower(id, plan, now).isPresent();
        } catch (RuntimeException e) {
            waiters.forget(id);
            throw e;
        }
        if (!joined) {
            waiters.forget(id);
            return null;
        }
        cache.countInFlightHit();
        log.accepted(id, plan, "in_flight");
        return new Submission(id, provider, quality, queue.estimatedSecondsForNewJob(provider, quality), completion);
    }

    private Submission queue(JobPlan plan, PreparedImage photo, Reply reply) {
        JobId id = JobId.random();
        ImageRef input = ImageRef.input(id.value(), photo.contentType());
        images.put(input, photo.bytes());
        // Registered before the commit, so a completion cannot slip past between commit and registration.
        CompletableFuture<Void> completion = reply == Reply.WHEN_DONE ? waiters.register(id) : null;
        AtomicBoolean committing = new AtomicBoolean();
        try {
            transactions.executeWithoutResult(status -> {
                Instant now = clock.instant();
                transitions.create(id, plan, input, now, ledger.today(plan.price().limits(), now));
                // Last, so that the global budget row every intake updates stays locked only until the commit; a
                // refusal rolls the job and its outbox entry back with it.
                ledger.reserve(plan.requester().userId(), plan.price().reservation(), plan.price().limits(), now);
                committing.set(true);
            });
        } catch (RuntimeException e) {
            waiters.forget(id);
            if (!committing.get()) {
                // Nothing refers to the stored input once the job was not committed (refused, or a statement failed).
                images.delete(input);
                throw e;
            }
            // The commit failed, typically because the connection died during COMMIT (a restart): whether the job
            // committed is unknown, so its input stays (an orphan stays too: retention purges by job row) and the
            // client is told to retry. Spring reports the failed rollback that follows, not the commit's own failure.
            throw DatabaseOutages.refusal(e, "the commit of job " + id);
        }
        log.accepted(id, plan, "queued");
        String provider = plan.route().provider();
        String quality = plan.request().quality();
        // Behind everything queued for its provider: the wait at the provider's recent pace plus a recent run time.
        return new Submission(id, provider, quality, queue.estimatedSecondsForNewJob(provider, quality), completion);
    }
}
