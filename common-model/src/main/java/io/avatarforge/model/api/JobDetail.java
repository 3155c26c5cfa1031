package io.avatarforge.model.api;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code GET /api/v1/avatar/jobs/{job_id}}: the job's summary, its status exactly as {@code /status} shows it (image
 * URL, error, queue place), the prompt, the worker attempts, its timeline, the job it retries and the jobs that retried
 * it. {@code inputExpired}: its photo was deleted (retention or erasure), so it can no longer be retried.
 */
public record JobDetail(
        JobSummary job,
        JobStatusResponse status,
        String prompt,
        int attempts,
        boolean inputExpired,
        List<String> retriedBy,
        List<TimelineEntry> timeline) {

    /**
     * One step of the job's life, in order. {@code event}: {@code created}, {@code claimed} (a worker started it;
     * {@code attempts} is the worker attempt), {@code provider_attempt} (one provider tried: its {@code provider},
     * {@code model}, the calls made ({@code attempts}) and the {@code outcome}, {@code success} or an error code),
     * then {@code completed}, {@code failed} (with {@code outcome} the error code and {@code detail} its message) or
     * {@code canceled}. {@code at} is null for a provider attempt: the job records each provider's outcome, not when
     * it was tried.
     */
    public record TimelineEntry(
            String event,
            @Nullable Instant at,
            @Nullable String provider,
            @Nullable String model,
            @Nullable Integer attempts,
            @Nullable String outcome,
            @Nullable String detail) {

        public static TimelineEntry at(String event, Instant at) {
            return new TimelineEntry(event, at, null, null, null, null, null);
        }
    }
}
