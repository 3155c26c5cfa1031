package io.avatarforge.gateway.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class RetryScheduleTest {

    /** {@code avatar.webhooks.*} as a gateway without any of them set binds it. */
    private static final WebhookProperties DEFAULTS = new Binder(new MapConfigurationPropertySource(Map.of()))
            .bindOrCreate("avatar.webhooks", WebhookProperties.class);

    @Test
    void theDefaultScheduleIsTheDocumentedOne() {
        assertThat(DEFAULTS.retrySchedule()).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(30),
                Duration.ofMinutes(2), Duration.ofMinutes(10), Duration.ofMinutes(30), Duration.ofHours(2),
                Duration.ofHours(6), Duration.ofHours(12), Duration.ofHours(24));
        assertThat(DEFAULTS.jitter()).isEqualTo(0.1);
        assertThat(DEFAULTS.timeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(DEFAULTS.allowPrivateTargets()).isFalse();
    }

    @Test
    void eachFailedAttemptWaitsTheNextStepWithinTheJitterAndTheTenthIsTheLast() {
        List<Duration> steps = DEFAULTS.retrySchedule();
        RetrySchedule schedule = new RetrySchedule(steps, 0.1, new Random(42));

        for (int failed = 1; failed <= 9; failed++) {
            Duration step = steps.get(failed - 1);
            for (int draw = 0; draw < 200; draw++) {
                assertThat(schedule.after(failed)).hasValueSatisfying(wait -> assertThat(wait)
                        .isBetween(step.multipliedBy(9).dividedBy(10), step.multipliedBy(11).dividedBy(10)));
            }
        }
        assertThat(schedule.after(10)).as("given up after the tenth attempt").isEmpty();
    }

    @Test
    void jitterSpreadsTheWaitsOfEventsThatFailedTogether() {
        RetrySchedule schedule = new RetrySchedule(DEFAULTS.retrySchedule(), 0.1, new Random(7));

        assertThat(IntStream.range(0, 50).mapToObj(i -> schedule.after(1).orElseThrow()).distinct().count())
                .isGreaterThan(10);
    }
}
