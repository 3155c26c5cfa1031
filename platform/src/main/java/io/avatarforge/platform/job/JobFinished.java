package io.avatarforge.platform.job;

import io.avatarforge.model.job.JobId;
import io.avatarforge.model.job.JobState;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Published by {@link JobTransitions} inside the transaction that moved a job to a terminal state, to synchronous
 * listeners only: what they write joins that transaction, so it exists exactly when the job finished (the webhook
 * delivery row is written this way). {@code errorCode} is null for a completed job.
 */
public record JobFinished(JobId jobId, JobState state, @Nullable String errorCode, Instant finishedAt) {

    public JobFinished {
        if (!state.isTerminal()) {
            throw new IllegalArgumentException("A job finishes in a terminal state, not " + state);
        }
    }
}
