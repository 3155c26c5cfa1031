package io.avatarforge.platform.job;

import io.avatarforge.model.job.GenerationJob;
import io.avatarforge.model.job.JobId;
import io.avatarforge.model.job.JobState;
import io.avatarforge.platform.budget.LedgerSettlement;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The receipts of provider calls ({@code provider_call}): what makes a paid result impossible to lose. A worker
 * records each call before it goes out ({@link #started}) and turns it into the receipt right after the provider
 * answered and the result was stored ({@link #succeeded}), before it writes the completion; each receipt is
 * settled exactly once, in the transaction that puts its cost on the ledger: by the job's completion
 * ({@link JobTransitions#complete}, also from the receipt alone, {@link JobTransitions#completeFromReceipt}), or here,
 * as the job's {@code discarded_cost} when the job moved on without it. Not a state change of the job.
 */
@Component
public class ProviderCalls {

    public static final String STARTED = "STARTED";
    public static final String SUCCEEDED = "SUCCEEDED";
    public static final String FAILED = "FAILED";

    /** What a worker knows of one provider call that answered with a result. */
    public record Call(String provider, @Nullable String model, String workerId, Instant startedAt,
            Instant finishedAt, BigDecimal cost, String resultImageRef) {
    }

    /** A successful call not yet on the ledger: enough to complete its job without calling the provider again. */
    public record Receipt(UUID id, JobId jobId, int attempt, String provider, @Nullable String model, BigDecimal cost,
            String resultImageRef, long providerTimeMs, Instant finishedAt) {
    }

    /** One recorded call of a job, for its timeline. {@code errorCode} is null for a successful call. */
    public record Attempt(int attempt, String provider, @Nullable String model, Instant startedAt, Instant finishedAt,
            @Nullable String errorCode, BigDecimal cost) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final DataSource dataSource;

    public ProviderCalls(JdbcClient jdbc, TransactionTemplate transactions, DataSource dataSource) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.dataSource = dataSource;
    }

    /**
     * Records a call of {@code job}'s current attempt before it goes out (STARTED), at {@code presumedCost}: what it is
     * charged if its worker dies before it answers ({@link #presumePaid}). Returns its id, which the answer's
     * {@link #succeeded} or {@link #failed} completes.
     */
    public UUID started(GenerationJob job, String provider, @Nullable String model, String workerId, Instant startedAt,
            BigDecimal presumedCost) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into provider_call (id, job_id, attempt, provider, model, worker_id, started_at, outcome, cost)
                values (:id, :job, :attempt, :provider, :model, :worker, :started, :outcome, :cost)
                """)
                .param("id", id)
                .param("job", job.id().value())
                .param("attempt", job.attempts())
                .param("provider", provider)
                .param("model", model)
                .param("worker", workerId)
                .param("started", GenerationJobRows.timestamp(startedAt))
                .param("outcome", STARTED)
                .param("cost", presumedCost)
                .update();
        return id;
    }

    /**
     * The started call {@code id} answered with a result: it becomes the receipt (unsettled until its cost is on the
     * ledger). False when it was settled meanwhile: its job's lease ran out and the sweeper charged it as presumed paid,
     * so the job moved on and the result is not to be delivered.
     */
    public boolean succeeded(UUID id, Call call) {
        return jdbc.sql("""
                update provider_call set outcome = :succeeded, model = :model, finished_at = :finished, cost = :cost,
                    result_image_ref = :result, provider_time_ms = :providerMs
                where id = :id and outcome = :started and settled_at is null
                """)
                .param("succeeded", SUCCEEDED)
                .param("model", call.model())
                .param("finished", GenerationJobRows.timestamp(call.finishedAt()))
                .param("cost", call.cost())
                .param("result", call.resultImageRef())
                .param("providerMs", Math.max(0, call.finishedAt().toEpochMilli() - call.startedAt().toEpochMilli()))
                .param("id", id)
                .param("started", STARTED)
                .update() == 1;
    }

    /** The started call {@code id} failed: it cost nothing and is settled at once ({@code NONE}). */
    public void failed(UUID id, String errorCode, Instant finishedAt) {
        jdbc.sql("""
                update provider_call set outcome = :failed, error_code = :code, cost = 0, finished_at = :finished,
                    settled_at = :finished, settlement = 'NONE'
                where id = :id and outcome = :started and settled_at is null
                """)
                .param("failed", FAILED)
                .param("code", errorCode)
                .param("finished", GenerationJobRows.timestamp(finishedAt))
                .param("id", id)
                .param("started", STARTED)
                .update();
    }

    /**
     * Settles the calls of {@code attempt} of the job that went out and never answered (their worker died or stalled
     * mid-call) as {@code PRESUMED}: the provider may have done and billed the work, so each is charged at its
     * presumed cost as the job's {@code discarded_cost}. Joins the caller's transaction (the sweeper's). Returns how
     * many.
     */
    public int presumePaid(JobId jobId, int attempt, Instant now) {
        record Open(UUID id, BigDecimal cost) {
        }
        List<Open> open = jdbc.sql("""
                select id, cost from provider_call
                where job_id = :job and attempt = :attempt and outcome = :started and settled_at is null
                for update""")
                .param("job", jobId.value())
                .param("attempt", attempt)
                .param("started", STARTED)
                .query((rs, row) -> new Open(rs.getObject(1, UUID.class), rs.getBigDecimal(2)))
                .list();
        for (Open call : open) {
            BigDecimal cost = call.cost();
            jdbc.sql("""
                    update provider_call set finished_at = :now, error_code = 'worker_lost', settled_at = :now,
                        settlement = 'PRESUMED'
                    where id = :id""")
                    .param("now", GenerationJobRows.timestamp(now))
                    .param("id", call.id())
                    .update();
            if (cost.signum() > 0) {
                jdbc.sql("update generation_job set discarded_cost = coalesce(discarded_cost, 0) + :cost where id = :id")
                        .param("cost", cost)
                        .param("id", jobId.value())
                        .update();
                LedgerSettlement.chargeUnreserved(DataSourceUtils.getConnection(dataSource), jobId.value(), cost);
            }
        }
        return open.size();
    }

    /** Every recorded call of the job that answered (or was given up on), in the order they started. */
    public List<Attempt> ofJob(JobId jobId) {
        return jdbc.sql("""
                select attempt, provider, model, started_at, finished_at, error_code, cost from provider_call
                where job_id = :job and finished_at is not null order by started_at, finished_at""")
                .param("job", jobId.value())
                .query((rs, row) -> new Attempt(rs.getInt(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, java.time.OffsetDateTime.class).toInstant(),
                        rs.getObject(5, java.time.OffsetDateTime.class).toInstant(), rs.getString(6),
                        rs.getBigDecimal(7)))
                .list();
    }

    /** The unsettled successful call of {@code attempt} of the job, if its worker recorded one. */
    public Optional<Receipt> unsettled(JobId jobId, int attempt) {
        return jdbc.sql(SELECT + " where job_id = :job and attempt = :attempt and outcome = :succeeded"
                        + " and settled_at is null order by finished_at limit 1")
                .param("job", jobId.value())
                .param("attempt", attempt)
                .param("succeeded", SUCCEEDED)
                .query(ProviderCalls::receipt)
                .optional();
    }

    /**
     * Unsettled successful calls that finished before {@code before} and whose job is no longer running on their
     * attempt (it was handed on, or ended without them): results nobody will deliver, whose cost is still owed to the
     * ledger. Locked for the caller's transaction ({@code SKIP LOCKED}).
     */
    public List<Receipt> lockOrphaned(Instant before, int limit) {
        return jdbc.sql(SELECT + """
                 c where c.outcome = :succeeded and c.settled_at is null and c.finished_at < :before
                  and not exists (select 1 from generation_job j
                                  where j.id = c.job_id and j.state = :processing and j.attempts = c.attempt)
                order by c.finished_at limit :limit for update skip locked""")
                .param("succeeded", SUCCEEDED)
                .param("before", GenerationJobRows.timestamp(before))
                .param("processing", JobState.PROCESSING.name())
                .param("limit", limit)
                .query(ProviderCalls::receipt)
                .list();
    }

    /**
     * Settles a call whose result will not be delivered: its cost becomes the job's {@code discarded_cost} and is
     * charged to the day's spend (outside any reservation). True when this call settled it, and the caller now owns
     * deleting its stored result; false when it was settled already (for example the job was completed from it).
     */
    public boolean discard(Receipt receipt, Instant now) {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            if (!settle(jdbc, receipt.id(), "DISCARDED", now)) {
                return false;
            }
            if (receipt.cost().signum() > 0) {
                jdbc.sql("update generation_job set discarded_cost = coalesce(discarded_cost, 0) + :cost where id = :id")
                        .param("cost", receipt.cost())
                        .param("id", receipt.jobId().value())
                        .update();
                // The connection of this transaction, so the charge commits or rolls back with the settlement.
                LedgerSettlement.chargeUnreserved(DataSourceUtils.getConnection(dataSource), receipt.jobId().value(),
                        receipt.cost());
            }
            return true;
        }));
    }

    /** Marks a call settled, once; joins the caller's transaction (a completion's, in {@link JobTransitions}). */
    static boolean settle(JdbcClient jdbc, UUID id, String settlement, Instant now) {
        return jdbc.sql("""
                update provider_call set settled_at = :now, settlement = :settlement
                where id = :id and settled_at is null
                """)
                .param("now", GenerationJobRows.timestamp(now))
                .param("settlement", settlement)
                .param("id", id)
                .update() == 1;
    }

    private static final String SELECT = """
            select id, job_id, attempt, provider, model, cost, result_image_ref, provider_time_ms, finished_at
            from provider_call""";

    private static Receipt receipt(ResultSet rs, int row) throws SQLException {
        return new Receipt(rs.getObject(1, UUID.class), new JobId(rs.getObject(2, UUID.class)), rs.getInt(3),
                rs.getString(4), rs.getString(5), rs.getBigDecimal(6), rs.getString(7), rs.getLong(8),
                rs.getObject(9, java.time.OffsetDateTime.class).toInstant());
    }
}
