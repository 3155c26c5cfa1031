package io.avatarforge.worker.pipeline;

import io.avatarforge.model.config.AvatarConfig;
import io.avatarforge.model.config.AvatarConfigHolder;
import io.avatarforge.model.config.StyleTemplate;
import io.avatarforge.model.event.GenerationCompleted;
import io.avatarforge.model.event.Topics;
import io.avatarforge.model.image.ImagePreparation;
import io.avatarforge.model.image.ImageRejectedException;
import io.avatarforge.model.image.PreparedImage;
import io.avatarforge.model.job.GenerationJob;
import io.avatarforge.model.job.JobErrorCode;
import io.avatarforge.model.job.JobId;
import io.avatarforge.model.job.JobState;
import io.avatarforge.model.storage.ImageRef;
import io.avatarforge.model.storage.ImageStore;
import io.avatarforge.worker.WorkerProperties;
import io.avatarforge.worker.job.WorkerJobRepository;
import io.avatarforge.worker.provider.GenerationCall;
import io.avatarforge.worker.provider.GenerationResult;
import io.avatarforge.worker.provider.ProviderException;
import io.avatarforge.worker.provider.ProviderRegistry;
import io.avatarforge.worker.provider.resilience.LeaseKeeper;
import io.avatarforge.worker.provider.resilience.LeaseLostException;
import io.avatarforge.worker.provider.resilience.ResilientProviderCaller;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Runs one job from claim to terminal state. Safe to call twice for the same job: only one claim succeeds. */
@Component
public class GenerationPipeline {

    private static final Logger LOG = LoggerFactory.getLogger(GenerationPipeline.class);

    private final WorkerJobRepository jobs;
    private final AvatarConfigHolder configHolder;
    private final PromptBuilder prompts;
    private final ProviderRegistry providers;
    private final ResilientProviderCaller caller;
    private final ImageStore images;
    private final KafkaTemplate<String, String> kafka;
    private final JsonMapper jsonMapper;
    private final Clock clock;
    private final WorkerProperties properties;
    private final ImagePreparation preparation;

    GenerationPipeline(WorkerJobRepository jobs, AvatarConfigHolder configHolder, PromptBuilder prompts,
            ProviderRegistry providers, ResilientProviderCaller caller, ImageStore images,
            KafkaTemplate<String, String> kafka, JsonMapper jsonMapper, Clock clock, WorkerProperties properties,
            ImagePreparation preparation) {
        this.preparation = preparation;
        this.jobs = jobs;
        this.configHolder = configHolder;
        this.prompts = prompts;
        this.providers = providers;
        this.caller = caller;
        this.images = images;
        this.kafka = kafka;
        this.jsonMapper = jsonMapper;
        this.clock = clock;
        this.properties = properties;
    }

    /** Returns true when this call claimed and ran the job, false when it was a duplicate or already finished. */
    public boolean run(JobId id) {
        GenerationJob job = jobs.claim(id, properties.workerId(), clock.instant(), properties.lease()).orElse(null);
        if (job == null) {
            LOG.debug("Job {} was not queued (duplicate delivery or already handled); skipping", id);
            return false;
        }
        List<Map<String, Object>> tried = new ArrayList<>();
        try {
            execute(job, tried);
        } catch (ProviderException e) {
            LOG.info("Job {} failed at provider {}: {} ({})", id, job.provider(), e.code(), e.getMessage());
            finishFailed(job, e.code(), e.getMessage() == null ? e.code() : e.getMessage(), tried);
        } catch (LeaseLostException e) {
            LOG.warn("Job {} was handed to another worker while this one waited: {}", id, e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("Job {} failed unexpectedly", id, e);
            finishFailed(job, JobErrorCode.INTERNAL_ERROR.apiCode(), "The worker could not complete the job", tried);
        }
        return true;
    }

    private void execute(GenerationJob job, List<Map<String, Object>> tried) {
        AvatarConfig config = configHolder.config();
        StyleTemplate style = config.style(job.style()).orElseThrow(() -> new ProviderException(
                JobErrorCode.UNKNOWN_STYLE, "Style '" + job.style() + "' is no longer configured", false));
        List<ProviderRegistry.Resolved> routes = routes(config, job, style);
        ImageStore.StoredImage stored = images.get(job.inputImage()).orElseThrow(() -> new ProviderException(
                JobErrorCode.INPUT_IMAGE_MISSING, "The job's input image is no longer in storage", false));
        PreparedImage input = prepare(stored);
        String prompt = prompts.build(style, job.quality(), job.prompt());
        LeaseKeeper lease = () -> jobs.extendLease(job, clock.instant().plus(properties.lease()));
        long started = System.nanoTime();
        ProviderException failure = null;
        for (ProviderRegistry.Resolved route : routes) {
            ResilientProviderCaller.Outcome outcome = caller.call(route.provider(), new GenerationCall(job.id(),
                    prompt, input.bytes(), input.contentType(), job.quality(), job.style(), style, route.key(),
                    route.config()), lease);
            tried.add(attempt(outcome));
            if (outcome.result() != null) {
                long providerMs = (System.nanoTime() - started) / 1_000_000;
                finishCompleted(job, outcome, providerMs, prompt, tried);
                return;
            }
            failure = outcome.failure();
            if (!outcome.shouldFallBack()) {
                break;
            }
            LOG.info("Job {}: provider {} failed ({}); trying the next one", job.id(), route.key(),
                    failure == null ? "?" : failure.code());
        }
        throw failure != null ? failure : new ProviderException(JobErrorCode.PROVIDER_NOT_CONFIGURED,
                "No provider to call", false);
    }

    /**
     * Decodes, turns upright and downscales the stored upload. The gateway only checked its format and header, so a
     * photo whose data is broken fails here, as {@code invalid_image}, never retried.
     */
    private PreparedImage prepare(ImageStore.StoredImage stored) {
        try {
            return preparation.prepare(stored.bytes());
        } catch (ImageRejectedException e) {
            throw new ProviderException(e.reason().errorCode(), e.getMessage() == null ? "The image was refused"
                    : e.getMessage(), false);
        }
    }

    /**
     * The job's provider first (the gateway chose it from the style or the default), with the style's model; then
     * {@code service_config.fallback_providers} in order, each with its own model.
     */
    private List<ProviderRegistry.Resolved> routes(AvatarConfig config, GenerationJob job, StyleTemplate style) {
        ProviderRegistry.Resolved primary = providers.resolve(config, job.provider());
        List<ProviderRegistry.Resolved> routes = new ArrayList<>();
        routes.add(new ProviderRegistry.Resolved(primary.key(), primary.config().withModel(style.model()),
                primary.provider()));
        Set<String> seen = new LinkedHashSet<>(List.of(primary.key()));
        List<String> fallbacks = config.serviceConfig().fallbackProviders();
        for (String key : fallbacks == null ? List.<String>of() : fallbacks) {
            if (!seen.add(key)) {
                continue;
            }
            try {
                routes.add(providers.resolve(config, key));
            } catch (ProviderException e) {
                LOG.warn("Fallback provider {} is not usable: {}", key, e.getMessage());
            }
        }
        return routes;
    }

    private static Map<String, Object> attempt(ResilientProviderCaller.Outcome outcome) {
        Map<String, Object> attempt = new LinkedHashMap<>();
        attempt.put("provider", outcome.providerKey());
        attempt.put("model", outcome.model());
        attempt.put("attempts", outcome.attempts());
        attempt.put("outcome", outcome.failure() == null ? "success" : outcome.failure().code());
        return attempt;
    }

    private void finishCompleted(GenerationJob job, ResilientProviderCaller.Outcome outcome, long providerMs,
            String prompt, List<Map<String, Object>> tried) {
        GenerationResult result = Objects.requireNonNull(outcome.result());
        ImageRef stored = images.put("results", result.image(), result.contentType());
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("usage", result.usage());
        metadata.put("prompt_chars", prompt.length());
        metadata.put("providers_tried", tried);
        boolean owned = jobs.complete(job, new WorkerJobRepository.Completion(stored, outcome.providerKey(),
                result.model(), result.cost(), providerMs, clock.instant(), jsonMapper.writeValueAsString(metadata)));
        if (owned) {
            publish(job.id(), JobState.COMPLETED, null);
        } else {
            LOG.warn("Job {} finished after this worker lost its lease; the result is discarded, its cost {} is "
                    + "recorded as spent", job.id(), result.cost());
            jobs.recordDiscardedCost(job, result.cost());
            images.delete(stored);
        }
    }

    private void finishFailed(GenerationJob job, String code, String message, List<Map<String, Object>> tried) {
        String metadata = tried.isEmpty() ? null : jsonMapper.writeValueAsString(Map.of("providers_tried", tried));
        if (jobs.fail(job, code, message, clock.instant(), metadata)) {
            publish(job.id(), JobState.FAILED, code);
        }
    }

    /** After the commit: losing this event delays only sync waiters, whose gateway also checks the database. */
    private void publish(JobId id, JobState state, @Nullable String errorCode) {
        String payload = jsonMapper.writeValueAsString(new GenerationCompleted(id, state, errorCode));
        kafka.send(Topics.GENERATION_COMPLETED, id.toString(), payload).whenComplete((result, error) -> {
            if (error != null) {
                LOG.warn("Could not publish completion of job {}: {}", id, error.toString());
            }
        });
    }
}
