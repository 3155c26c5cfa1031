package io.avatarforge.gateway.budget;

import io.avatarforge.gateway.web.ApiProblemException;
import io.avatarforge.gateway.web.ProblemCode;
import io.avatarforge.model.budget.BudgetDays;
import io.avatarforge.platform.budget.LedgerSettlement;
import io.avatarforge.model.config.CostLimits;
import io.avatarforge.model.job.JobId;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reserves a job's cost under every daily cap in the caller's transaction. Each cap is one conditional update
 * ({@code … where spent + reserved + :cost <= :cap}), never a read followed by a write, so no interleaving of
 * concurrent requests on any number of gateways can reserve past a cap: PostgreSQL serialises the updates on the row
 * and re-checks the condition against the committed values. A refusal rolls the whole transaction back, including
 * the reservations already made in it.
 */
@Component
public class BudgetLedger {

    private static final Logger LOG = LoggerFactory.getLogger(BudgetLedger.class);

    /** Where the job's hold is recorded, so that settlement knows the day and amount to move. */
    public record Reservation(LocalDate day, BigDecimal amount) {
    }

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final Clock clock;

    BudgetLedger(JdbcClient jdbc, DataSource dataSource, Clock clock) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /**
     * Reserves {@code amount} for one generation by {@code userId} today, or throws a 429 problem naming the cap that
     * refused it, with {@code Retry-After} set to the start of the next budget day.
     *
     * <p>Every intake in the cluster updates the one global row, and PostgreSQL holds that row's lock until the
     * transaction commits, so intake throughput is bounded by how long a transaction keeps it: the user's row, which
     * nobody else contends for, is taken first and the global row last, and callers make this the last statement of
     * their transaction (the job is written first, on the day {@link #today} names).
     */
    public Reservation reserve(String userId, BigDecimal amount, @Nullable CostLimits limits) {
        return reserve(userId, amount, limits, clock.instant());
    }

    /** As {@link #reserve(String, BigDecimal, CostLimits)}, charged to the budget day of {@code now}. */
    public Reservation reserve(String userId, BigDecimal amount, @Nullable CostLimits limits, Instant now) {
        requireTransaction();
        ZoneId zone = BudgetDays.zone(limits);
        LocalDate day = BudgetDays.dayOf(now, zone);
        CostLimits caps = limits == null ? new CostLimits(null, null, null, null, null, null) : limits;

        String user = LedgerSettlement.userScope(userId);
        if (!take(user, day, amount, caps.perUserDailyBudget(), caps.perUserDailyLimit())) {
            throw refusal(ProblemCode.USER_DAILY_LIMIT_REACHED,
                    "You have reached your daily generation limit; it resets at the start of the next day ("
                            + zone.getId() + ")", now, zone, caps.perUserDailyLimit(), user, day);
        }
        String global = LedgerSettlement.GLOBAL_SCOPE;
        if (!take(global, day, amount, caps.dailyBudget(), caps.maxDailyGenerations())) {
            throw refusal(ProblemCode.DAILY_BUDGET_EXHAUSTED,
                    "The service's daily generation budget is used up; it resets at the start of the next day ("
                            + zone.getId() + ")", now, zone, caps.maxDailyGenerations(), global, day);
        }
        return new Reservation(day, amount);
    }

    /** The budget day {@code now} falls in. */
    public LocalDate today(@Nullable CostLimits limits, Instant now) {
        return BudgetDays.dayOf(now, BudgetDays.zone(limits));
    }

    /** Gives back a failed or canceled job's reservation; a no-op when it was settled already. */
    public void release(JobId id) {
        requireTransaction();
        LedgerSettlement.release(connection(), id.value()).ifPresent(released ->
                LOG.debug("Released {} reserved for job {}", released.reserved(), id));
    }

    /**
     * The conditional update on the scope's row for the day, creating the row first when the day has none. The update
     * comes first because the row nearly always exists: an {@code insert … on conflict do nothing} on a row that
     * another transaction holds waits for that transaction to end, which on the global row serialised every intake on
     * a second statement.
     *
     * <p>A failed update is a cap's refusal only when it saw the row. The day's first requests race: the update finds
     * no row, another transaction commits its insert of it meanwhile, and the row exists by the time we look. So the
     * update is tried once more whenever the row exists, whoever made it; the row cannot vanish within the day, so the
     * second answer is the cap's.
     */
    private boolean take(String scope, LocalDate day, BigDecimal amount, @Nullable BigDecimal capDollars,
            @Nullable Integer capCount) {
        if (conditionalTake(scope, day, amount, capDollars, capCount)) {
            return true;
        }
        if (!rowExists(scope, day)) {
            jdbc.sql("insert into budget_usage (scope, usage_day) values (:scope, :day) on conflict do nothing")
                    .param("scope", scope)
                    .param("day", day)
                    .update();
        }
        return conditionalTake(scope, day, amount, capDollars, capCount);
    }

    private boolean conditionalTake(String scope, LocalDate day, BigDecimal amount, @Nullable BigDecimal capDollars,
            @Nullable Integer capCount) {
        return jdbc.sql("""
                update budget_usage set reserved = reserved + :amount, generations = generations + 1
                where scope = :scope and usage_day = :day
                  and (cast(:capDollars as numeric) is null or spent + reserved + :amount <= :capDollars)
                  and (cast(:capCount as integer) is null or generations + 1 <= :capCount)
                """)
                .param("amount", amount)
                .param("scope", scope)
                .param("day", day)
                .param("capDollars", capDollars)
                .param("capCount", capCount)
                .update() == 1;
    }

    private boolean rowExists(String scope, LocalDate day) {
        return jdbc.sql("select count(*) from budget_usage where scope = :scope and usage_day = :day")
                .param("scope", scope)
                .param("day", day)
                .query(Long.class)
                .single() > 0;
    }

    private ApiProblemException refusal(ProblemCode code, String detail, Instant now, ZoneId zone,
            @Nullable Integer countCap, String scope, LocalDate day) {
        long retryAfter = BudgetDays.secondsUntilNextDay(now, zone);
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
        if (countCap != null) {
            // IETF RateLimit header fields (draft-ietf-httpapi-ratelimit-headers): the daily quota and what is left.
            long used = usedCount(scope, day);
            headers.set("RateLimit-Policy", "\"daily\";q=" + countCap + ";w=86400");
            headers.set("RateLimit", "\"daily\";r=" + Math.max(0, countCap - used) + ";t=" + retryAfter);
        }
        return new ApiProblemException(code, detail, headers);
    }

    private long usedCount(String scope, LocalDate day) {
        return jdbc.sql("select generations from budget_usage where scope = :scope and usage_day = :day")
                .param("scope", scope)
                .param("day", day)
                .query(Long.class)
                .optional()
                .orElse(0L);
    }

    /** The connection of the transaction in progress, so settlement commits or rolls back with the job's update. */
    Connection connection() {
        return DataSourceUtils.getConnection(dataSource);
    }

    private static void requireTransaction() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Budget reservations must be made inside the job's transaction");
        }
    }
}
