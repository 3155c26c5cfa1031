package io.avatarforge.worker.provider.resilience;

import io.avatarforge.worker.job.LeaseLostException;
import io.avatarforge.worker.job.LeaseKeeper;
import io.avatarforge.platform.config.AvatarConfigHolder;
import io.avatarforge.model.config.ProviderConfig;
import io.avatarforge.model.job.JobErrorCode;
import io.avatarforge.worker.provider.GenerationCall;
import io.avatarforge.worker.provider.GenerationResult;
import io.avatarforge.worker.provider.ImageProvider;
import io.avatarforge.worker.provider.ProviderErrors;
import io.avatarforge.worker.provider.ProviderException;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * The one place every provider call goes through, whatever the provider: retry with exponential backoff and jitter
 * (or the provider's retry-after) up to the provider's {@code max_retries}; a circuit breaker per provider key; the
 * cluster-wide rate limit; a bulkhead of {@code max_concurrent_generations} per worker; and a hard time limit of
 * {@code timeout_seconds} per attempt. Providers only translate their SDK's errors into {@link ProviderErrors}; they
 * never retry themselves (their SDK retries are off).
 */
@Component
public class ResilientProviderCaller implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(ResilientProviderCaller.class);
    private static final String BULKHEAD = "provider-calls";

    /** What one provider did for one job: the result or the final failure, and how many calls went out. */
    public record Outcome(String providerKey, String model, int attempts, @Nullable GenerationResult result,
            @Nullable ProviderException failure) {

        /** Whether the job should try the next provider: this one's circuit is open or it kept failing retryably. */
        public boolean shouldFallBack() {
            return failure != null && failure.retryable();
        }
    }

    private final AvatarConfigHolder config;
    private final ResilienceProperties properties;
    private final ProviderRateLimiter rateLimiter;
    private final CircuitBreakerRegistry circuits;
    private final Bulkhead bulkhead;
    private final ExecutorService calls = Executors.newVirtualThreadPerTaskExecutor();
    private final ObservationRegistry observations;
    private final @Nullable ProviderPauses pauses;

    /** Without shared pauses (a 429's Retry-After slows only the job that got it): for tests of one caller. */
    public ResilientProviderCaller(AvatarConfigHolder config, ResilienceProperties properties,
            ProviderRateLimiter rateLimiter) {
        this(config, properties, rateLimiter, Metrics.globalRegistry, ObservationRegistry.NOOP, null);
    }

    /** Like {@link #ResilientProviderCaller(AvatarConfigHolder, ResilienceProperties, ProviderRateLimiter)}. */
    public ResilientProviderCaller(AvatarConfigHolder config, ResilienceProperties properties,
            ProviderRateLimiter rateLimiter, @Nullable ProviderPauses pauses) {
        this(config, properties, rateLimiter, Metrics.globalRegistry, ObservationRegistry.NOOP, pauses);
    }

    /**
     * The circuit breakers report their state and calls to {@code meters} (resilience4j's Micrometer binding); each
     * call, retries included, is one observation ({@code avatar.provider.call}: a span of the job's trace). A 429's
     * Retry-After pauses the provider for every worker through {@code pauses}.
     */
    @Autowired
    public ResilientProviderCaller(AvatarConfigHolder config, ResilienceProperties properties,
            ProviderRateLimiter rateLimiter, MeterRegistry meters, ObservationRegistry observations,
            @Nullable ProviderPauses pauses) {
        this.observations = observations;
        this.pauses = pauses;
        this.config = config;
        this.properties = properties;
        this.rateLimiter = rateLimiter;
        this.circuits = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .failureRateThreshold(properties.circuitFailureRatePercent())
                .slidingWindowSize(properties.circuitWindowCalls())
                .minimumNumberOfCalls(properties.circuitMinimumCalls())
                .waitDurationInOpenState(properties.circuitOpenDuration())
                .permittedNumberOfCallsInHalfOpenState(1)
                // Only the provider's health counts; a refused prompt says nothing about it.
                .recordException(ResilientProviderCaller::countsAgainstProvider)
                .ignoreException(e -> !countsAgainstProvider(e))
                .build());
        this.bulkhead = Bulkhead.of(BULKHEAD, bulkheadConfig(capacity()));
        TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(circuits).bindTo(meters);
    }

    /** The circuit breaker of one provider key, for health reporting and tests. */
    public CircuitBreaker circuit(String providerKey) {
        return circuits.circuitBreaker(providerKey);
    }

    /** Calls {@code provider} for {@code call}, with every protection; never throws a {@link ProviderException}. */
    public Outcome call(ImageProvider provider, GenerationCall call, LeaseKeeper lease) {
        Observation observation = Observation.createNotStarted("avatar.provider.call", observations)
                .contextualName("provider call " + call.providerKey())
                .lowCardinalityKeyValue("provider", call.providerKey())
                .lowCardinalityKeyValue("model", Objects.requireNonNullElse(call.providerConfig().model(), ""))
                .start();
        try (Observation.Scope ignored = observation.openScope()) {
            Outcome outcome = protectedCall(provider, call, lease);
            ProviderException failure = outcome.failure();
            observation.lowCardinalityKeyValue("outcome", failure == null ? "success" : failure.code());
            return outcome;
        } finally {
            observation.stop();
        }
    }

    private Outcome protectedCall(ImageProvider provider, GenerationCall call, LeaseKeeper lease) {
        String key = call.providerKey();
        ProviderConfig providerConfig = call.providerConfig();
        String model = Objects.requireNonNullElse(providerConfig.model(), "");
        AtomicInteger attempts = new AtomicInteger();
        CircuitBreaker circuit = circuit(key);
        Duration timeout = timeout(providerConfig);
        adjustBulkhead();
        Duration paused = pausedFor(key);
        if (paused.compareTo(properties.maxRetryAfter()) > 0) {
            // Another worker was told to wait this long: calling now would only earn another 429.
            return new Outcome(key, model, 0, null, new ProviderException(JobErrorCode.PROVIDER_RATE_LIMITED,
                    "Provider " + key + " asked to wait " + paused.toSeconds() + "s before the next call", true,
                    paused, null));
        }
        if (!paused.isZero()) {
            sleep(paused);
        }

        Supplier<GenerationResult> attempt = () -> {
            if (!lease.renew()) {
                throw new LeaseLostException("Lost the lease of job " + call.jobId() + " before calling " + key);
            }
            Integer perMinute = providerConfig.imagesPerMinute();
            if (perMinute != null && perMinute > 0) {
                rateLimiter.acquire(key, perMinute, lease);
            }
            try {
                return Bulkhead.decorateSupplier(bulkhead, () -> {
                    attempts.incrementAndGet();
                    return withTimeLimit(key, timeout, () -> provider.generate(call));
                }).get();
            } catch (ProviderException e) {
                if (e.is(JobErrorCode.PROVIDER_RATE_LIMITED) && e.retryAfter() != null) {
                    pause(key, e.retryAfter(), e.getMessage());
                }
                throw e;
            }
        };
        // The circuit sees one call per job, retries included: it opens when the provider keeps failing jobs, not
        // because one job's retried connection error was counted three times.
        Supplier<GenerationResult> retried = Retry.decorateSupplier(Retry.of(key, retryConfig(providerConfig)),
                attempt);
        try {
            GenerationResult result = CircuitBreaker.decorateSupplier(circuit, retried).get();
            return new Outcome(key, result.model(), attempts.get(), result, null);
        } catch (CallNotPermittedException e) {
            return new Outcome(key, model, attempts.get(), null, new ProviderException(
                    JobErrorCode.PROVIDER_CIRCUIT_OPEN, "Provider " + key + " is failing; its circuit is open", true));
        } catch (BulkheadFullException e) {
            return new Outcome(key, model, attempts.get(), null, new ProviderException(JobErrorCode.WORKER_BUSY,
                    "No generation slot freed on this worker in " + properties.bulkheadMaxWait(), true));
        } catch (ProviderException e) {
            if (e.is(JobErrorCode.PROVIDER_AUTH_FAILED) && circuit.getState() == CircuitBreaker.State.CLOSED) {
                // A rejected key will be rejected for every job: stop sending them now.
                circuit.transitionToOpenState();
            }
            LOG.info("Provider {} failed after {} attempt(s): {}", key, attempts.get(), e.code());
            return new Outcome(key, model, attempts.get(), null, e);
        }
    }

    /** How long {@code key} is still paused for every worker; zero when it is not (or the pause cannot be read). */
    private Duration pausedFor(String key) {
        if (pauses == null) {
            return Duration.ZERO;
        }
        try {
            return pauses.remaining(key).orElse(Duration.ZERO);
        } catch (DataAccessException e) {
            // Advisory: a provider's 429 answers for itself when the pause cannot be read.
            LOG.debug("Could not read the pause of provider {}: {}", key, e.toString());
            return Duration.ZERO;
        }
    }

    private void pause(String key, Duration retryAfter, @Nullable String reason) {
        if (pauses == null) {
            return;
        }
        try {
            pauses.pause(key, retryAfter, Objects.requireNonNullElse(reason, "429"));
        } catch (DataAccessException e) {
            LOG.debug("Could not record the pause of provider {}: {}", key, e.toString());
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LeaseLostException("Interrupted while the provider asked to wait");
        }
    }

    private GenerationResult withTimeLimit(String key, Duration timeout, Supplier<GenerationResult> call) {
        TimeLimiter limiter = TimeLimiter.of(TimeLimiterConfig.custom().timeoutDuration(timeout)
                .cancelRunningFuture(true).build());
        try {
            return limiter.executeFutureSupplier(() -> calls.submit(call::get));
        } catch (TimeoutException e) {
            throw ProviderErrors.unavailable(key, "no answer within " + timeout.toSeconds() + "s", e);
        } catch (ExecutionException e) {
            throw unwrap(key, e.getCause());
        } catch (RuntimeException e) {
            throw unwrap(key, e);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw ProviderErrors.unavailable(key, "the call was interrupted", e);
        }
    }

    private static RuntimeException unwrap(String key, @Nullable Throwable cause) {
        if (cause instanceof ProviderException provider) {
            return provider;
        }
        if (cause instanceof ExecutionException nested) {
            return unwrap(key, nested.getCause());
        }
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        return ProviderErrors.unavailable(key, "the call failed (" + cause + ")", cause);
    }

    RetryConfig retryConfig(ProviderConfig providerConfig) {
        int retries = providerConfig.maxRetries() == null ? properties.defaultMaxRetries()
                : Math.max(0, providerConfig.maxRetries());
        IntervalFunction backoff = IntervalFunction.ofExponentialRandomBackoff(properties.initialBackoff(),
                properties.backoffMultiplier(), properties.jitter(), properties.maxBackoff());
        return RetryConfig.<GenerationResult>custom()
                .maxAttempts(retries + 1)
                // A longer Retry-After than maxRetryAfter is not waited in a generation slot: the job waits in the
                // queue instead (the pipeline defers it), however long the provider asked.
                .retryOnException(e -> e instanceof ProviderException p && p.retryable()
                        && (p.retryAfter() == null || p.retryAfter().compareTo(properties.maxRetryAfter()) <= 0))
                .intervalBiFunction((attempt, outcome) -> {
                    if (outcome.isLeft() && outcome.getLeft() instanceof ProviderException p
                            && p.retryAfter() != null && p.retryAfter().compareTo(properties.maxRetryAfter()) <= 0) {
                        return Math.max(1, p.retryAfter().toMillis());
                    }
                    return backoff.apply(attempt);
                })
                .build();
    }

    private Duration timeout(ProviderConfig providerConfig) {
        Integer seconds = providerConfig.timeoutSeconds();
        if (seconds == null || seconds <= 0) {
            seconds = config.config().serviceConfig().defaultTimeoutSeconds();
        }
        return Duration.ofSeconds(Math.max(1, seconds));
    }

    private int capacity() {
        return Math.max(1, config.config().serviceConfig().maxConcurrentGenerations());
    }

    /** max_concurrent_generations is read live: a config change resizes the bulkhead at the next call. */
    private void adjustBulkhead() {
        int capacity = capacity();
        if (bulkhead.getBulkheadConfig().getMaxConcurrentCalls() != capacity) {
            bulkhead.changeConfig(bulkheadConfig(capacity));
        }
    }

    private BulkheadConfig bulkheadConfig(int capacity) {
        return BulkheadConfig.custom().maxConcurrentCalls(capacity).maxWaitDuration(properties.bulkheadMaxWait())
                .build();
    }

    /**
     * Failures of the provider: errors, timeouts and a rejected key. Not a 429 (the provider is up and says when to come
     * back, which {@link ProviderPauses} honours) and not a refused prompt.
     */
    private static boolean countsAgainstProvider(Throwable e) {
        return e instanceof ProviderException p && !p.is(JobErrorCode.PROVIDER_RATE_LIMITED)
                && (p.retryable() || p.is(JobErrorCode.PROVIDER_AUTH_FAILED));
    }

    @Override
    public void destroy() {
        calls.shutdownNow();
    }
}
