package io.avatarforge.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * A UTC clock a test moves forward by hand: standing still at a fixed instant ({@link #at}), or running with the
 * system clock ({@link #ofSystem}, for a whole application that must keep working while it ages). Give it as the
 * {@link Clock} bean (the platform's own is only a default) or to the class under test.
 */
public final class MovableClock extends Clock {

    private final @Nullable Instant start;
    private volatile Duration offset = Duration.ZERO;

    private MovableClock(@Nullable Instant start) {
        this.start = start;
    }

    /** A clock that stands at {@code start} until it is moved. */
    public static MovableClock at(Instant start) {
        return new MovableClock(start);
    }

    /** A clock that runs with the system clock, plus how far it was moved. */
    public static MovableClock ofSystem() {
        return new MovableClock(null);
    }

    /** Moves the clock forward by {@code duration}. */
    public void advance(Duration duration) {
        offset = offset.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return (start == null ? Instant.now() : start).plus(offset);
    }
}
