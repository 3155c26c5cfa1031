package io.avatarforge.worker;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** {@code avatar.worker.*}: the worker's own settings. */
@ConfigurationProperties("avatar.worker")
@Validated
public record WorkerProperties(
        @DefaultValue("true") boolean enabled,
        /* Names this instance in job rows, for operators tracing which worker ran a job. */
        /* The role's defaults set it to ${HOSTNAME:worker}-${random.uuid}: a @DefaultValue is not resolved, so every
           worker used to write that text itself into job rows. */
        @DefaultValue("worker") @NotBlank String workerId,
        /* How long a claimed job stays this worker's without a renewal before the sweeper may hand it to another (or
           complete it from its receipt). The heartbeat renews it every leaseRenewal while the job runs, so it need not
           outlast a provider call: it bounds how long a crashed worker's jobs wait. */
        @DefaultValue("30s") Duration lease,
        @DefaultValue("avatar-workers") @NotBlank String consumerGroup,
        /* What image preparation accepts from storage, and the longest side it hands a provider. */
        @DefaultValue("20971520") @Min(1) long maxImageBytes,
        @DefaultValue("40000000") @Min(1) long maxImagePixels,
        @DefaultValue("1536") @Min(64) int maxImageSide,
        /* How often the heartbeat renews the lease of every job this worker runs; well under lease. */
        @DefaultValue("10s") Duration leaseRenewal,
        @DefaultValue DurableWrites durableWrites,
        /* On joining the consumer group, queued jobs dispatched longer ago than this are announced again (their
           messages may have died with the broker); younger ones are most likely still in the topic. */
        @DefaultValue("15s") Duration redispatchOnJoinAfter) {

    /**
     * How a job's receipt, completion and failure writes are retried when the database fails them: exponential backoff
     * from {@code firstBackoff} up to {@code maxBackoff}, {@code maxAttempts} tries in all (the defaults retry for
     * about 5 minutes), the lease renewed meanwhile. A write given up on is left to the sweeper.
     */
    public record DurableWrites(@DefaultValue("200ms") Duration firstBackoff, @DefaultValue("5s") Duration maxBackoff,
            @DefaultValue("64") @Min(1) int maxAttempts) {
    }

    /** The settings a test needs, everything else at its default. */
    public static WorkerProperties of(String workerId, Duration lease, Duration leaseRenewal,
            DurableWrites durableWrites) {
        return new WorkerProperties(true, workerId, lease, "avatar-workers", 20_971_520, 40_000_000, 1536,
                leaseRenewal, durableWrites, Duration.ofSeconds(15));
    }
}
