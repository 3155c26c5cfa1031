package io.avatarforge.model.config;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * {@code service_config.cost_limits}: caps that hold across every gateway replica (enforced by the budget ledger).
 * {@code timezone} names the zone whose midnight starts a new budget day (UTC when absent). {@code reservationMargin}
 * is the share added to a job's estimate when its cost is reserved at intake (0.25 when absent), so that an actual
 * cost somewhat above its estimate still fits inside the reservation and the cap.
 */
public record CostLimits(
        @Nullable BigDecimal dailyBudget,
        @Nullable Integer perUserDailyLimit,
        @Nullable BigDecimal perUserDailyBudget,
        @Nullable Integer maxDailyGenerations,
        @Nullable String timezone,
        @Nullable BigDecimal reservationMargin) {
}
