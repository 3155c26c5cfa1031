package io.avatarforge.bench.chaos;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the runner reads from the services' database, directly (never through the fault proxy): the scenario's jobs
 * (those whose user id starts with the scenario's name), the ledger, receipts and the outbox.
 */
final class ChaosDatabase {

    private final String url;
    private final Path imageRoot;

    ChaosDatabase(String url, Path imageRoot) {
        this.url = url;
        this.imageRoot = imageRoot;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, "postgres", "");
    }

    /** A count from {@code sql}, whose parameters are bound in order (strings, instants, uuid arrays). */
    long count(String sql, Object... parameters) throws SQLException {
        return single(sql, rs -> rs.getLong(1), parameters);
    }

    BigDecimal amount(String sql, Object... parameters) throws SQLException {
        return single(sql, rs -> rs.getBigDecimal(1), parameters);
    }

    @FunctionalInterface
    private interface Column<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> T single(String sql, Column<T> column, Object... parameters) throws SQLException {
        try (Connection db = connect(); PreparedStatement s = db.prepareStatement(sql)) {
            bind(db, s, parameters);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return column.read(rs);
            }
        }
    }

    /** The scenario's jobs a worker holds now: id to tag. */
    Map<String, String> processingOn(String scenario, String workerId) throws SQLException {
        Map<String, String> held = new LinkedHashMap<>();
        try (Connection db = connect(); PreparedStatement s = db.prepareStatement("select id, user_id from "
                + "generation_job where state = 'PROCESSING' and worker_id = ? and user_id like ?")) {
            bind(db, s, workerId, scenario + "-%");
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    held.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return held;
    }

    /** Jobs of the scenario not yet finished: queued or processing. */
    long unfinished(String scenario) throws SQLException {
        return count("select count(*) from generation_job where user_id like ? and state in ('QUEUED','PROCESSING')",
                scenario + "-%");
    }

    /** Jobs of the scenario created before {@code instant} and not yet finished. */
    long unfinishedBefore(String scenario, Instant instant) throws SQLException {
        return count("select count(*) from generation_job where user_id like ? and created_at < ? "
                + "and state in ('QUEUED', 'PROCESSING')", scenario + "-%", instant);
    }

    long outboxRows() throws SQLException {
        return count("select count(*) from outbox_message");
    }

    long unsettledReceipts(String scenario) throws SQLException {
        return count("select count(*) from provider_call c join generation_job j on j.id = c.job_id "
                + "where j.user_id like ? and c.settled_at is null", scenario + "-%");
    }

    Invariants.Facts facts(String scenario, Set<String> accepted, Map<String, Integer> paidByTag)
            throws SQLException {
        String like = scenario + "-%";
        List<Invariants.Job> jobs = new ArrayList<>();
        BigDecimal spent;
        BigDecimal reserved;
        BigDecimal receipts;
        try (Connection db = connect()) {
            try (PreparedStatement s = db.prepareStatement("select id, user_id, state, error_code, actual_cost, "
                    + "discarded_cost, result_image_ref, created_at, finished_at from generation_job "
                    + "where user_id like ?")) {
                bind(db, s, like);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        String ref = rs.getString(7);
                        jobs.add(new Invariants.Job(rs.getString(1), rs.getString(2), rs.getString(3),
                                rs.getString(4), orZero(rs.getBigDecimal(5)), orZero(rs.getBigDecimal(6)),
                                ref == null || !Files.isRegularFile(imageRoot.resolve(ref)),
                                rs.getTimestamp(8).toInstant(),
                                rs.getTimestamp(9) == null ? null : rs.getTimestamp(9).toInstant()));
                    }
                }
            }
            try (PreparedStatement s = db.prepareStatement("select coalesce(sum(spent), 0), coalesce(sum(reserved), 0) "
                    + "from budget_usage where scope like ?")) {
                bind(db, s, "user:" + like);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    spent = rs.getBigDecimal(1);
                    reserved = rs.getBigDecimal(2);
                }
            }
            try (PreparedStatement s = db.prepareStatement("select coalesce(sum(c.cost), 0) from provider_call c "
                    + "join generation_job j on j.id = c.job_id where j.user_id like ? "
                    + "and c.settlement in ('COMPLETED', 'DISCARDED', 'PRESUMED')")) {
                bind(db, s, like);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    receipts = rs.getBigDecimal(1);
                }
            }
        }
        BigDecimal globalReserved = amount(
                "select coalesce(sum(reserved), 0) from budget_usage where scope = 'global'");
        return new Invariants.Facts(accepted, jobs, paidByTag, spent, reserved.add(globalReserved), receipts,
                unsettledReceipts(scenario), outboxRows());
    }

    /** Receipts the named worker wrote for the given jobs. */
    long receiptsBy(String workerId, Set<String> jobIds) throws SQLException {
        return count("select count(*) from provider_call where worker_id = ? and job_id = any(?)", workerId,
                jobIds.stream().map(UUID::fromString).toArray(UUID[]::new));
    }

    private static void bind(Connection db, PreparedStatement s, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object p = parameters[i];
            if (p instanceof Instant instant) {
                s.setTimestamp(i + 1, Timestamp.from(instant));
            } else if (p instanceof UUID[] ids) {
                s.setArray(i + 1, db.createArrayOf("uuid", ids));
            } else {
                s.setObject(i + 1, p);
            }
        }
    }

    private static BigDecimal orZero(@Nullable BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
