package io.avatarforge.gateway.retention;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code avatar.retention.*}: {@code inputHours} after a job ended its photo is deleted (0: at the next purge run);
 * {@code resultDays} after, its result. {@code interval} is how often each gateway runs the purge, {@code batchSize}
 * how many jobs one transaction handles. Deployment settings rather than runtime configuration: how long personal data
 * is kept is a promise in a privacy notice, not a knob to turn between requests.
 */
@ConfigurationProperties("avatar.retention")
@Validated
public record RetentionProperties(
        @DefaultValue("24") @Min(0) int inputHours,
        @DefaultValue("30") @Min(1) int resultDays,
        @DefaultValue("1m") Duration interval,
        @DefaultValue("100") @Min(1) int batchSize) {

    Duration inputRetention() {
        return Duration.ofHours(inputHours);
    }

    Duration resultRetention() {
        return Duration.ofDays(resultDays);
    }
}
