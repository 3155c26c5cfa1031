package io.avatarforge.worker.dispatch;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code avatar.worker.dead-letter.*}: a generation request whose handling fails is tried {@code retries} more times,
 * {@code backoff} apart (the partition waits meanwhile, so keep both small), then put on
 * {@code avatar.generation.requested.DLT}; one that cannot be read at all goes there at once.
 */
@ConfigurationProperties("avatar.worker.dead-letter")
@Validated
record DeadLetterProperties(@DefaultValue("2") @Min(0) int retries, @DefaultValue("1s") Duration backoff) {
}
