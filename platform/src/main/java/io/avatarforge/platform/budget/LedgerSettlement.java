package io.avatarforge.platform.budget;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Settles a job's hold on the budget ledger, for both roles: the worker settles a job it finished, the gateway releases
 * a job it failed or canceled. Callers pass the connection of the transaction that moved the job to its terminal
 * state, after that move succeeded; {@code budget_settled} makes a second settlement of the same job a no-op, so
 * whatever the races between workers, sweepers and cancellations, every job's reservation is settled exactly once.
 * Plain JDBC, so PostgreSQL and H2 share it and common-model stays free of framework code.
 */
public final class LedgerSettlement {

    /** What a settled job did to the ledger, for logs and metrics. */
    public record Settled(BigDecimal reserved, BigDecimal actual) {

        /** The amount by which the actual cost exceeded the reservation (zero when it fit). */
        public BigDecimal overrun() {
            return actual.subtract(reserved).max(BigDecimal.ZERO);
        }
    }

    public static final String GLOBAL_SCOPE = "global";

    private static final String MARK_SETTLED = """
            update generation_job set budget_settled = true
            where id = ? and budget_settled = false and budget_day is not null
            """;
    private static final String HOLDING = "select budget_day, reserved_cost, user_id from generation_job where id = ?";
    private static final String SETTLE_SCOPE = """
            update budget_usage set reserved = greatest(reserved - ?, 0), spent = spent + ?
            where scope = ? and usage_day = ?
            """;
    private static final String RELEASE_SCOPE = """
            update budget_usage set reserved = greatest(reserved - ?, 0), generations = greatest(generations - 1, 0)
            where scope = ? and usage_day = ?
            """;

    private static final String CHARGE_SCOPE = """
            update budget_usage set spent = spent + ? where scope = ? and usage_day = ?
            """;

    private LedgerSettlement() {
    }

    public static String userScope(String userId) {
        return "user:" + userId;
    }

    /** A finished job: its reservation is replaced by its actual cost. Empty when it was settled already. */
    public static Optional<Settled> settle(Connection connection, UUID jobId, BigDecimal actualCost) {
        return apply(connection, jobId, SETTLE_SCOPE, actualCost, (update, holding, scope) -> {
            update.setBigDecimal(1, holding.reserved());
            update.setBigDecimal(2, actualCost);
            update.setString(3, scope);
            update.setDate(4, holding.day());
        });
    }

    /** A failed or canceled job: its reservation and its place in the day's count are given back. */
    public static Optional<Settled> release(Connection connection, UUID jobId) {
        return apply(connection, jobId, RELEASE_SCOPE, BigDecimal.ZERO, (update, holding, scope) -> {
            update.setBigDecimal(1, holding.reserved());
            update.setString(2, scope);
            update.setDate(3, holding.day());
        });
    }

    /**
     * A cost outside any reservation: a provider call whose result was discarded because its worker had lost the job.
     * The money is spent all the same, so it is added to the day's spend of the service and the job's user (which
     * leaves less budget for later requests); the job's own settlement is untouched. A no-op for a job without a
     * budget day.
     */
    public static void chargeUnreserved(Connection connection, UUID jobId, BigDecimal cost) {
        try {
            Holding holding = holding(connection, jobId).orElse(null);
            if (holding == null) {
                return;
            }
            for (String scope : holding.scopes()) {
                try (PreparedStatement update = connection.prepareStatement(CHARGE_SCOPE)) {
                    update.setBigDecimal(1, cost);
                    update.setString(2, scope);
                    update.setDate(3, holding.day());
                    update.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not charge the discarded cost of job " + jobId, e);
        }
    }

    /** Binds one ledger row's update for a job's holding. */
    @FunctionalInterface
    private interface ScopeBinding {
        void bind(PreparedStatement update, Holding holding, String scope) throws SQLException;
    }

    /**
     * Marks the job settled (once: a second call finds it marked and does nothing), then runs {@code scopeUpdate} on
     * each ledger row the job is on (the service's, and its user's).
     */
    private static Optional<Settled> apply(Connection connection, UUID jobId, String scopeUpdate, BigDecimal actual,
            ScopeBinding binding) {
        try {
            try (PreparedStatement mark = connection.prepareStatement(MARK_SETTLED)) {
                mark.setObject(1, jobId);
                if (mark.executeUpdate() != 1) {
                    return Optional.empty();
                }
            }
            // MARK_SETTLED matched only a job with a budget day, so its holding is there.
            Holding holding = holding(connection, jobId).orElseThrow();
            for (String scope : holding.scopes()) {
                try (PreparedStatement update = connection.prepareStatement(scopeUpdate)) {
                    binding.bind(update, holding, scope);
                    update.executeUpdate();
                }
            }
            return Optional.of(new Settled(holding.reserved(), actual));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not settle the budget of job " + jobId, e);
        }
    }

    /** A job's hold on the ledger: its budget day, what it reserved, and the ledger rows (service, user) it is on. */
    private record Holding(Date day, BigDecimal reserved, List<String> scopes) {
    }

    /** Empty when the job is unknown or has no budget day (it was never charged to the ledger). */
    private static Optional<Holding> holding(Connection connection, UUID jobId) throws SQLException {
        try (PreparedStatement holding = connection.prepareStatement(HOLDING)) {
            holding.setObject(1, jobId);
            try (ResultSet row = holding.executeQuery()) {
                if (!row.next() || row.getDate(1) == null) {
                    return Optional.empty();
                }
                // The user's row before the global one, the order intake reserves in (BudgetLedger.reserve): a
                // settlement that took them the other way round deadlocked with a concurrent intake of the same user
                // (found by two workers completing jobs while intake went on), and PostgreSQL aborted the completion.
                List<String> scopes = new ArrayList<>();
                if (row.getString(3) != null) {
                    scopes.add(userScope(row.getString(3)));
                }
                scopes.add(GLOBAL_SCOPE);
                BigDecimal reserved = row.getBigDecimal(2) == null ? BigDecimal.ZERO : row.getBigDecimal(2);
                return Optional.of(new Holding(row.getDate(1), reserved, List.copyOf(scopes)));
            }
        }
    }
}
