package io.avatarforge.worker.job;

import io.avatarforge.worker.WorkerProperties;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.sql.SQLException;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/**
 * Retries the writes that end a job this worker ran (its receipt, completion or failure) while the database fails
 * them, with backoff: a database outage must not turn a paid result into a failure, nor leave a job PROCESSING for a
 * failed write. Only database and connection failures are retried; a write that is refused for what it says (a
 * constraint) is not. What is given up on (the attempts ran out, or the worker is stopping) is left to the sweeper,
 * which completes the job from its receipt or re-queues it once the lease (no longer renewed) runs out.
 */
@Component
public class DurableWrites {

    private static final Logger LOG = LoggerFactory.getLogger(DurableWrites.class);

    /** A write this worker gave up on; the sweeper finishes the job. */
    public static class GivenUpException extends RuntimeException {

        GivenUpException(String what, Throwable cause) {
            super("Gave up writing " + what + ": " + cause, cause);
        }
    }

    private final RetryConfig config;

    public DurableWrites(WorkerProperties properties) {
        WorkerProperties.DurableWrites settings = properties.durableWrites();
        this.config = RetryConfig.custom()
                .maxAttempts(settings.maxAttempts())
                .intervalFunction(IntervalFunction.ofExponentialBackoff(settings.firstBackoff(), 2.0,
                        settings.maxBackoff()))
                .retryOnException(e -> isDatabaseFailure(e) && !Thread.currentThread().isInterrupted())
                .failAfterMaxAttempts(false)
                .build();
    }

    /** Runs {@code write}, retrying database failures; throws {@link GivenUpException} when it never succeeded. */
    public <T> T write(String what, Supplier<T> write) {
        Retry retry = Retry.of(what, config);
        retry.getEventPublisher().onRetry(event -> LOG.warn("Writing {} failed (try {}), retrying in {}: {}", what,
                event.getNumberOfRetryAttempts(), event.getWaitInterval(), String.valueOf(event.getLastThrowable())));
        try {
            return retry.executeSupplier(write);
        } catch (RuntimeException e) {
            if (isDatabaseFailure(e)) {
                throw new GivenUpException(what, e);
            }
            throw e;
        }
    }

    /** A failure of the database or the connection to it, as opposed to a refusal of the statement. */
    public static boolean isDatabaseFailure(@Nullable Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause()) {
            if (e instanceof DataIntegrityViolationException) {
                return false;
            }
            if (e instanceof DataAccessException || e instanceof TransactionException || e instanceof SQLException) {
                return true;
            }
        }
        return false;
    }
}
