package io.avatarforge.platform.job;

import io.avatarforge.model.job.JobErrorCode;
import io.avatarforge.model.event.GenerationCompleted;
import io.avatarforge.model.event.GenerationRequested;
import io.avatarforge.model.job.GenerationJob;
import io.avatarforge.model.job.JobId;
import io.avatarforge.model.job.JobPlan;
import io.avatarforge.model.job.JobState;
import io.avatarforge.model.storage.ImageRef;
import io.avatarforge.platform.budget.LedgerSettlement;
import io.avatarforge.platform.outbox.OutboxWriter;
import java.math.BigDecimal;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one writer of {@code generation_job.state}, for both roles. Every change goes through {@link #move}, which
 * checks the edge against {@link JobState} with the real values and updates the row only if it is still in the
 * expected state (and, once a worker claimed it, on the expected attempt), so a duplicate message, a stale worker, a
 * sweeper and a cancellation can never both win. What a change implies is written in the same transaction as the
 * change: the budget settlement of a finished job, and the event that announces it, through the outbox, so an event
 * exists exactly when its change was committed, whichever process crashes when. A finished job is also published as a
 * {@link JobFinished} to synchronous listeners, whose writes (its webhook delivery) join the same transaction.
 *
 * <p>Each method joins the caller's transaction when there is one (intake writes the job and its reservation together)
 * and runs in its own otherwise.
 */
@Component
public class JobTransitions {

    private static final Logger LOG = LoggerFactory.getLogger(JobTransitions.class);
    private static final int MAX_ERROR_MESSAGE = 2000;

    /** What a worker records about a job it finished. */
    public record Completion(ImageRef result, String provider, @Nullable String model, BigDecimal actualCost,
            long providerTimeMs, Instant finishedAt, String resultMetadataJson) {
    }

    /** Why a job failed; {@code resultMetadataJson} records what was tried (providers, attempts), when anything was. */
    public record Failure(String errorCode, String errorMessage, Instant finishedAt,
            @Nullable String resultMetadataJson) {
    }

    /** A running job whose worker's lease ran out, with the attempts it has had. */
    public record ExpiredLease(JobId id, int attempts) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final DataSource dataSource;
    private final OutboxWriter outbox;
    private final ApplicationEventPublisher events;

    public JobTransitions(JdbcClient jdbc, TransactionTemplate transactions, DataSource dataSource,
            OutboxWriter outbox, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.dataSource = dataSource;
        this.outbox = outbox;
        this.events = events;
    }

    /**
     * Queues a new job as {@code plan} describes it, with its stored photo, and announces it; the caller reserves its
     * budget in the same transaction, on {@code budgetDay}.
     */
    public void create(JobId id, JobPlan plan, ImageRef input, Instant createdAt, LocalDate budgetDay) {
        JobPlan.Webhook webhook = plan.webhook();
        inTransaction(() -> {
            jdbc.sql("""
                    insert into generation_job (id, state, user_id, style, quality, prompt, provider, model,
                        input_image_ref, estimated_cost, config_version, created_at, dispatched_at, request_metadata,
                        budget_day, reserved_cost, api_key_id, webhook_url, webhook_base_url)
                    values (:id, :state, :userId, :style, :quality, :prompt, :provider, :model, :input,
                        :estimatedCost, :configVersion, :createdAt, :createdAt, :metadata, :budgetDay, :reserved,
                        :apiKey, :webhookUrl, :webhookBaseUrl)
                    """)
                    .param("id", id.value())
                    .param("state", JobState.QUEUED.name())
                    .param("userId", plan.requester().userId())
                    .param("apiKey", plan.requester().apiKeyId())
                    .param("style", plan.request().style())
                    .param("quality", plan.request().quality())
                    .param("prompt", plan.request().prompt())
                    .param("metadata", json(plan.request().metadataJson()))
                    .param("provider", plan.route().provider())
                    .param("model", plan.route().model())
                    .param("estimatedCost", plan.price().estimate())
                    .param("reserved", plan.price().reservation())
                    .param("configVersion", plan.configVersion())
                    .param("input", input.key())
                    .param("createdAt", GenerationJobRows.timestamp(createdAt))
                    .param("budgetDay", budgetDay)
                    .param("webhookUrl", webhook == null ? null : webhook.url())
                    .param("webhookBaseUrl", webhook == null ? null : webhook.baseUrl())
                    .update();
            outbox.requested(new GenerationRequested(id));
            return true;
        });
    }

    /** QUEUED → PROCESSING: takes the job for {@code workerId}; empty when it is not queued (a duplicate, or done). */
    public Optional<GenerationJob> claim(JobId id, String workerId, Instant now, Duration lease) {
        Map<String, @Nullable Object> values = new HashMap<>();
        values.put("worker", workerId);
        values.put("now", GenerationJobRows.timestamp(now));
        values.put("lease", GenerationJobRows.timestamp(now.plus(lease)));
        boolean claimed = move(id, JobState.QUEUED, JobState.PROCESSING, null,
                "attempts = attempts + 1, worker_id = :worker, started_at = :now, lease_expires_at = :lease", values);
        return claimed ? find(id) : Optional.empty();
    }

    /**
     * Pushes the lease of a job its worker is still running out to {@code until}; false when the job is no longer that
     * worker's (not a state change, but conditional on the same state and attempt as one).
     */
    public boolean extendLease(GenerationJob job, Instant until) {
        return jdbc.sql("""
                update generation_job set lease_expires_at = :lease
                where id = :id and state = :state and attempts = :attempts
                """)
                .param("lease", GenerationJobRows.timestamp(until))
                .param("id", job.id().value())
                .param("state", JobState.PROCESSING.name())
                .param("attempts", job.attempts())
                .update() == 1;
    }

    /**
     * PROCESSING → COMPLETED on the worker's attempt, settling the reservation to the actual cost and announcing it.
     * False when the worker no longer owns the job (its lease expired and it was handed on); then nothing changes.
     */
    public boolean complete(GenerationJob job, Completion completion) {
        Map<String, @Nullable Object> values = new HashMap<>();
        values.put("result", completion.result().key());
        values.put("provider", completion.provider());
        values.put("model", completion.model());
        values.put("cost", completion.actualCost());
        values.put("providerMs", completion.providerTimeMs());
        values.put("totalMs", Duration.between(job.createdAt(), completion.finishedAt()).toMillis());
        values.put("finished", GenerationJobRows.timestamp(completion.finishedAt()));
        values.put("metadata", json(completion.resultMetadataJson()));
        return inTransaction(() -> {
            if (!move(job.id(), JobState.PROCESSING, JobState.COMPLETED, job.attempts(), """
                    result_image_ref = :result, provider = :provider, model = :model, actual_cost = :cost,
                    provider_time_ms = :providerMs, total_time_ms = :totalMs, finished_at = :finished,
                    lease_expires_at = null, result_metadata = :metadata""", values)) {
                return false;
            }
            LedgerSettlement.settle(DataSourceUtils.getConnection(dataSource), job.id().value(),
                    completion.actualCost()).ifPresent(settled -> {
                        if (settled.overrun().signum() > 0) {
                            LOG.warn("Job {} cost {} more than the {} reserved for it", job.id(), settled.overrun(),
                                    settled.reserved());
                        }
                    });
            outbox.completed(new GenerationCompleted(job.id(), JobState.COMPLETED, null));
            events.publishEvent(new JobFinished(job.id(), JobState.COMPLETED, null, completion.finishedAt()));
            return true;
        });
    }

    /** PROCESSING → FAILED on the worker's attempt, releasing the reservation; false when it is no longer the worker's. */
    public boolean fail(GenerationJob job, Failure failure) {
        Map<String, @Nullable Object> values = new HashMap<>();
        values.put("code", failure.errorCode());
        values.put("message", truncate(failure.errorMessage()));
        values.put("finished", GenerationJobRows.timestamp(failure.finishedAt()));
        values.put("totalMs", Duration.between(job.createdAt(), failure.finishedAt()).toMillis());
        values.put("metadata", json(failure.resultMetadataJson() == null ? "{}" : failure.resultMetadataJson()));
        return inTransaction(() -> finish(job.id(), JobState.PROCESSING, JobState.FAILED, job.attempts(),
                failure.errorCode(), failure.finishedAt(), """
                        error_code = :code, error_message = :message, finished_at = :finished,
                        total_time_ms = :totalMs, lease_expires_at = null, result_metadata = :metadata""", values));
    }

    /**
     * The running jobs whose lease ran out before {@code now}, oldest first, locked for the caller's transaction with
     * {@code SKIP LOCKED} so that every gateway may sweep at once without two handling the same job.
     */
    public List<ExpiredLease> lockExpiredLeases(Instant now, int limit) {
        return jdbc.sql("""
                select id, attempts from generation_job
                where state = :state and lease_expires_at < :now
                order by lease_expires_at limit :limit for update skip locked
                """)
                .param("state", JobState.PROCESSING.name())
                .param("now", GenerationJobRows.timestamp(now))
                .param("limit", limit)
                .query((rs, n) -> new ExpiredLease(new JobId(rs.getObject(1, UUID.class)), rs.getInt(2)))
                .list();
    }

    /** PROCESSING → QUEUED: the job's worker was lost; the job is dispatched again. */
    public boolean requeue(JobId id, Instant now) {
        Map<String, @Nullable Object> values = new HashMap<>();
        values.put("now", GenerationJobRows.timestamp(now));
        return inTransaction(() -> {
            if (!move(id, JobState.PROCESSING, JobState.QUEUED, null,
                    "lease_expires_at = null, worker_id = null, dispatched_at = :now", values)) {
                return false;
            }
            outbox.requested(new GenerationRequested(id));
            return true;
        });
    }

    /** PROCESSING → FAILED with {@code worker_lost}: its workers were lost {@code attempts} times; no more tries. */
    public boolean failLost(JobId id, int attempts, Instant now) {
        Map<String, @Nullable Object> values = new HashMap<>();
        values.put("code", JobErrorCode.WORKER_LOST.apiCode());
        values.put("message", "The job's worker stopped responding " + attempts + " times");
        values.put("now", GenerationJobRows.timestamp(now));
        return inTransaction(() -> finish(id, JobState.PROCESSING, JobState.FAILED, null,
                JobErrorCode.WORKER_LOST.apiCode(), now,
                "error_code = :code, error_message = :message, finished_at = :now, lease_expires_at = null",
                values));
    }

    /** Queued jobs last dispatched before {@code before}, locked for the caller's transaction ({@code SKIP LOCKED}). */
    public List<JobId> lockStaleQueued(Instant before, int limit) {
        return jdbc.sql("""
                select id from generation_job
                where state = :state and dispatched_at < :before
                order by dispatched_at limit :limit for update skip locked
                """)
                .param("state", JobState.QUEUED.name())
                .param("before", GenerationJobRows.timestamp(before))
                .param("limit", limit)
                .query((rs, n) -> new JobId(rs.getObject(1, UUID.class)))
                .list();
    }

    /**
     * Announces a still-queued job again (no state change): for a dispatch message the broker lost. Workers claim
     * conditionally, so a duplicate costs one refused claim.
     */
    public boolean redispatch(JobId id, Instant now) {
        return inTransaction(() -> {
            int touched = jdbc.sql("update generation_job set dispatched_at = :now where id = :id and state = :state")
                    .param("now", GenerationJobRows.timestamp(now))
                    .param("id", id.value())
                    .param("state", JobState.QUEUED.name())
                    .update();
            if (touched != 1) {
                return false;
            }
            outbox.requested(new GenerationRequested(id));
            return true;
        });
    }

    /**
     * QUEUED → CANCELED, releasing the reservation and announcing it (which wakes a synchronous request waiting for
     * the job, on whichever gateway holds it). False when the job is not queued: a started job is not canceled, its
     * provider call is already being paid for.
     */
    public boolean cancelQueued(JobId id, Instant now) {
        Map<String, @Nullable Object> values = new HashMap<>();
        values.put("code", JobErrorCode.CANCELED.apiCode());
        values.put("message", "Canceled by the client before it started");
        values.put("now", GenerationJobRows.timestamp(now));
        return inTransaction(() -> finish(id, JobState.QUEUED, JobState.CANCELED, null,
                JobErrorCode.CANCELED.apiCode(), now,
                "error_code = :code, error_message = :message, finished_at = :now", values));
    }

    /** A move to a terminal state other than completion: gives the reservation back and announces the outcome. */
    private boolean finish(JobId id, JobState from, JobState to, @Nullable Integer attempt, String errorCode,
            Instant finishedAt, String assignments, Map<String, @Nullable Object> values) {
        if (!move(id, from, to, attempt, assignments, values)) {
            return false;
        }
        LedgerSettlement.release(DataSourceUtils.getConnection(dataSource), id.value()).ifPresent(released ->
                LOG.debug("Released {} reserved for job {}", released.reserved(), id));
        outbox.completed(new GenerationCompleted(id, to, errorCode));
        events.publishEvent(new JobFinished(id, to, errorCode, finishedAt));
        return true;
    }

    /**
     * The only statement that changes a job's state. The edge is checked on the values given, before the database is
     * touched; the update matches only a row still in {@code from} (and on {@code attempt}, when given), so of two
     * racing writers exactly one sees 1 row updated.
     */
    private boolean move(JobId id, JobState from, JobState to, @Nullable Integer attempt, String assignments,
            Map<String, @Nullable Object> values) {
        from.transitionTo(to);
        Map<String, @Nullable Object> params = new HashMap<>(values);
        params.put("id", id.value());
        params.put("from", from.name());
        params.put("to", to.name());
        params.put("attempt", attempt);
        String sql = "update generation_job set state = :to, " + assignments
                + " where id = :id and state = :from" + (attempt == null ? "" : " and attempts = :attempt");
        return jdbc.sql(sql).params(params).update() == 1;
    }

    public Optional<GenerationJob> find(JobId id) {
        return jdbc.sql("select " + GenerationJobRows.COLUMNS + " from generation_job where id = :id")
                .param("id", id.value())
                .query((rs, n) -> GenerationJobRows.map(rs))
                .optional();
    }

    private boolean inTransaction(java.util.function.Supplier<Boolean> work) {
        return Boolean.TRUE.equals(transactions.execute(status -> work.get()));
    }

    private static String truncate(String message) {
        return message.length() > MAX_ERROR_MESSAGE ? message.substring(0, MAX_ERROR_MESSAGE) : message;
    }

    /** JSON text for a jsonb column (PostgreSQL) or a text column (H2): an untyped parameter suits both. */
    private static @Nullable SqlParameterValue json(@Nullable String text) {
        return text == null ? null : new SqlParameterValue(Types.OTHER, text);
    }
}
