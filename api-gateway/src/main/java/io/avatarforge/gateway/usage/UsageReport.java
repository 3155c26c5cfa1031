package io.avatarforge.gateway.usage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** {@code GET /api/v1/avatar/usage}: what was generated and spent between two days (inclusive), and how. */
public record UsageReport(
        LocalDate from,
        LocalDate to,
        @Nullable String userId,
        BigDecimal totalCost,
        @Nullable BigDecimal budget,
        long generations,
        long succeeded,
        long failed,
        List<Row> byDay,
        List<Row> byUser,
        List<Row> byStyle) {

    /** One group: its key (a day, a user id or a style key), counts, cost and mean duration. */
    public record Row(String key, long generations, long succeeded, long failed, BigDecimal cost,
            @Nullable Long averageDurationMs) {
    }
}
