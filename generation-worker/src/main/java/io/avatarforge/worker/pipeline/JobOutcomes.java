package io.avatarforge.worker.pipeline;

import io.avatarforge.model.job.GenerationJob;
import io.avatarforge.model.storage.ImageRef;
import io.avatarforge.model.storage.ImageStore;
import io.avatarforge.platform.job.JobLog;
import io.avatarforge.platform.job.JobTransitions;
import io.avatarforge.platform.job.ProviderCalls;
import io.avatarforge.worker.WorkerProperties;
import io.avatarforge.worker.job.DurableWrites;
import io.avatarforge.worker.provider.GenerationResult;
import io.avatarforge.worker.provider.resilience.ResilientProviderCaller;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records how a job this worker ran ended: the result image stored, the call's receipt recorded and the job completed,
 * the job sent back to the queue to wait for its provider, or the job failed with what was tried. The transition (with its settlement and its completion event) is
 * {@link JobTransitions}'; what is left here is what only the worker knows: a result that arrived after the worker lost
 * the job is deleted, and its cost, already paid to the provider, is charged as spent. Every write is retried through
 * a database outage ({@link DurableWrites}); one given up on is finished by the sweeper, from the receipt when there is
 * one, so a paid result is never turned into a failure.
 */
@Component
class JobOutcomes {

    private static final Logger LOG = LoggerFactory.getLogger(JobOutcomes.class);

    private final JobTransitions transitions;
    private final ProviderCalls calls;
    private final DurableWrites writes;
    private final WorkerProperties properties;
    private final ImageStore images;
    private final JsonMapper jsonMapper;
    private final Clock clock;
    private final JobLog log;

    JobOutcomes(JobTransitions transitions, ProviderCalls calls, DurableWrites writes, WorkerProperties properties,
            ImageStore images, JsonMapper jsonMapper, Clock clock, JobLog log) {
        this.transitions = transitions;
        this.calls = calls;
        this.writes = writes;
        this.properties = properties;
        this.images = images;
        this.jsonMapper = jsonMapper;
        this.clock = clock;
        this.log = log;
    }

    /**
     * Records a provider call of the job before it goes out (see {@link ProviderCalls#started}); a call that could not
     * be recorded is not made (the database error stops the job like any other: its lease runs out and it is re-queued).
     */
    UUID callStarted(GenerationJob job, String provider, @Nullable String model) {
        return calls.started(job, provider, model, properties.workerId(), clock.instant(), job.estimatedCost());
    }

    /** A provider call that returned without a result: it cost nothing. */
    void callFailed(GenerationJob job, UUID call, String errorCode) {
        try {
            writes.write("the failed call of job " + job.id(), () -> {
                calls.failed(call, errorCode, clock.instant());
                return true;
            });
        } catch (DurableWrites.GivenUpException e) {
            LOG.warn("Job {}: a failed provider call stays recorded as started - {}", job.id(), e.getMessage());
        }
    }

    void completed(GenerationJob job, UUID call, ResilientProviderCaller.Outcome outcome, long providerMs,
            String prompt, List<Map<String, Object>> tried) {
        GenerationResult result = Objects.requireNonNull(outcome.result());
        ImageRef stored = ImageRef.avatar(job.userId(), job.id().value(), job.attempts(), result.contentType());
        images.put(stored, result.image());
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("usage", result.usage());
        metadata.put("prompt_chars", prompt.length());
        metadata.put("providers_tried", tried);
        Instant finishedAt = clock.instant();
        ProviderCalls.Call answered = new ProviderCalls.Call(outcome.providerKey(), result.model(),
                properties.workerId(), finishedAt.minusMillis(providerMs), finishedAt, result.cost(), stored.key());
        boolean owned;
        UUID receipt = call;
        try {
            // The receipt first: from here on the result survives this worker (the sweeper completes from it).
            if (!writes.write("the receipt of job " + job.id(), () -> calls.succeeded(call, answered))) {
                // The lease ran out while the provider worked and the sweeper charged the call as presumed paid: the
                // job moved on, the cost is on the ledger already, the result is not to be delivered.
                LOG.warn("Job {}: the provider answered after the job was handed on; its cost was charged already, "
                        + "the result is discarded", job.id());
                images.delete(stored);
                return;
            }
            owned = writes.write("the completion of job " + job.id(), () -> transitions.complete(job,
                    new JobTransitions.Completion(stored, outcome.providerKey(), result.model(), result.cost(),
                            providerMs, finishedAt, jsonMapper.writeValueAsString(metadata), receipt)));
        } catch (DurableWrites.GivenUpException e) {
            LOG.error("Job {}: the provider answered but the database could not be written; the sweeper completes "
                    + "it from its receipt (or, without one, runs it again) - {}", job.id(), e.getMessage());
            return;
        }
        if (owned) {
            log.completed(job, outcome.providerKey(), result.model(), result.cost(), providerMs,
                    Math.max(0, Duration.between(job.createdAt(), finishedAt).toMillis()));
            return;
        }
        // Not this worker's any more: either the sweeper completed the job from this very receipt (a retried write
        // outlived the lease), and the result is delivered, or the job moved on and the result is discarded.
        ProviderCalls.Receipt paid = new ProviderCalls.Receipt(receipt, job.id(), job.attempts(), outcome.providerKey(),
                result.model(), result.cost(), stored.key(), providerMs, finishedAt);
        if (writes.write("the discarded cost of job " + job.id(), () -> calls.discard(paid, clock.instant()))) {
            LOG.warn("Job {} finished after this worker lost its lease; the result is discarded, its cost {} is "
                    + "recorded as spent", job.id(), result.cost());
            images.delete(stored);
        }
    }

    /**
     * The job goes back to the queue to wait for its provider until {@code notBefore} (its reservation kept). A write
     * given up on leaves it to the sweeper like any other: its lease runs out and it is re-queued.
     */
    void deferred(GenerationJob job, String cause, Instant notBefore) {
        boolean owned;
        try {
            owned = writes.write("the deferral of job " + job.id(), () -> transitions.defer(job,
                    GenerationJob.Waiting.WAITING_FOR_PROVIDER, notBefore, clock.instant()));
        } catch (DurableWrites.GivenUpException e) {
            LOG.error("Job {}: its deferral could not be written; the sweeper re-queues it when its lease runs out - {}",
                    job.id(), e.getMessage());
            return;
        }
        if (owned) {
            log.deferred(job, cause, notBefore, job.waiting().deferrals() + 1);
        }
    }

    void failed(GenerationJob job, String code, String message, List<Map<String, Object>> tried) {
        String metadata = tried.isEmpty() ? null : jsonMapper.writeValueAsString(Map.of("providers_tried", tried));
        Instant finishedAt = clock.instant();
        boolean owned;
        try {
            owned = writes.write("the failure of job " + job.id(),
                    () -> transitions.fail(job, new JobTransitions.Failure(code, message, finishedAt, metadata)));
        } catch (DurableWrites.GivenUpException e) {
            LOG.error("Job {}: its failure could not be written; the sweeper re-queues it when its lease runs out - {}",
                    job.id(), e.getMessage());
            return;
        }
        if (owned) {
            log.failed(job, code, finishedAt);
        }
    }
}
