package io.avatarforge.platform.job;

import io.avatarforge.model.job.GenerationJob;
import io.avatarforge.model.job.JobId;
import io.avatarforge.model.job.JobPlan;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.slf4j.event.Level;
import org.slf4j.spi.LoggingEventBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The one owner of a job's lifecycle events, for every role: each event is one log line (INFO, logger
 * {@code avatar.jobs}) whose facts are SLF4J key-value pairs, which Spring Boot's structured formats
 * ({@code LOG_FORMAT=json}) emit as JSON fields, and the meters the event moves. Callers say what happened; they do not
 * log it themselves.
 *
 * <p>What a line may carry is decided here: the job's id, user, style, quality, provider and model, attempts, outcomes,
 * costs and durations. Never the prompt (only its length, in the job's metadata), never image bytes, never a key or a
 * webhook secret; a webhook's URL only as its host. Every line names the trace it belongs to as {@code trace_id} (the
 * id Micrometer Tracing puts in the MDC), so one job's lines and its spans are found by one id.
 */
@Component
public class JobLog {

    /** The logger of every lifecycle event, so an operator can route or filter them by name. */
    public static final String LOGGER = "avatar.jobs";

    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);
    /** Where Micrometer Tracing's SLF4J listener keeps the current trace id. */
    private static final String TRACE_ID_MDC_KEY = "traceId";

    private final MeterRegistry meters;

    /** Without a registry (a process without the actuator, a test), meters go to Micrometer's global registry. */
    @Autowired
    public JobLog(ObjectProvider<MeterRegistry> meters) {
        this(meters.getIfAvailable(() -> Metrics.globalRegistry));
    }

    public JobLog(MeterRegistry meters) {
        this.meters = meters;
    }

    /** Intake accepted a job: {@code source} is {@code queued}, or how the result cache answered it. */
    public void accepted(JobId id, JobPlan plan, String source) {
        event(Level.INFO, "accepted", id)
                .addKeyValue("user", plan.requester().userId())
                .addKeyValue("style", plan.request().style())
                .addKeyValue("quality", plan.request().quality())
                .addKeyValue("provider", plan.route().provider())
                .addKeyValue("model", plan.route().model())
                .addKeyValue("source", source)
                .log("Job {} accepted ({})", id, source);
        Counter.builder("avatar.jobs.accepted").description("Jobs intake accepted, by how they were answered")
                .tag("provider", plan.route().provider()).tag("style", plan.request().style()).tag("source", source)
                .register(meters).increment();
    }

    /** A worker claimed a queued job; it waited {@code queued} since intake (or since it was queued again). */
    public void claimed(GenerationJob job, String workerId, Duration queued) {
        job(Level.INFO, "claimed", job)
                .addKeyValue("worker", workerId)
                .addKeyValue("attempt", job.attempts())
                .addKeyValue("queued_ms", queued.toMillis())
                .log("Job {} claimed by {} after {} ms queued", job.id(), workerId, queued.toMillis());
        Timer.builder("avatar.jobs.queue_wait").description("From intake to a worker's claim")
                .tags("provider", job.provider(), "model", modelOf(job.model()), "quality", job.quality())
                .publishPercentileHistogram()
                .register(meters).record(queued);
    }

    /** A worker is about to call {@code provider} (with its retries) for the job. */
    public void providerCallStarted(GenerationJob job, String provider, @Nullable String model) {
        job(Level.INFO, "provider_call_started", job, provider, model)
                .log("Job {} calling provider {}", job.id(), provider);
        Instant claimed = job.startedAt();
        if (claimed != null) {
            // What a worker spends before the provider sees the job: reading and preparing the image, the prompt.
            Timer.builder("avatar.jobs.start_delay").description("From a worker's claim to a provider call's start")
                    .tags("provider", provider, "model", modelOf(model), "quality", job.quality())
                    .publishPercentileHistogram()
                    .register(meters).record(maxOf(Duration.ZERO, Duration.between(claimed, Instant.now())));
        }
    }

    /** The provider call ended after {@code attempts} calls; {@code outcome} is {@code success} or an error code. */
    public void providerCallFinished(GenerationJob job, String provider, @Nullable String model, int attempts,
            String outcome, Duration took) {
        job(Level.INFO, "provider_call_finished", job, provider, model)
                .addKeyValue("attempts", attempts)
                .addKeyValue("outcome", outcome)
                .addKeyValue("duration_ms", took.toMillis())
                .log("Job {} provider {} answered {} after {} attempt(s) in {} ms", job.id(), provider, outcome,
                        attempts, took.toMillis());
        Timer.builder("avatar.provider.latency").description("One provider's answer to a job, retries included")
                .tags("provider", provider, "model", modelOf(model), "quality", job.quality(), "outcome", outcome)
                .publishPercentileHistogram()
                .register(meters).record(took);
    }

    /** The job completed; {@code cost} was charged. */
    public void completed(GenerationJob job, String provider, @Nullable String model, BigDecimal cost,
            long providerMs, long totalMs) {
        job(Level.INFO, "completed", job, provider, model)
                .addKeyValue("cost", cost)
                .addKeyValue("provider_ms", providerMs)
                .addKeyValue("total_ms", totalMs)
                .log("Job {} completed by {} in {} ms (cost {})", job.id(), provider, totalMs, cost);
        outcome("completed", "none", job.provider());
        Counter.builder("avatar.cost").baseUnit("dollars").description("Cost charged for completed jobs")
                .tags("provider", provider, "style", job.style())
                .register(meters).increment(cost.doubleValue());
    }

    /** The job failed with {@code errorCode} (the message is the client's to read, not the log's). */
    public void failed(GenerationJob job, String errorCode, Instant finishedAt) {
        long totalMs = Math.max(0, Duration.between(job.createdAt(), finishedAt).toMillis());
        job(Level.INFO, "failed", job)
                .addKeyValue("error_code", errorCode)
                .addKeyValue("total_ms", totalMs)
                .log("Job {} failed: {}", job.id(), errorCode);
        outcome("failed", errorCode, job.provider());
    }

    /** The job went back to the queue to wait for its provider ({@code JobTransitions.defer}) until {@code notBefore}. */
    public void deferred(GenerationJob job, String cause, Instant notBefore, int deferrals) {
        job(Level.INFO, "deferred", job)
                .addKeyValue("error_code", cause)
                .addKeyValue("not_before", notBefore.toString())
                .addKeyValue("deferrals", deferrals)
                .log("Job {} waits for its provider until {} ({}; deferral {})", job.id(), notBefore, cause, deferrals);
        Counter.builder("avatar.jobs.deferred").description("Jobs sent back to the queue to wait for their provider")
                .tags("error_code", cause, "provider", job.provider())
                .register(meters).increment();
    }

    /** The client withdrew the queued job. */
    public void canceled(GenerationJob job) {
        job(Level.INFO, "canceled", job).log("Job {} canceled", job.id());
        outcome("canceled", "canceled", job.provider());
    }

    /**
     * The job's webhook event was delivered (2xx) after {@code attempts} attempts. A dispatcher sends outside the job's
     * trace, so the caller names it: {@code traceId} of the transaction that finished the job (null: none).
     */
    public void webhookDelivered(JobId id, @Nullable String traceId, String webhookId, String host, int attempts) {
        webhook(Level.INFO, "webhook_delivered", id, traceId, webhookId, host, attempts)
                .log("Webhook event {} of job {} delivered to {}", webhookId, id, host);
    }

    /** The job's webhook event was given up: its schedule is used up (WARN: the client missed it). */
    public void webhookGaveUp(JobId id, @Nullable String traceId, String webhookId, String host, int attempts,
            @Nullable String lastError) {
        webhook(Level.WARN, "webhook_gave_up", id, traceId, webhookId, host, attempts)
                .addKeyValue("last_error", lastError)
                .log("Gave up webhook event {} of job {} to {} after {} attempts; last: {}", webhookId, id, host,
                        attempts, lastError);
    }

    private void outcome(String outcome, String errorCode, String provider) {
        Counter.builder("avatar.jobs.finished").description("Jobs that ended, by outcome and error code")
                .tags("outcome", outcome, "error_code", errorCode, "provider", provider)
                .register(meters).increment();
    }

    private static LoggingEventBuilder webhook(Level level, String event, JobId id, @Nullable String traceId,
            String webhookId, String host, int attempts) {
        return event(level, event, id, traceId)
                .addKeyValue("webhook_id", webhookId)
                .addKeyValue("webhook_host", host)
                .addKeyValue("attempts", attempts);
    }

    private static LoggingEventBuilder job(Level level, String event, GenerationJob job) {
        return job(level, event, job, job.provider(), job.model());
    }

    private static LoggingEventBuilder job(Level level, String event, GenerationJob job, String provider,
            @Nullable String model) {
        return event(level, event, job.id())
                .addKeyValue("user", job.userId())
                .addKeyValue("style", job.style())
                .addKeyValue("quality", job.quality())
                .addKeyValue("provider", provider)
                .addKeyValue("model", model);
    }

    private static LoggingEventBuilder event(Level level, String event, JobId id) {
        return event(level, event, id, MDC.get(TRACE_ID_MDC_KEY));
    }

    private static LoggingEventBuilder event(Level level, String event, JobId id, @Nullable String traceId) {
        LoggingEventBuilder line = LOG.atLevel(level).addKeyValue("job_event", event).addKeyValue("job_id", id.toString());
        return traceId == null ? line : line.addKeyValue("trace_id", traceId);
    }

    private static Duration maxOf(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String modelOf(@Nullable String model) {
        return Objects.requireNonNullElse(model, "");
    }
}
