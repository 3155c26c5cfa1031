package io.avatarforge.worker;

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
        @DefaultValue("${HOSTNAME:worker}-${random.uuid}") @NotBlank String workerId,
        /* How long a claimed job stays this worker's before the sweeper may hand it to another; > provider timeout. */
        @DefaultValue("3m") Duration lease,
        @DefaultValue("avatar-workers") @NotBlank String consumerGroup) {
}
