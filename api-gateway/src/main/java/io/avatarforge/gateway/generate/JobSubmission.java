package io.avatarforge.gateway.generate;

import io.avatarforge.gateway.budget.BudgetLedger;
import io.avatarforge.gateway.job.JobQueue;
import io.avatarforge.model.image.PreparedImage;
import io.avatarforge.model.job.JobId;
import io.avatarforge.model.job.JobPlan;
import io.avatarforge.model.storage.ImageRef;
import io.avatarforge.model.storage.ImageStore;
import io.avatarforge.platform.job.JobTransitions;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Queues a planned job durably: stores its photo, then writes the job, its dispatch event and its budget reservation
 * in one transaction. A refusal or a failure leaves nothing behind (the stored photo is deleted again).
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

    JobSubmission(ImageStore images, JobTransitions transitions, BudgetLedger ledger, TransactionTemplate transactions,
            CompletionWaiters waiters, JobQueue queue, Clock clock) {
        this.images = images;
        this.transitions = transitions;
        this.ledger = ledger;
        this.transactions = transactions;
        this.waiters = waiters;
        this.queue = queue;
        this.clock = clock;
    }

    Submission submit(JobPlan plan, PreparedImage photo, Reply reply) {
        JobId id = JobId.random();
        ImageRef input = ImageRef.input(id.value(), photo.contentType());
        images.put(input, photo.bytes());
        // Registered before the commit, so a completion cannot slip past between commit and registration.
        CompletableFuture<Void> completion = reply == Reply.WHEN_DONE ? waiters.register(id) : null;
        try {
            transactions.executeWithoutResult(status -> {
                Instant now = clock.instant();
                transitions.create(id, plan, input, now, ledger.today(plan.price().limits(), now));
                // Last, so that the global budget row every intake updates stays locked only until the commit; a
                // refusal rolls the job and its outbox entry back with it.
                ledger.reserve(plan.requester().userId(), plan.price().reservation(), plan.price().limits(), now);
            });
        } catch (RuntimeException e) {
            waiters.forget(id);
            // Nothing refers to the stored input once the job was not committed (refused, or the database failed).
            images.delete(input);
            throw e;
        }
        String provider = plan.route().provider();
        String quality = plan.request().quality();
        // Behind everything queued for its provider: the wait at the provider's recent pace plus a recent run time.
        return new Submission(id, provider, quality, queue.estimatedSecondsForNewJob(provider, quality), completion);
    }
}
