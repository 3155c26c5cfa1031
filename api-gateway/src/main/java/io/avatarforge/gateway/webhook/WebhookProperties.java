package io.avatarforge.gateway.webhook;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * {@code avatar.webhooks.*}.
 *
 * @param dispatcherEnabled whether this gateway sends due events (every gateway may; they share the queue)
 * @param allowPrivateTargets {@code http} and loopback or private receivers: local development only (the standalone
 *     jar's defaults); production takes {@code https} URLs of public addresses only
 * @param serviceSecret signs events of jobs submitted without an API key ({@code AVATAR_WEBHOOK_SECRET}); unset: one
 *     generated once into the database
 * @param retrySchedule the waits before each retry after the first attempt; once they are used up, the event is given
 *     up
 * @param jitter each wait is varied by up to this share, up or down, so that receivers back from an outage are not
 *     hit by every event at once
 * @param timeout for one attempt, connection to last byte read
 * @param lease how long a claimed event is left to its dispatcher before another may take it (longer than a timeout)
 * @param maxResponseBytes how much of a receiver's answer is read (and its start kept as the attempt's error)
 * @param rotationGrace how long a rotated-out key secret keeps signing next to the new one
 */
@ConfigurationProperties("avatar.webhooks")
@Validated
public record WebhookProperties(
        @DefaultValue("true") boolean dispatcherEnabled,
        @DefaultValue("false") boolean allowPrivateTargets,
        @Nullable String serviceSecret,
        @DefaultValue({"5s", "30s", "2m", "10m", "30m", "2h", "6h", "12h", "24h"}) @NotEmpty List<Duration> retrySchedule,
        @DefaultValue("0.1") @DecimalMin("0") @DecimalMax("0.5") double jitter,
        @DefaultValue("10s") Duration timeout,
        @DefaultValue("500ms") Duration pollInterval,
        @DefaultValue("32") @Min(1) int concurrency,
        @DefaultValue("60s") Duration lease,
        @DefaultValue("4KB") DataSize maxResponseBytes,
        @DefaultValue("24h") Duration rotationGrace) {

    public WebhookProperties {
        if (lease.compareTo(timeout.multipliedBy(2)) < 0) {
            throw new IllegalArgumentException("avatar.webhooks.lease must be at least twice avatar.webhooks.timeout, "
                    + "so that a slow attempt is not sent twice");
        }
        if (serviceSecret != null && serviceSecret.isBlank()) {
            serviceSecret = null;
        }
    }
}
