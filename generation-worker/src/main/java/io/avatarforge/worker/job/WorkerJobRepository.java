package io.avatarforge.worker.job;

import io.avatarforge.platform.budget.LedgerSettlement;
import io.avatarforge.model.job.GenerationJob;
import io.avatarforge.platform.job.GenerationJobRows;
import io.avatarforge.model.job.JobId;
import io.avatarforge.model.job.JobState;
import io.avatarforge.model.storage.ImageRef;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import javax.sql.DataSource;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The worker's writes to {@code generation_job}. Every write is a conditional update on the expected state (and, after
 * the claim, on the attempt number), so a duplicate message, a stale worker or a re-dispatched job can never win twice.
 */
@Repository
public class WorkerJobRepository {

    private static final Logger LOG = LoggerFactory.getLogger(WorkerJobRepository.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final DataSource dataSource;

    public WorkerJobRepository(JdbcClient jdbc, TransactionTemplate transactions, DataSource dataSource) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.dataSource = dataSource;
    }

    /** Takes a queued job for this worker; empty when it is not queued (a duplicate, or already done). */
    public Optional<GenerationJob> claim(JobId id, String workerId, Instant now, Duration lease) {
        JobState.QUEUED.transitionTo(JobState.PROCESSING);
        int claimed = jdbc.sql("""
                update generation_job set state = 'PROCESSING', attempts = attempts + 1, worker_id = :worker,
                    started_at = :now, lease_expires_at = :lease
                where id = :id and state = 'QUEUED'
                """)
                .param("worker", workerId)
                .param("now", GenerationJobRows.timestamp(now))
                .param("lease", GenerationJobRows.timestamp(now.plus(lease)))
                .param("id", id.value())
                .update();
        return claimed == 1 ? find(id) : Optional.empty();
    }

    public Optional<GenerationJob> find(JobId id) {
        return jdbc.sql("select " + GenerationJobRows.COLUMNS + " from generation_job where id = :id")
                .param("id", id.value())
                .query((rs, n) -> GenerationJobRows.map(rs))
                .optional();
    }

    public record Completion(ImageRef result, String provider, @Nullable String model, BigDecimal actualCost,
            long providerTimeMs, Instant finishedAt, String resultMetadataJson) {
    }

    /**
     * Marks the job completed and settles its budget reservation to the actual cost, in one transaction. Returns false
     * when this worker no longer owns the job (its lease expired and it was handed on); then nothing changes.
     */
    public boolean complete(GenerationJob job, Completion completion) {
        JobState.PROCESSING.transitionTo(JobState.COMPLETED);
        return Boolean.TRUE.equals(transactions.execute(status -> {
            if (!markCompleted(job, completion)) {
                return false;
            }
            LedgerSettlement.settle(connection(), job.id().value(), completion.actualCost()).ifPresent(settled -> {
                if (settled.overrun().signum() > 0) {
                    LOG.warn("Job {} cost {} more than the {} reserved for it", job.id(), settled.overrun(),
                            settled.reserved());
                }
            });
            return true;
        }));
    }

    /**
     * Records what a call cost whose result this worker can no longer deliver (its lease ran out and the job moved
     * on): on the job row as {@code discarded_cost}, and as spend on the day's budget, outside any reservation.
     */
    public void recordDiscardedCost(GenerationJob job, BigDecimal cost) {
        if (cost.signum() <= 0) {
            return;
        }
        transactions.executeWithoutResult(status -> {
            jdbc.sql("update generation_job set discarded_cost = coalesce(discarded_cost, 0) + :cost where id = :id")
                    .param("cost", cost)
                    .param("id", job.id().value())
                    .update();
            LedgerSettlement.chargeUnreserved(connection(), job.id().value(), cost);
        });
    }

    private boolean markCompleted(GenerationJob job, Completion completion) {
        return jdbc.sql("""
                update generation_job set state = 'COMPLETED', result_image_ref = :result, provider = :provider,
                    model = :model, actual_cost = :cost, provider_time_ms = :providerMs, total_time_ms = :totalMs,
                    finished_at = :finished, lease_expires_at = null, result_metadata = :metadata
                where id = :id and state = 'PROCESSING' and attempts = :attempts
                """)
                .param("result", completion.result().key())
                .param("provider", completion.provider())
                .param("model", completion.model())
                .param("cost", completion.actualCost())
                .param("providerMs", completion.providerTimeMs())
                .param("totalMs", Duration.between(job.createdAt(), completion.finishedAt()).toMillis())
                .param("finished", GenerationJobRows.timestamp(completion.finishedAt()))
                .param("metadata", new SqlParameterValue(Types.OTHER, completion.resultMetadataJson()))
                .param("id", job.id().value())
                .param("attempts", job.attempts())
                .update() == 1;
    }

    /**
     * Pushes the lease of a job this worker is still running (waiting for a rate-limit permit, or between retries)
     * out to {@code until}; false when the job is no longer this worker's.
     */
    public boolean extendLease(GenerationJob job, Instant until) {
        return jdbc.sql("""
                update generation_job set lease_expires_at = :lease
                where id = :id and state = 'PROCESSING' and attempts = :attempts
                """)
                .param("lease", GenerationJobRows.timestamp(until))
                .param("id", job.id().value())
                .param("attempts", job.attempts())
                .update() == 1;
    }

    /** Marks the job failed and releases its budget reservation; returns false when this worker no longer owns it. */
    public boolean fail(GenerationJob job, String errorCode, String errorMessage, Instant finishedAt) {
        return fail(job, errorCode, errorMessage, finishedAt, null);
    }

    /** Marks the job failed, recording what was tried (providers, attempts) in {@code result_metadata}. */
    public boolean fail(GenerationJob job, String errorCode, String errorMessage, Instant finishedAt,
            @Nullable String resultMetadataJson) {
        JobState.PROCESSING.transitionTo(JobState.FAILED);
        return Boolean.TRUE.equals(transactions.execute(status -> {
            if (!markFailed(job, errorCode, errorMessage, finishedAt, resultMetadataJson)) {
                return false;
            }
            LedgerSettlement.release(connection(), job.id().value());
            return true;
        }));
    }

    /** The connection of the transaction in progress, so settlement commits or rolls back with the job's update. */
    private Connection connection() {
        return DataSourceUtils.getConnection(dataSource);
    }

    private boolean markFailed(GenerationJob job, String errorCode, String errorMessage, Instant finishedAt,
            @Nullable String resultMetadataJson) {
        return jdbc.sql("""
                update generation_job set state = 'FAILED', error_code = :code, error_message = :message,
                    finished_at = :finished, total_time_ms = :totalMs, lease_expires_at = null,
                    result_metadata = :metadata
                where id = :id and state = 'PROCESSING' and attempts = :attempts
                """)
                .param("metadata", new SqlParameterValue(Types.OTHER, resultMetadataJson == null ? "{}"
                        : resultMetadataJson))
                .param("code", errorCode)
                .param("message", errorMessage.length() > 2000 ? errorMessage.substring(0, 2000) : errorMessage)
                .param("finished", GenerationJobRows.timestamp(finishedAt))
                .param("totalMs", Duration.between(job.createdAt(), finishedAt).toMillis())
                .param("id", job.id().value())
                .param("attempts", job.attempts())
                .update() == 1;
    }
}
