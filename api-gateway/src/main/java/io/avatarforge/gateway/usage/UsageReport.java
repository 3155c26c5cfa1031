package io.avatarforge.gateway.usage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code GET /api/v1/avatar/usage}: what was generated and spent between two days (inclusive), and how. {@code cached}:
 * the succeeded jobs answered from the result cache (no provider call, cost 0).
 */
public record UsageReport(
        LocalDate from,
        LocalDate to,
        @Nullable String userId,
        BigDecimal totalCost,
        @Nullable BigDecimal budget,
        long generations,
        long succeeded,
        long failed,
        long cached,
        List<Row> byDay,
        List<Row> byUser,
        List<Row> byStyle) {

    /**
     * One group: its key (a day, a user id or a style key), counts (of which {@code cached} answered from the result
     * cache), cost and mean duration.
     */
    public record Row(String key, long generations, long succeeded, long failed, long cached, BigDecimal cost,
            @Nullable Long averageDurationMs) {
    }
}
