package io.avatarforge.testkit;

import io.avatarforge.model.job.JobId;
import io.avatarforge.model.job.JobState;
import io.avatarforge.model.storage.ImageRef;
import io.avatarforge.model.storage.ImageStore;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fixture builder for job rows in any state, written straight to the database with plain SQL: tests set up the state
 * they are about without driving a job through the gateway and a worker first. Each row is one the services could
 * have written (a finished job has its finish time, a failed one its error code, a completed one a stored result), so
 * that code reading it sees nothing it would not see in production. Plain JdbcClient on purpose: the kit must not
 * depend on platform, whose row mapping these rows are checked against ({@code TestJobsTest}).
 */
public final class TestJobs {

    private final JobState state;
    private int attempts;
    private @Nullable Instant leaseExpiresAt;
    private Instant dispatchedAt = Instant.now();
    private String style = "cartoon_3d";
    private String provider = "local";
    private @Nullable String worker;
    private @Nullable String errorCode;
    private @Nullable String errorMessage;
    private @Nullable String userId;
    private @Nullable Instant finishedAt;

    private TestJobs(JobState state) {
        this.state = state;
    }

    /** A job the gateway accepted and dispatched, and no worker has claimed yet. */
    public static TestJobs aQueuedJob() {
        return new TestJobs(JobState.QUEUED);
    }

    /** A job a worker ran once and finished: its result image is stored and it has a cost. */
    public static TestJobs aCompletedJob() {
        TestJobs job = new TestJobs(JobState.COMPLETED);
        job.attempts = 1;
        job.worker = "a-test-worker";
        return job;
    }

    /** A job whose one attempt failed because its provider did not answer. */
    public static TestJobs aFailedJob() {
        TestJobs job = new TestJobs(JobState.FAILED);
        job.attempts = 1;
        job.worker = "a-test-worker";
        job.errorCode = "provider_unavailable";
        job.errorMessage = "The image provider did not answer";
        return job;
    }

    /** A job its client canceled while it was still queued (running jobs are not canceled). */
    public static TestJobs aCanceledJob() {
        TestJobs job = new TestJobs(JobState.CANCELED);
        job.errorCode = "canceled";
        job.errorMessage = "Canceled by the client before it started";
        return job;
    }

    /** A job whose worker claimed it and then went silent: its lease ran out {@code ago}. */
    public static TestJobs aJobWhoseWorkerDied(int attempts, Duration ago) {
        TestJobs job = new TestJobs(JobState.PROCESSING);
        job.attempts = attempts;
        job.worker = "a-worker-that-died";
        job.leaseExpiresAt = Instant.now().minus(ago);
        return job;
    }

    /** Created and dispatched {@code ago} rather than now: the sweeper re-dispatches jobs left queued too long. */
    public TestJobs dispatchedAgo(Duration ago) {
        this.dispatchedAt = Instant.now().minus(ago);
        return this;
    }

    /** The Firebase user (or API key user) who submitted it; none unless set. */
    public TestJobs ownedBy(String userId) {
        this.userId = userId;
        return this;
    }

    /** For a job that ended: when it ended, rather than now (retention counts from it). */
    public TestJobs finishedAt(Instant finishedAt) {
        this.finishedAt = finishedAt;
        this.dispatchedAt = finishedAt.isBefore(dispatchedAt) ? finishedAt.minusSeconds(5) : dispatchedAt;
        return this;
    }

    public TestJobs withStyle(String style) {
        this.style = style;
        return this;
    }

    /** The configured provider the job runs on; {@code local} unless set. */
    public TestJobs withProvider(String provider) {
        this.provider = provider;
        return this;
    }

    /** Stores the input image (and, for a completed job, the result) in {@code images} and inserts the row. */
    public JobId insert(JdbcClient jdbc, ImageStore images) {
        JobId id = JobId.random();
        ImageRef input = ImageRef.input(id.value(), "image/png");
        images.put(input, TestImages.encode(TestImages.face(256, 256), "png"));
        boolean started = state == JobState.PROCESSING || state == JobState.COMPLETED || state == JobState.FAILED;
        Instant finishedAt = !state.isTerminal() ? null : this.finishedAt != null ? this.finishedAt : Instant.now();
        ImageRef result = state == JobState.COMPLETED ? ImageRef.avatar(userId, id.value(), "image/png") : null;
        if (result != null) {
            images.put(result, TestImages.encode(TestImages.face(64, 64), "png"));
        }
        jdbc.sql("""
                insert into generation_job (id, state, user_id, style, quality, prompt, provider, model, input_image_ref,
                    result_image_ref, actual_cost, error_code, error_message, attempts, worker_id, lease_expires_at,
                    created_at, dispatched_at, started_at, finished_at, total_time_ms)
                values (:id, :state, :user, :style, 'medium', 'a test portrait', :provider, :model, :input,
                    :result, :cost, :errorCode, :errorMessage, :attempts, :worker, :lease,
                    :created, :dispatched, :started, :finished, :totalMs)
                """)
                .param("id", id.value())
                .param("state", state.name())
                .param("user", userId)
                .param("style", style)
                .param("provider", provider)
                .param("model", result == null ? null : "test-model-1")
                .param("input", input.key())
                .param("result", result == null ? null : result.key())
                .param("cost", result == null ? null : new BigDecimal("0.010000"))
                .param("errorCode", errorCode)
                .param("errorMessage", errorMessage)
                .param("attempts", attempts)
                .param("worker", worker)
                .param("lease", utc(leaseExpiresAt))
                .param("created", utc(dispatchedAt))
                .param("dispatched", utc(dispatchedAt))
                .param("started", started ? utc(dispatchedAt) : null)
                .param("finished", utc(finishedAt))
                .param("totalMs", finishedAt == null ? null : Duration.between(dispatchedAt, finishedAt).toMillis())
                .update();
        return id;
    }

    /** Binds an instant for a {@code timestamp with time zone} column the way PostgreSQL and H2 both accept. */
    private static @Nullable OffsetDateTime utc(@Nullable Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
