package io.avatarforge.model.event;

import io.avatarforge.model.job.JobId;

/**
 * The dispatch signal for one job. It carries a reference only: the job row says what to do and the input image stays
 * in storage (claim check), so a duplicated or stale message is harmless.
 */
public record GenerationRequested(JobId jobId) {
}
