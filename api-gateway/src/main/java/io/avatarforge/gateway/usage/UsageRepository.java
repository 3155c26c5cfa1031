package io.avatarforge.gateway.usage;

import io.avatarforge.model.job.JobState;
import io.avatarforge.platform.job.GenerationJobRows;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads usage from the job rows themselves (one row per job: user, style, quality, provider, model, estimated and
 * actual cost, outcome, durations), so a report can never disagree with what actually ran.
 */
@Repository
class UsageRepository {

    private final JdbcClient jdbc;

    UsageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Today's ledger row for the whole service. */
    record Today(BigDecimal spent, BigDecimal reserved, long generations) {
    }

    Optional<Today> today(LocalDate day) {
        return jdbc.sql("select spent, reserved, generations from budget_usage where scope = 'global' and usage_day = :day")
                .param("day", day)
                .query((rs, n) -> new Today(rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getLong(3)))
                .optional();
    }

    List<UsageReport.Row> grouped(String groupExpression, Instant from, Instant to, @Nullable String userId) {
        return jdbc.sql("select " + groupExpression + " as grp, count(*) as generations,"
                        + " sum(case when state = :completed then 1 else 0 end) as succeeded,"
                        + " sum(case when state = :failed then 1 else 0 end) as failed,"
                        + " sum(case when state = :completed and cache_source_id is not null then 1 else 0 end)"
                        + " as cached,"
                        // Discarded calls (a worker that lost its lease) were paid for too.
                        + " coalesce(sum(coalesce(actual_cost, 0) + coalesce(discarded_cost, 0)), 0) as cost,"
                        + " avg(case when state = :completed then total_time_ms end) as duration"
                        + " from generation_job where created_at >= :from and created_at < :to"
                        + " and (cast(:user as varchar) is null or user_id = :user)"
                        + " group by " + groupExpression + " order by 1")
                .param("from", GenerationJobRows.timestamp(from))
                .param("to", GenerationJobRows.timestamp(to))
                .param("user", userId)
                .param("completed", JobState.COMPLETED.name())
                .param("failed", JobState.FAILED.name())
                .query((rs, n) -> {
                    Object duration = rs.getObject("duration");
                    return new UsageReport.Row(String.valueOf(rs.getObject("grp")), rs.getLong("generations"),
                            rs.getLong("succeeded"), rs.getLong("failed"), rs.getLong("cached"), rs.getBigDecimal("cost"),
                            duration == null ? null : Math.round(((Number) duration).doubleValue()));
                })
                .list();
    }
}
