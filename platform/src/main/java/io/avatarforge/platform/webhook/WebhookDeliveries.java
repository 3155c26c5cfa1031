package io.avatarforge.platform.webhook;

import io.avatarforge.model.job.JobState;
import io.avatarforge.platform.job.GenerationJobRows;
import io.avatarforge.platform.job.JobFinished;
import io.avatarforge.platform.outbox.OutboxTracing;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Makes a finished job's webhook event due: when {@code JobTransitions} moves a job with a {@code webhook_url} to a
 * terminal state, one {@code webhook_delivery} row is written in that same transaction (a synchronous listener joins
 * it), so the event exists exactly when the job finished, whichever role and process finished it, and a crash on
 * either side of the commit neither loses it nor invents it. After the commit, a dispatcher in this process is woken;
 * dispatchers elsewhere find the row on their next poll.
 */
@Component
public class WebhookDeliveries {

    /** The states of a delivery, as stored in {@code webhook_delivery.state}. */
    public static final String PENDING = "pending";
    public static final String DELIVERED = "delivered";
    public static final String GONE = "gone";
    public static final String GAVE_UP = "gave_up";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final OutboxTracing tracing;
    /** At most one pending wake-up: a dispatcher that is busy when a row is committed looks again at once after. */
    private final BlockingQueue<Boolean> wakeUps = new ArrayBlockingQueue<>(1);

    WebhookDeliveries(JdbcClient jdbc, Clock clock, OutboxTracing tracing) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.tracing = tracing;
    }

    /** The event type a job's terminal state announces. */
    public static String eventType(JobState state) {
        return switch (state) {
            case COMPLETED -> "avatar.completed";
            case FAILED -> "avatar.failed";
            case CANCELED -> "avatar.canceled";
            case QUEUED, PROCESSING -> throw new IllegalArgumentException(state + " is not terminal");
        };
    }

    @EventListener
    void onJobFinished(JobFinished finished) {
        // The point of writing the row here is the shared transaction; outside one it could exist without its job's
        // state change, or the other way round.
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("A webhook delivery must be written in the job's terminal transaction");
        }
        UUID id = UUID.randomUUID();
        int written = jdbc.sql("""
                insert into webhook_delivery (id, job_id, webhook_id, event_type, url, api_key_id, state, attempts,
                    series, next_attempt_at, created_at, traceparent)
                select :id, id, :webhookId, :type, webhook_url, api_key_id, :pending, 0, 1, :now, :now, :traceparent
                from generation_job where id = :job and webhook_url is not null
                """)
                .param("id", id)
                .param("webhookId", "msg_" + id.toString().replace("-", ""))
                .param("type", eventType(finished.state()))
                .param("pending", PENDING)
                .param("now", GenerationJobRows.timestamp(clock.instant()))
                .param("job", finished.jobId().value())
                // The trace that finished the job (a worker's job run, a cancel request): its webhook lines name it.
                .param("traceparent", tracing.traceparent())
                .update();
        if (written > 0) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    wakeUp();
                }
            });
        }
    }

    /** Tells this process's dispatcher that a delivery became due (after its commit); never blocks. */
    public void wakeUp() {
        wakeUps.offer(Boolean.TRUE);
    }

    /** Waits up to {@code timeout} for a delivery committed in this process; true when one was. */
    public boolean awaitWakeUp(Duration timeout) throws InterruptedException {
        return wakeUps.poll(timeout.toMillis(), TimeUnit.MILLISECONDS) != null;
    }
}
