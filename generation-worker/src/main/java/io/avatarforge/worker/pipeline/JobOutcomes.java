package io.avatarforge.worker.pipeline;

import io.avatarforge.model.job.GenerationJob;
import io.avatarforge.model.storage.ImageRef;
import io.avatarforge.model.storage.ImageStore;
import io.avatarforge.platform.job.JobLog;
import io.avatarforge.platform.job.JobTransitions;
import io.avatarforge.worker.job.WorkerJobRepository;
import io.avatarforge.worker.provider.GenerationResult;
import io.avatarforge.worker.provider.resilience.ResilientProviderCaller;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records how a job this worker ran ended: the result image stored and the job completed, or the job failed with what
 * was tried. The transition (with its settlement and its completion event) is {@link JobTransitions}'; what is left
 * here is what only the worker knows: a result that arrived after the worker lost the job is deleted, and its cost,
 * already paid to the provider, is charged as spent.
 */
@Component
class JobOutcomes {

    private static final Logger LOG = LoggerFactory.getLogger(JobOutcomes.class);

    private final JobTransitions transitions;
    private final WorkerJobRepository jobs;
    private final ImageStore images;
    private final JsonMapper jsonMapper;
    private final Clock clock;
    private final JobLog log;

    JobOutcomes(JobTransitions transitions, WorkerJobRepository jobs, ImageStore images, JsonMapper jsonMapper,
            Clock clock, JobLog log) {
        this.transitions = transitions;
        this.jobs = jobs;
        this.images = images;
        this.jsonMapper = jsonMapper;
        this.clock = clock;
        this.log = log;
    }

    void completed(GenerationJob job, ResilientProviderCaller.Outcome outcome, long providerMs, String prompt,
            List<Map<String, Object>> tried) {
        GenerationResult result = Objects.requireNonNull(outcome.result());
        ImageRef stored = ImageRef.avatar(job.userId(), job.id().value(), job.attempts(), result.contentType());
        images.put(stored, result.image());
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("usage", result.usage());
        metadata.put("prompt_chars", prompt.length());
        metadata.put("providers_tried", tried);
        Instant finishedAt = clock.instant();
        boolean owned = transitions.complete(job, new JobTransitions.Completion(stored, outcome.providerKey(),
                result.model(), result.cost(), providerMs, finishedAt, jsonMapper.writeValueAsString(metadata)));
        if (owned) {
            log.completed(job, outcome.providerKey(), result.model(), result.cost(), providerMs,
                    Math.max(0, Duration.between(job.createdAt(), finishedAt).toMillis()));
        } else {
            LOG.warn("Job {} finished after this worker lost its lease; the result is discarded, its cost {} is "
                    + "recorded as spent", job.id(), result.cost());
            jobs.recordDiscardedCost(job, result.cost());
            images.delete(stored);
        }
    }

    void failed(GenerationJob job, String code, String message, List<Map<String, Object>> tried) {
        String metadata = tried.isEmpty() ? null : jsonMapper.writeValueAsString(Map.of("providers_tried", tried));
        Instant finishedAt = clock.instant();
        if (transitions.fail(job, new JobTransitions.Failure(code, message, finishedAt, metadata))) {
            log.failed(job, code, finishedAt);
        }
    }
}
