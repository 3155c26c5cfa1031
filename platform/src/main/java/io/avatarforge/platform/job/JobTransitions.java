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
import java.util.Objects;
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

    /**
     * What a worker records about a job it finished; {@code receipt} is the {@code provider_call} whose result this is,
     * settled in the completion's transaction.
     */
    public record Completion(ImageRef result, String provider, @Nullable String model, BigDecimal actualCost,
            long providerTimeMs, Instant finishedAt, String resultMetadataJson, @Nullable UUID receipt) {

        public Completion(ImageRef result, String provider, @Nullable String model, BigDecimal actualCost,
                long providerTimeMs, Instant finishedAt, String resultMetadataJson) {
            this(result, provider, model, actualCost, providerTimeMs, finishedAt, resultMetadataJson, null);
        }
    }

    /** Why a job failed; {@code resultMetadataJson} records what was tried (providers, attempts), when anything was. */
    public record Failure(String errorCode, String errorMessage, Instant finishedAt,
            @Nullable String resultMetadataJson) {
    }

    /**
     * A running job whose worker's lease ran out, with the attempts it has had and how many of them lost their worker
     * (the rest ended in a deferral, which is not a worker's fault).
     */
    public record ExpiredLease(JobId id, @Nullable String userId, int attempts, int lostWorkers) {
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
     * budget in the same transaction, on {@code budgetDay}. A plan with a cache key makes the job the one that
     * generates that key's result while it runs (the leader identical requests wait for): when another job already
     * is, the insert fails with a {@link org.springframework.dao.DuplicateKeyException} (PostgreSQL makes a second
     * insert of the key wait for the first's transaction, so the loser always sees a committed leader, or none).
     */
    public void create(JobId id, JobPlan plan, ImageRef input, Instant createdAt, LocalDate budgetDay) {
        inTransaction(() -> {
            jdbc.sql("""
                    insert into generation_job (id, state, user_id, style, quality, prompt, provider, model,
                        input_image_ref, estimated_cost, config_version, created_at, dispatched_at, request_metadata,
                        budget_day, reserved_cost, api_key_id, webhook_url, webhook_base_url, cache_key,
                        inflight_cache_key)
                    values (:id, :state, :userId, :style, :quality, :prompt, :provider, :model, :input,
                        :estimatedCost, :configVersion, :createdAt, :createdAt, :metadata, :budgetDay, :reserved,
                        :apiKey, :webhookUrl, :webhookBaseUrl, :cacheKey, :cacheKey)
                    """)
                    .params(planValues(id, plan))
                    .param("state", JobState.QUEUED.name())
                    .param("provider", plan.route().provider())
                    .param("model", plan.route().model())
                    .param("estimatedCost", plan.price().estimate())
                    .param("reserved", plan.price().reservation())
                    .param("input", input.key())
                    .param("createdAt", GenerationJobRows.timestamp(createdAt))
                    .param("budgetDay", budgetDay)
                    .update();
            outbox.requested(new GenerationRequested(id));
            return true;
        });
    }

    /**
     * A cache hit: creates the job already COMPLETED with the result of the newest job that generated
     * {@code plan.cacheKey()}'s result itself and finished after {@code since}, and announces the completion (status
     * streams, webhooks and waiting requests see it like any other). Nothing is reserved, charged or dispatched: its
     * cost is 0. Empty, and nothing written, when there is no such result. (A creation path, not an edge: the job never
     * was anything but completed.)
     */
    public Optional<JobId> createFromResult(JobId id, JobPlan plan, Instant since, Instant now) {
        String key = Objects.requireNonNull(plan.cacheKey(), "plan.cacheKey");
        return Optional.ofNullable(transactions.execute(status -> {
            // Only originals answer: a hit's own age would otherwise stretch the TTL past the generation's.
            Map<String, @Nullable Object> values = new HashMap<>();
            values.put("key", key);
            values.put("completed", JobState.COMPLETED.name());
            values.put("since", GenerationJobRows.timestamp(since));
            Optional<Source> source = source("""
                    where cache_key = :key and state = :completed and cache_source_id is null
                      and result_image_ref is not null and result_purged_at is null and finished_at > :since
                    order by finished_at desc limit 1""", values);
            if (source.isEmpty()) {
                return null;
            }
            insertAnswered(id, plan, source.get(), JobState.COMPLETED, now);
            outbox.completed(new GenerationCompleted(id, JobState.COMPLETED, null));
            events.publishEvent(new JobFinished(id, JobState.COMPLETED, null, now));
            return source.get().id();
        }));
    }

    /**
     * Single-flight: when a job is generating {@code plan.cacheKey()}'s result right now (the leader), creates this one
     * waiting for it, PROCESSING without a worker or lease (no sweeper touches it, no worker claims it), and returns the
     * leader. The leader's own end ends it the same way, in the same transaction: completed with its result at cost 0,
     * or failed with its error. Empty when no job is in flight for the key.
     *
     * <p>The leader's row is locked while the follower is written, so the leader cannot end in between: its final
     * update waits for this commit and then finds the follower. One that ended first no longer matches the lock's
     * condition (its in-flight key is cleared), so it is not joined.
     */
    public Optional<JobId> createFollower(JobId id, JobPlan plan, Instant now) {
        String key = Objects.requireNonNull(plan.cacheKey(), "plan.cacheKey");
        return Optional.ofNullable(transactions.execute(status -> {
            Optional<Source> leader = source("where inflight_cache_key = :key for update", Map.of("key", key));
            if (leader.isEmpty()) {
                return null;
            }
            insertAnswered(id, plan, leader.get(), JobState.PROCESSING, now);
            return leader.get().id();
        }));
    }

    /** The job whose result answers another: a completed original, or a leader still in flight. */
    private record Source(JobId id, String provider, @Nullable String model, String input, @Nullable String result) {
    }

    private Optional<Source> source(String condition, Map<String, ? extends @Nullable Object> values) {
        return jdbc.sql("select id, provider, model, input_image_ref, result_image_ref from generation_job "
                        + condition)
                .params(values)
                .query((rs, n) -> new Source(new JobId(rs.getObject(1, UUID.class)), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5)))
                .optional();
    }

    /** Inserts a job answered by {@code source}: no reservation, nothing to settle, cost 0. */
    private void insertAnswered(JobId id, JobPlan plan, Source source, JobState state, Instant now) {
        boolean completed = state == JobState.COMPLETED;
        jdbc.sql("""
                insert into generation_job (id, state, user_id, style, quality, prompt, provider, model,
                    input_image_ref, result_image_ref, estimated_cost, actual_cost, config_version, created_at,
                    finished_at, provider_time_ms, total_time_ms, request_metadata, budget_day, reserved_cost,
                    budget_settled, api_key_id, webhook_url, webhook_base_url, cache_key, cache_source_id)
                values (:id, :state, :userId, :style, :quality, :prompt, :provider, :model, :input, :result, 0,
                    :actualCost, :configVersion, :now, :finished, :providerMs, :totalMs, :metadata, null, 0, true,
                    :apiKey, :webhookUrl, :webhookBaseUrl, :cacheKey, :source)
                """)
                .params(planValues(id, plan))
                .param("state", state.name())
                .param("provider", source.provider())
                .param("model", source.model())
                .param("input", source.input())
                .param("result", completed ? source.result() : null)
                .param("actualCost", completed ? BigDecimal.ZERO : null)
                .param("now", GenerationJobRows.timestamp(now))
                .param("finished", completed ? GenerationJobRows.timestamp(now) : null)
                .param("providerMs", completed ? 0L : null)
                .param("totalMs", completed ? 0L : null)
                .param("source", source.id().value())
                .update();
    }

    /** What every new job records of its plan: who asked, for what, with what webhook and cache key. */
    private static Map<String, @Nullable Object> planValues(JobId id, JobPlan plan) {
        JobPlan.Webhook webhook = plan.webhook();
        Map<String, @Nullable Object> values = new HashMap<>();
        values.put("id", id.value());
        values.put("userId", plan.requester().userId());
        values.put("apiKey", plan.requester().apiKeyId());
        values.put("style", plan.request().style());
        values.put("quality", plan.request().quality());
        values.put("prompt", plan.request().prompt());
        values.put("metadata", json(plan.request().metadataJson()));
        values.put("configVersion", plan.configVersion());
        values.put("webhookUrl", webhook == null ? null : webhook.url());
        values.put("webhookBaseUrl", webhook == null ? null : webhook.baseUrl());
        values.put("cacheKey", plan.cacheKey());
        return values;
    }

    /** QUEUED → PROCESSING: takes the job for {@code workerId}; empty when it is not queued (a duplicate, or done). */
    public Optional<GenerationJob> claim(JobId id, String workerId, Instant now, Duration lease) {
        Map<String, @Nullable Object> values = new HashMap<>();
        values.put("worker", workerId);
        values.put("now", GenerationJobRows.timestamp(now));
        values.put("lease", GenerationJobRows.timestamp(now.plus(lease)));
        // A job waiting for its provider is not claimed before its time, whatever message arrives for it (a duplicate,
        // a worker's re-dispatch of stale jobs): the sweeper dispatches it again when its time comes.
        boolean claimed = move(id, JobState.QUEUED, JobState.PROCESSING, null, """
                attempts = attempts + 1, worker_id = :worker, started_at = :now, lease_expires_at = :lease,
                wait_reason = null, not_before = null""", values, "(not_before is null or not_before <= :now)");
        return claimed ? find(id) : Optional.empty();
    }

    /**
     * PROCESSING → QUEUED on the worker's attempt, to wait for the job's provider: it is down or asked us to slow down,
     * and no fallback answered. Nothing is announced now (a message would only bounce between workers until
     * {@code notBefore}); the sweeper dispatches it again at {@code notBefore} ({@link #releaseWaiting}). The
     * reservation stays: the job is still going to be paid for. {@code waiting_since} is set by the first deferral
     * only, so the caller can bound the whole wait. False when the worker no longer owns the job.
     */
    public boolean defer(GenerationJob job, String reason, Instant notBefore, Instant now) {
        Map<String, @Nullable Object> values = new HashMap<>();
        values.put("reason", reason);
        values.put("notBefore", GenerationJobRows.timestamp(notBefore));
        values.put("now", GenerationJobRows.timestamp(now));
        return inTransaction(() -> move(job.id(), JobState.PROCESSING, JobState.QUEUED, job.attempts(), """
                lease_expires_at = null, worker_id = null, dispatched_at = :now, not_before = :notBefore,
                wait_reason = :reason, waiting_since = coalesce(waiting_since, :now), deferrals = deferrals + 1""",
                values));
    }

    /**
     * Dispatches again every job that waited for its provider and whose {@code not_before} came (up to {@code limit}),
     * in one transaction, rows locked {@code SKIP LOCKED} so that every gateway may do it at once. The job keeps its
     * {@code wait_reason} until a worker claims it. Returns how many.
     */
    public int releaseWaiting(Instant now, int limit) {
        Integer count = transactions.execute(status -> {
            List<JobId> due = jdbc.sql("""
                    select id from generation_job
                    where not_before <= :now and state = :state
                    order by not_before limit :limit for update skip locked
                    """)
                    .param("now", GenerationJobRows.timestamp(now))
                    .param("state", JobState.QUEUED.name())
                    .param("limit", limit)
                    .query((rs, n) -> new JobId(rs.getObject(1, UUID.class)))
                    .list();
            for (JobId id : due) {
                jdbc.sql("update generation_job set not_before = null, dispatched_at = :now where id = :id")
                        .param("now", GenerationJobRows.timestamp(now))
                        .param("id", id.value())
                        .update();
                outbox.requested(new GenerationRequested(id));
            }
            return due.size();
        });
        return count == null ? 0 : count;
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
            UUID receipt = completion.receipt();
            if (receipt != null) {
                ProviderCalls.settle(jdbc, receipt, "COMPLETED", completion.finishedAt());
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
            Map<String, @Nullable Object> shared = new HashMap<>();
            shared.put("result", completion.result().key());
            shared.put("provider", completion.provider());
            shared.put("model", completion.model());
            endFollowers(job.id(), JobState.COMPLETED, null, completion.finishedAt(), """
                    result_image_ref = :result, provider = :provider, model = :model, actual_cost = 0,
                    provider_time_ms = 0""", shared);
            return true;
        });
    }

    /**
     * PROCESSING → COMPLETED from a receipt alone: the call's worker stored the result and recorded the call, then
     * stopped before (or failed at) writing the completion. Completes the job on the receipt's attempt, exactly as
     * that worker would have, settling the receipt; the provider is not called again. False when the job is no longer
     * on that attempt (another worker's completion, or one of these, came first).
     */
    public boolean completeFromReceipt(ProviderCalls.Receipt receipt, Instant now) {
        GenerationJob job = find(receipt.jobId()).orElse(null);
        if (job == null || job.state() != JobState.PROCESSING || job.attempts() != receipt.attempt()) {
            return false;
        }
        String metadata = "{\"completed_from_receipt\": \"" + receipt.id() + "\"}";
        return complete(job, new Completion(new ImageRef(receipt.resultImageRef()), receipt.provider(),
                receipt.model(), receipt.cost(), receipt.providerTimeMs(), now, metadata, receipt.id()));
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
                        total_time_ms = :totalMs, lease_expires_at = null, result_metadata = :metadata""", values)
                && failFollowers(job.id(), failure.errorCode(), truncate(failure.errorMessage()),
                        failure.finishedAt()));
    }

    /**
     * The running jobs whose lease ran out before {@code now}, oldest first, locked for the caller's transaction with
     * {@code SKIP LOCKED} so that every gateway may sweep at once without two handling the same job.
     */
    public List<ExpiredLease> lockExpiredLeases(Instant now, int limit) {
        return jdbc.sql("""
                select id, user_id, attempts, deferrals from generation_job
                where state = :state and lease_expires_at < :now
                order by lease_expires_at limit :limit for update skip locked
                """)
                .param("state", JobState.PROCESSING.name())
                .param("now", GenerationJobRows.timestamp(now))
                .param("limit", limit)
                .query((rs, n) -> new ExpiredLease(new JobId(rs.getObject(1, UUID.class)), rs.getString(2),
                        rs.getInt(3), rs.getInt(3) - rs.getInt(4)))
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
                values) && failFollowers(id, JobErrorCode.WORKER_LOST.apiCode(), (String) values.get("message"), now));
    }

    /**
     * Announces again every queued job last dispatched before {@code before} (up to {@code limit}), in one
     * transaction: the sweeper's periodic pass, and a worker's when it joins the consumer group (a broker that came
     * back empty lost their messages). Returns how many.
     */
    public int redispatchStaleQueued(Instant before, Instant now, int limit) {
        Integer count = transactions.execute(status -> {
            List<JobId> stale = lockStaleQueued(before, limit);
            stale.forEach(id -> redispatch(id, now));
            return stale.size();
        });
        return count == null ? 0 : count;
    }

    /**
     * Queued jobs last dispatched before {@code before}, locked for the caller's transaction ({@code SKIP LOCKED}); not
     * those waiting for their provider, whose dispatch is {@link #releaseWaiting}'s.
     */
    public List<JobId> lockStaleQueued(Instant before, int limit) {
        return jdbc.sql("""
                select id from generation_job
                where state = :state and dispatched_at < :before and not_before is null
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
     * provider call is already being paid for. False too for a job identical requests wait for (see
     * {@link #createFollower}): one client's withdrawal must not end the others' requests.
     */
    public boolean cancelQueued(JobId id, Instant now) {
        Map<String, @Nullable Object> values = new HashMap<>();
        values.put("code", JobErrorCode.CANCELED.apiCode());
        values.put("message", "Canceled by the client before it started");
        values.put("now", GenerationJobRows.timestamp(now));
        return inTransaction(() -> !hasFollowers(id) && finish(id, JobState.QUEUED, JobState.CANCELED, null,
                JobErrorCode.CANCELED.apiCode(), now,
                "error_code = :code, error_message = :message, finished_at = :now", values));
    }

    /**
     * Whether jobs wait for this one's result. The job's row is locked first, as {@link #createFollower} locks it, so
     * no follower can join between this answer and the caller's move.
     */
    private boolean hasFollowers(JobId id) {
        jdbc.sql("select id from generation_job where id = :id for update").param("id", id.value())
                .query(UUID.class).optional();
        return jdbc.sql("select count(*) from generation_job where cache_source_id = :id and state = :processing")
                .param("id", id.value())
                .param("processing", JobState.PROCESSING.name())
                .query(Long.class).single() > 0;
    }

    /** The jobs waiting for {@code leader} fail as it did: an identical request at that moment would have too. */
    private boolean failFollowers(JobId leader, String code, String message, Instant finishedAt) {
        Map<String, @Nullable Object> values = new HashMap<>();
        values.put("code", code);
        values.put("message", message);
        endFollowers(leader, JobState.FAILED, code, finishedAt, "error_code = :code, error_message = :message", values);
        return true;
    }

    /**
     * Moves every job waiting for {@code leader} from PROCESSING to {@code to}, in the leader's transaction, each
     * announced like any finished job (its own event, webhook and waiting request). Nothing was reserved for them.
     */
    private void endFollowers(JobId leader, JobState to, @Nullable String errorCode, Instant finishedAt,
            String assignments, Map<String, @Nullable Object> shared) {
        record Follower(JobId id, Instant createdAt) {
        }
        List<Follower> followers = jdbc.sql("""
                select id, created_at from generation_job
                where cache_source_id = :leader and state = :processing for update
                """)
                .param("leader", leader.value())
                .param("processing", JobState.PROCESSING.name())
                .query((rs, n) -> new Follower(new JobId(rs.getObject(1, UUID.class)),
                        rs.getObject(2, java.time.OffsetDateTime.class).toInstant()))
                .list();
        for (Follower follower : followers) {
            Map<String, @Nullable Object> values = new HashMap<>(shared);
            values.put("finished", GenerationJobRows.timestamp(finishedAt));
            values.put("totalMs", Math.max(0, Duration.between(follower.createdAt(), finishedAt).toMillis()));
            if (move(follower.id(), JobState.PROCESSING, to, null,
                    assignments + ", finished_at = :finished, total_time_ms = :totalMs", values)) {
                outbox.completed(new GenerationCompleted(follower.id(), to, errorCode));
                events.publishEvent(new JobFinished(follower.id(), to, errorCode, finishedAt));
            }
        }
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
        return move(id, from, to, attempt, assignments, values, null);
    }

    /** {@link #move}, matching only a row that also meets {@code condition}, when given. */
    private boolean move(JobId id, JobState from, JobState to, @Nullable Integer attempt, String assignments,
            Map<String, @Nullable Object> values, @Nullable String condition) {
        from.transitionTo(to);
        Map<String, @Nullable Object> params = new HashMap<>(values);
        params.put("id", id.value());
        params.put("from", from.name());
        params.put("to", to.name());
        params.put("attempt", attempt);
        // A job that ended no longer generates its cache key: the next identical request may lead (or hit).
        String sql = "update generation_job set state = :to, " + assignments
                + (to.isTerminal() ? ", inflight_cache_key = null" : "")
                + " where id = :id and state = :from" + (attempt == null ? "" : " and attempts = :attempt")
                + (condition == null ? "" : " and " + condition);
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
