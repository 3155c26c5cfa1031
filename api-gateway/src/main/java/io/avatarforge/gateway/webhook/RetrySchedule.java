package io.avatarforge.gateway.webhook;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * When a failed event is tried again: after the n-th failed attempt, the n-th wait of the schedule, varied by up to
 * {@code jitter} either way so that a receiver back from an outage is not hit by all its events in one burst; after
 * the last wait's attempt has failed too, never. The default schedule (5 s, 30 s, 2 min, 10 min, 30 min, 2 h, 6 h,
 * 12 h, 24 h) tries ten times over about 45 hours.
 */
final class RetrySchedule {

    private final List<Duration> waits;
    private final double jitter;
    private final RandomGenerator random;

    RetrySchedule(List<Duration> waits, double jitter, RandomGenerator random) {
        this.waits = List.copyOf(waits);
        this.jitter = jitter;
        this.random = random;
    }

    /** The wait before the next attempt, {@code failedAttempts} having failed; empty when the event is given up. */
    Optional<Duration> after(int failedAttempts) {
        if (failedAttempts < 1 || failedAttempts > waits.size()) {
            return Optional.empty();
        }
        double factor = 1 + jitter * (2 * random.nextDouble() - 1);
        return Optional.of(Duration.ofMillis(Math.round(waits.get(failedAttempts - 1).toMillis() * factor)));
    }
}
