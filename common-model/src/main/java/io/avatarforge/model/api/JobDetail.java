package io.avatarforge.model.api;

import java.math.BigDecimal;
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
     * {@code model}, the {@code outcome}, {@code success} or an error code), then {@code completed}, {@code failed}
     * (with {@code outcome} the error code and {@code detail} its message) or {@code canceled}. A provider attempt
     * comes from the worker's receipt of the call when there is one: {@code at} and {@code finishedAt} are when the
     * call started and answered, {@code attempts} the worker attempt that made it and {@code cost} what it cost. Jobs
     * without receipts show the providers their worker summed up instead: {@code attempts} is then the calls made to
     * that provider, and {@code at}, {@code finishedAt} and {@code cost} are null.
     */
    public record TimelineEntry(
            String event,
            @Nullable Instant at,
            @Nullable String provider,
            @Nullable String model,
            @Nullable Integer attempts,
            @Nullable String outcome,
            @Nullable String detail,
            @Nullable Instant finishedAt,
            @Nullable BigDecimal cost) {

        public static TimelineEntry at(String event, Instant at) {
            return of(event, at, null, null, null, null, null);
        }

        /** An entry without the finish time and cost only a provider call has. */
        public static TimelineEntry of(String event, @Nullable Instant at, @Nullable String provider,
                @Nullable String model, @Nullable Integer attempts, @Nullable String outcome, @Nullable String detail) {
            return new TimelineEntry(event, at, provider, model, attempts, outcome, detail, null, null);
        }
    }
}
