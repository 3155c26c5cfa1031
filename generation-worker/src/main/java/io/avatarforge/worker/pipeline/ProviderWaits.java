package io.avatarforge.worker.pipeline;

import io.avatarforge.model.config.ServiceConfig;
import io.avatarforge.model.job.GenerationJob;
import io.avatarforge.model.job.JobErrorCode;
import io.avatarforge.worker.provider.ProviderException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Whether a job whose providers all failed waits for them, and until when. It waits when the last failure says the
 * provider is down or busy (a retryable failure: 5xx, timeout, connection error, open circuit, 429) and
 * {@code service_config.max_wait_seconds} has not run out since the job's first deferral; it is retried at the time the
 * provider asked for (a 429's Retry-After, however long) or after a backoff that doubles per deferral (5 s up to 60 s,
 * spread by ±20 % so that jobs deferred together come back apart), and never after the deadline, so the last try is
 * made at it. A failure that is not the provider's health (a refused prompt, a bad key) fails the job at once.
 */
final class ProviderWaits {

    static final Duration FIRST_BACKOFF = Duration.ofSeconds(5);
    static final Duration MAX_BACKOFF = Duration.ofSeconds(60);

    private ProviderWaits() {
    }

    /** The decision: wait until {@code notBefore}, or fail (empty) because the failure is final or the wait ran out. */
    static Optional<Instant> retryAt(GenerationJob job, ProviderException failure, ServiceConfig service,
            Instant now) {
        if (!failure.retryable()) {
            return Optional.empty();
        }
        Instant since = job.waiting().since() == null ? now : job.waiting().since();
        Instant deadline = since.plus(service.maxWait());
        if (!now.isBefore(deadline)) {
            return Optional.empty();
        }
        Duration delay = failure.retryAfter() != null ? failure.retryAfter() : backoff(job.waiting().deferrals());
        Instant at = now.plus(delay);
        return Optional.of(at.isAfter(deadline) ? deadline : at);
    }

    /** The failure a job ends with when its providers did not come back within {@code max_wait_seconds}. */
    static ProviderException gaveUp(ProviderException last, ServiceConfig service) {
        return new ProviderException(JobErrorCode.PROVIDER_UNAVAILABLE, "No provider could serve the job within "
                + service.maxWait().toSeconds() + "s (max_wait_seconds); last: " + last.getMessage(), false);
    }

    static Duration backoff(int deferrals) {
        long base = FIRST_BACKOFF.toMillis() << Math.min(deferrals, 8);
        long capped = Math.min(base, MAX_BACKOFF.toMillis());
        double spread = 0.8 + 0.4 * ThreadLocalRandom.current().nextDouble();
        return Duration.ofMillis(Math.round(capped * spread));
    }
}
