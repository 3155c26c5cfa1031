package io.avatarforge.model.event;

import io.avatarforge.model.job.JobId;
import io.avatarforge.model.job.JobState;
import org.jspecify.annotations.Nullable;

/** Emitted once a job reaches a terminal state; gateways use it to answer waiting synchronous requests. */
public record GenerationCompleted(JobId jobId, JobState state, @Nullable String errorCode) {
}
