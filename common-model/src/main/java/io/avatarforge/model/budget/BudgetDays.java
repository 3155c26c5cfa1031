package io.avatarforge.model.budget;

import io.avatarforge.model.config.CostLimits;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/** Budget days start at midnight in {@code cost_limits.timezone} (UTC when absent or unknown). */
public final class BudgetDays {

    private BudgetDays() {
    }

    public static ZoneId zone(@Nullable CostLimits limits) {
        if (limits == null || limits.timezone() == null || limits.timezone().isBlank()) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(limits.timezone());
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }

    public static LocalDate dayOf(Instant instant, ZoneId zone) {
        return LocalDate.ofInstant(instant, zone);
    }

    /** Whole seconds until the next budget day starts, at least 1: the {@code Retry-After} of a daily refusal. */
    public static long secondsUntilNextDay(Instant now, ZoneId zone) {
        Instant next = dayOf(now, zone).plusDays(1).atStartOfDay(zone).toInstant();
        long seconds = Duration.between(now, next).toSeconds();
        return Math.max(1, seconds + (Duration.between(now, next).toMillisPart() > 0 ? 1 : 0));
    }
}
