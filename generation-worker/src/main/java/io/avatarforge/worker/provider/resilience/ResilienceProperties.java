package io.avatarforge.worker.provider.resilience;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code avatar.worker.resilience.*}: how provider calls are retried and when a provider's circuit opens. How many
 * retries and how long one call may take are per provider ({@code max_retries}, {@code timeout_seconds}).
 */
@ConfigurationProperties("avatar.worker.resilience")
@Validated
public record ResilienceProperties(
        /* First backoff after a 5xx, timeout or connection error; doubles (times multiplier) per retry. */
        @DefaultValue("1s") Duration initialBackoff,
        @DefaultValue("2.0") @DecimalMin("1.0") double backoffMultiplier,
        @DefaultValue("30s") Duration maxBackoff,
        /* Each backoff is spread by up to this fraction either way, so workers that failed together retry apart. */
        @DefaultValue("0.5") @DecimalMin("0.0") @DecimalMax("1.0") double jitter,
        /*
         * A provider's retry-after up to this long is waited in the job's generation slot; a longer one ends the call
         * and the job waits in the queue until then (deferred), so no slot is held by a rate-limited job.
         */
        @DefaultValue("5s") Duration maxRetryAfter,
        /* Retries when a provider entry sets no max_retries. */
        @DefaultValue("2") @Min(0) int defaultMaxRetries,
        @DefaultValue("50") @DecimalMin("1") @DecimalMax("100") float circuitFailureRatePercent,
        @DefaultValue("10") @Min(1) int circuitWindowCalls,
        @DefaultValue("5") @Min(1) int circuitMinimumCalls,
        /* How long an open circuit refuses calls before letting a few probe calls through. */
        @DefaultValue("30s") Duration circuitOpenDuration,
        /* How long a call waits for one of the worker's max_concurrent_generations slots. */
        @DefaultValue("2m") Duration bulkheadMaxWait) {
}
