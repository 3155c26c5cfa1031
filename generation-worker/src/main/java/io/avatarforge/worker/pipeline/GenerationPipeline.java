package io.avatarforge.worker.pipeline;

import io.avatarforge.model.job.JobErrorCode;
import io.avatarforge.model.config.AvatarConfig;
import io.avatarforge.model.config.ServiceConfig;
import io.avatarforge.model.config.StyleTemplate;
import io.avatarforge.model.image.PreparedImage;
import io.avatarforge.model.job.GenerationJob;
import io.avatarforge.model.job.JobId;
import io.avatarforge.platform.config.AvatarConfigHolder;
import io.avatarforge.platform.job.JobLog;
import io.avatarforge.platform.job.JobTransitions;
import io.avatarforge.worker.WorkerProperties;
import io.avatarforge.worker.provider.GenerationCall;
import io.avatarforge.worker.provider.ProviderException;
import io.avatarforge.worker.provider.ProviderRegistry;
import io.avatarforge.worker.job.DurableWrites;
import io.avatarforge.worker.job.LeaseHeartbeat;
import io.avatarforge.worker.job.LeaseKeeper;
import io.avatarforge.worker.job.LeaseLostException;
import io.avatarforge.worker.provider.resilience.ResilientProviderCaller;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs one job from claim to terminal state: claims it, prepares its photo, calls its providers in route order
 * (falling back where the failure allows) and hands the outcome to {@link JobOutcomes}: completed, failed, or sent back
 * to the queue to wait for providers that are down. Safe to call twice for the
 * same job: only one claim succeeds.
 */
@Component
public class GenerationPipeline {

    private static final Logger LOG = LoggerFactory.getLogger(GenerationPipeline.class);

    private final JobTransitions transitions;
    private final AvatarConfigHolder configHolder;
    private final PromptBuilder prompts;
    private final ProviderRoutes routes;
    private final InputImages inputs;
    private final ResilientProviderCaller caller;
    private final JobOutcomes outcomes;
    private final Clock clock;
    private final WorkerProperties properties;
    private final JobLog log;
    private final LeaseHeartbeat heartbeat;

    GenerationPipeline(JobTransitions transitions, AvatarConfigHolder configHolder, PromptBuilder prompts,
            ProviderRoutes routes, InputImages inputs, ResilientProviderCaller caller, JobOutcomes outcomes,
            Clock clock, WorkerProperties properties, JobLog log, LeaseHeartbeat heartbeat) {
        this.heartbeat = heartbeat;
        this.transitions = transitions;
        this.configHolder = configHolder;
        this.prompts = prompts;
        this.routes = routes;
        this.inputs = inputs;
        this.caller = caller;
        this.outcomes = outcomes;
        this.clock = clock;
        this.properties = properties;
        this.log = log;
    }

    /** Returns true when this call claimed and ran the job, false when it was a duplicate or already finished. */
    public boolean run(JobId id) {
        GenerationJob job = transitions.claim(id, properties.workerId(), clock.instant(), properties.lease())
                .orElse(null);
        if (job == null) {
            LOG.debug("Job {} was not queued (duplicate delivery or already handled); skipping", id);
            return false;
        }
        log.claimed(job, properties.workerId(), Duration.between(job.createdAt(),
                job.startedAt() == null ? clock.instant() : job.startedAt()));
        List<Map<String, Object>> tried = new ArrayList<>();
        // Renewed from the claim to the final write, retries included: the lease only runs out if this worker dies.
        LeaseHeartbeat.Held held = heartbeat.hold(job);
        try {
            try {
                execute(job, tried);
            } catch (ProviderException e) {
                ended(job, e, tried);
            } catch (LeaseLostException e) {
                LOG.warn("Job {} was handed to another worker while this one waited: {}", id, e.getMessage());
            } catch (RuntimeException e) {
                if (DurableWrites.isDatabaseFailure(e)) {
                    // Not the job's fault: failing it would be wrong, and the failure could not be written anyway. The
                    // lease is no longer renewed, so the sweeper re-queues it (or completes it from its receipt).
                    LOG.warn("Job {} stopped on a database failure; it is re-queued when its lease runs out: {}", id,
                            e.toString());
                    return true;
                }
                LOG.error("Job {} failed unexpectedly", id, e);
                outcomes.failed(job, JobErrorCode.INTERNAL_ERROR.apiCode(), "The worker could not complete the job",
                        tried);
            }
        } finally {
            held.close();
        }
        return true;
    }

    /**
     * No provider served the job: it waits in the queue when its providers are down or busy and its wait has not run
     * out ({@link ProviderWaits}); otherwise it fails, with {@code provider_unavailable} once it had waited.
     */
    private void ended(GenerationJob job, ProviderException failure, List<Map<String, Object>> tried) {
        ServiceConfig service = configHolder.config().serviceConfig();
        Instant now = clock.instant();
        Optional<Instant> retryAt = ProviderWaits.retryAt(job, failure, service, now);
        if (retryAt.isPresent()) {
            outcomes.deferred(job, failure.code(), retryAt.get());
            return;
        }
        ProviderException last = failure.retryable() && job.waiting().since() != null
                ? ProviderWaits.gaveUp(failure, service) : failure;
        LOG.info("Job {} failed at provider {}: {} ({})", job.id(), job.provider(), last.code(), last.getMessage());
        outcomes.failed(job, last.code(), last.getMessage() == null ? last.code() : last.getMessage(), tried);
    }

    private void execute(GenerationJob job, List<Map<String, Object>> tried) {
        AvatarConfig config = configHolder.config();
        StyleTemplate style = config.style(job.style()).orElseThrow(() -> new ProviderException(JobErrorCode.UNKNOWN_STYLE,
                "Style '" + job.style() + "' is no longer configured", false));
        List<ProviderRegistry.Resolved> route = routes.of(config, job, style);
        PreparedImage input = inputs.of(job);
        String prompt = prompts.build(style, job.quality(), job.prompt());
        LeaseKeeper lease = () -> transitions.extendLease(job, clock.instant().plus(properties.lease()));
        long started = System.nanoTime();
        ProviderException failure = null;
        for (ProviderRegistry.Resolved provider : route) {
            log.providerCallStarted(job, provider.key(), provider.config().model());
            long callStarted = System.nanoTime();
            // On the ledger before it goes out: if this worker dies mid-call, the call is still charged.
            UUID call = outcomes.callStarted(job, provider.key(), provider.config().model());
            ResilientProviderCaller.Outcome outcome = caller.call(provider.provider(), new GenerationCall(job.id(),
                    prompt, input.bytes(), input.contentType(), job.quality(), job.style(), style, provider.key(),
                    provider.config()), lease);
            log.providerCallFinished(job, outcome.providerKey(), outcome.model(), outcome.attempts(),
                    outcomeOf(outcome), Duration.ofNanos(System.nanoTime() - callStarted));
            tried.add(attempt(outcome));
            if (outcome.result() != null) {
                outcomes.completed(job, call, outcome, (System.nanoTime() - started) / 1_000_000, prompt, tried);
                return;
            }
            outcomes.callFailed(job, call, outcomeOf(outcome));
            failure = outcome.failure();
            if (!outcome.shouldFallBack()) {
                break;
            }
            LOG.info("Job {}: provider {} failed ({}); trying the next one", job.id(), provider.key(),
                    failure == null ? "?" : failure.code());
        }
        throw failure != null ? failure : new ProviderException(JobErrorCode.PROVIDER_NOT_CONFIGURED, "No provider to call",
                false);
    }

    private static Map<String, Object> attempt(ResilientProviderCaller.Outcome outcome) {
        Map<String, Object> attempt = new LinkedHashMap<>();
        attempt.put("provider", outcome.providerKey());
        attempt.put("model", outcome.model());
        attempt.put("attempts", outcome.attempts());
        attempt.put("outcome", outcomeOf(outcome));
        return attempt;
    }

    private static String outcomeOf(ResilientProviderCaller.Outcome outcome) {
        return outcome.failure() == null ? "success" : outcome.failure().code();
    }
}
