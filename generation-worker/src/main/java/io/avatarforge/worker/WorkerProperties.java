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
        /* How long a claimed job stays this worker's before the sweeper may hand it to another; > provider timeout. */
        @DefaultValue("3m") Duration lease,
        @DefaultValue("avatar-workers") @NotBlank String consumerGroup,
        /* What image preparation accepts from storage, and the longest side it hands a provider. */
        @DefaultValue("20971520") @Min(1) long maxImageBytes,
        @DefaultValue("40000000") @Min(1) long maxImagePixels,
        @DefaultValue("1536") @Min(64) int maxImageSide) {
}
