package io.avatarforge.gateway.idempotency;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code avatar.gateway.idempotency.*}. {@code ttl}: how long a key is kept (Stripe: 24 hours). {@code inFlightGrace}:
 * how much longer than the request's own wait (a synchronous request's timeout) its key stays in flight before another
 * request may take it over, its gateway presumably gone. {@code cleanupInterval} and {@code cleanupBatch}: how often,
 * and how many rows per statement, expired keys are deleted.
 */
@ConfigurationProperties("avatar.gateway.idempotency")
@Validated
record IdempotencyProperties(
        @DefaultValue("24h") Duration ttl,
        @DefaultValue("1m") Duration inFlightGrace,
        @DefaultValue("1m") Duration cleanupInterval,
        @DefaultValue("1000") @Min(1) int cleanupBatch) {
}
