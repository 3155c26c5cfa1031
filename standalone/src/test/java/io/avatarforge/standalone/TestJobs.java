package io.avatarforge.standalone;

import io.avatarforge.platform.job.GenerationJobRows;
import io.avatarforge.model.job.JobId;
import io.avatarforge.model.job.JobState;
import io.avatarforge.model.storage.ImageRef;
import io.avatarforge.model.storage.ImageStore;
import io.avatarforge.testkit.TestImages;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Fixture builder for job rows in any state, written straight to the database. */
final class TestJobs {

    private JobState state = JobState.QUEUED;
    private int attempts;
    private @Nullable Instant leaseExpiresAt;
    private Instant dispatchedAt = Instant.now();
    private String style = "cartoon_3d";
    private String provider = "counting";

    private TestJobs() {
    }

    static TestJobs aQueuedJob() {
        return new TestJobs();
    }

    /** A job whose worker claimed it and then went silent: its lease ran out {@code ago}. */
    static TestJobs aJobWhoseWorkerDied(int attempts, Duration ago) {
        TestJobs job = new TestJobs();
        job.state = JobState.PROCESSING;
        job.attempts = attempts;
        job.leaseExpiresAt = Instant.now().minus(ago);
        return job;
    }

    TestJobs dispatchedAgo(Duration ago) {
        this.dispatchedAt = Instant.now().minus(ago);
        return this;
    }

    TestJobs withStyle(String style) {
        this.style = style;
        return this;
    }

    JobId insert(JdbcClient jdbc, ImageStore images) {
        ImageRef input = images.put("inputs", TestImages.encode(TestImages.face(256, 256), "png"), "image/png");
        JobId id = JobId.random();
        jdbc.sql("""
                insert into generation_job (id, state, style, quality, prompt, provider, input_image_ref,
                    attempts, worker_id, lease_expires_at, created_at, dispatched_at, started_at)
                values (:id, :state, :style, 'medium', 'a test portrait', :provider, :input,
                    :attempts, :worker, :lease, :created, :dispatched, :started)
                """)
                .param("id", id.value())
                .param("state", state.name())
                .param("style", style)
                .param("provider", provider)
                .param("input", input.key())
                .param("attempts", attempts)
                .param("worker", state == JobState.PROCESSING ? "a-worker-that-died" : null)
                .param("lease", GenerationJobRows.timestamp(leaseExpiresAt))
                .param("created", GenerationJobRows.timestamp(dispatchedAt))
                .param("dispatched", GenerationJobRows.timestamp(dispatchedAt))
                .param("started", GenerationJobRows.timestamp(state == JobState.PROCESSING ? dispatchedAt : null))
                .update();
        return id;
    }
}
