package io.avatarforge.worker.provider.resilience;

import io.avatarforge.worker.job.LeaseKeeper;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.avatarforge.worker.provider.ProviderFixtures.aCall;
import static io.avatarforge.worker.provider.ProviderFixtures.openAi;
import static io.avatarforge.worker.provider.ProviderFixtures.openAiError;
import static io.avatarforge.worker.provider.ProviderFixtures.openAiSuccess;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.avatarforge.platform.config.AvatarConfigHolder;
import io.avatarforge.platform.config.ConfigLoader;
import io.avatarforge.model.config.ProviderConfig;
import io.avatarforge.worker.provider.GenerationCall;
import io.avatarforge.worker.provider.GenerationResult;
import io.avatarforge.worker.provider.ImageProvider;
import io.avatarforge.worker.provider.ProviderErrors;
import io.avatarforge.worker.provider.openai.OpenAiImageProvider;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.core.functions.Either;
import io.github.resilience4j.retry.RetryConfig;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.node.ObjectNode;

/** Every provider call's protections, exercised through the real OpenAI provider against a stand-in. */
class ResilientProviderCallerTest {

    private static final String EDITS = "/v1/images/edits";

    @RegisterExtension
    static WireMockExtension openAi = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final List<String> permits = new CopyOnWriteArrayList<>();
    private final OpenAiImageProvider provider = new OpenAiImageProvider();
    private final ResilientProviderCaller caller = new ResilientProviderCaller(
            new AvatarConfigHolder(new ConfigLoader(Map.of()).load(null)), smallBackoffs(),
            (key, perMinute, lease) -> permits.add(key + "@" + perMinute));

    @AfterEach
    void close() {
        provider.destroy();
        caller.destroy();
    }

    static ResilienceProperties smallBackoffs() {
        return new ResilienceProperties(Duration.ofMillis(10), 2.0, Duration.ofMillis(40), 0.5, Duration.ofSeconds(5),
                2, 50f, 10, 5, Duration.ofMinutes(1), Duration.ofSeconds(5));
    }

    @Test
    void aSuccessfulCallReportsOneAttemptAndTheProvidersResult() {
        stub(200, openAiSuccess());

        ResilientProviderCaller.Outcome outcome = call(config(""));

        assertThat(outcome.attempts()).isEqualTo(1);
        assertThat(outcome.failure()).isNull();
        GenerationResult result = outcome.result();
        assertThat(result).isNotNull();
        assertThat(result.cost()).isEqualByComparingTo("0.040680");
    }

    @Test
    void aRateLimitedCallIsRetriedAndThenSucceeds() {
        openAi.stubFor(post(urlEqualTo(EDITS)).inScenario("429").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Content-Type", "application/json")
                        .withHeader("retry-after-ms", "20")
                        .withBody(openAiError("rate_limit_exceeded", "Rate limit reached", "requests")))
                .willSetStateTo("recovered"));
        openAi.stubFor(post(urlEqualTo(EDITS)).inScenario("429").whenScenarioStateIs("recovered")
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(openAiSuccess())));

        ResilientProviderCaller.Outcome outcome = call(config(""));

        assertThat(outcome.result()).isNotNull();
        assertThat(outcome.attempts()).isEqualTo(2);
        assertThat(requests()).isEqualTo(2);
    }

    @Test
    void theWaitBeforeARetryIsTheProvidersRetryAfterWhenShortEnoughAndTheBackoffOtherwise() {
        RetryConfig retry = caller.retryConfig(config(""));

        long afterRateLimit = retry.<GenerationResult>getIntervalBiFunction().apply(1,
                Either.left(ProviderErrors.rateLimited("p", "slow down", Duration.ofMillis(1500))));
        long afterServerError = retry.<GenerationResult>getIntervalBiFunction().apply(3,
                Either.left(ProviderErrors.unavailable("p", "503", null)));

        assertThat(afterRateLimit).isEqualTo(1500);
        assertThat(afterServerError).as("exponential, jittered, capped at max-backoff").isBetween(1L, 40L);
        assertThat(retry.getExceptionPredicate().test(ProviderErrors.rateLimited("p", "slow down",
                Duration.ofSeconds(6)))).as("longer than max-retry-after (5 s): the job waits in the queue").isFalse();
        assertThat(retry.getMaxAttempts()).as("max_retries 2 = three calls").isEqualTo(3);
    }

    @Test
    void serverErrorsAreRetriedUpToMaxRetriesAndThenTheProviderIsUnavailable() {
        stub(503, openAiError(null, "The server is overloaded.", "server_error"));

        ResilientProviderCaller.Outcome outcome = call(config(""));

        assertThat(outcome.failure()).isNotNull();
        assertThat(outcome.failure().code()).isEqualTo("provider_unavailable");
        assertThat(outcome.attempts()).isEqualTo(3);
        assertThat(requests()).isEqualTo(3);
        assertThat(outcome.shouldFallBack()).isTrue();
    }

    @Test
    void aCallThatOutlivesTimeoutSecondsIsCutOffAndRetried() {
        openAi.stubFor(post(urlEqualTo(EDITS)).willReturn(aResponse().withStatus(200).withFixedDelay(4000)
                .withHeader("Content-Type", "application/json").withBody(openAiSuccess())));

        ResilientProviderCaller.Outcome outcome = call(config("\"timeout_seconds\": 1, \"max_retries\": 1"));

        assertThat(outcome.failure()).isNotNull();
        assertThat(outcome.failure().code()).isEqualTo("provider_unavailable");
        assertThat(outcome.attempts()).isEqualTo(2);
    }

    @Test
    void aModerationRefusalIsNeverRetriedAndDoesNotFallBack() {
        stub(400, openAiError("moderation_blocked", "Rejected by the safety system.", "image_generation_user_error"));

        ResilientProviderCaller.Outcome outcome = call(config(""));

        assertThat(outcome.failure()).isNotNull();
        assertThat(outcome.failure().code()).isEqualTo("content_policy_violation");
        assertThat(outcome.attempts()).isEqualTo(1);
        assertThat(outcome.shouldFallBack()).isFalse();
        assertThat(caller.circuit("gpt_image_1").getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void otherClientErrorsAreNotRetried() {
        stub(400, openAiError("invalid_value", "Invalid size.", "invalid_request_error"));

        ResilientProviderCaller.Outcome outcome = call(config(""));

        assertThat(outcome.failure()).isNotNull();
        assertThat(outcome.failure().code()).isEqualTo("provider_rejected_request");
        assertThat(outcome.attempts()).isEqualTo(1);
    }

    @Test
    void anAuthFailureOpensThatProvidersCircuitSoTheNextCallSendsNothing() {
        stub(401, openAiError("invalid_api_key", "Incorrect API key provided.", "invalid_request_error"));

        ResilientProviderCaller.Outcome first = call(config(""));
        ResilientProviderCaller.Outcome second = call(config(""));

        assertThat(first.failure()).isNotNull();
        assertThat(first.failure().code()).isEqualTo("provider_auth_failed");
        assertThat(first.attempts()).isEqualTo(1);
        assertThat(caller.circuit("gpt_image_1").getState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(second.failure()).isNotNull();
        assertThat(second.failure().code()).isEqualTo("provider_circuit_open");
        assertThat(second.attempts()).isZero();
        assertThat(second.shouldFallBack()).isTrue();
        assertThat(requests()).isEqualTo(1);
        assertThat(caller.circuit("another_provider").getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void aRetryAfterLongerThanMaxRetryAfterEndsTheCallAtOnceWithTheProvidersDelayForTheJobToWait() {
        openAi.stubFor(post(urlEqualTo(EDITS)).willReturn(aResponse().withStatus(429)
                .withHeader("Content-Type", "application/json").withHeader("retry-after", "90")
                .withBody(openAiError("rate_limit_exceeded", "Rate limit reached", "requests"))));

        ResilientProviderCaller.Outcome outcome = call(config(""));

        assertThat(outcome.failure()).isNotNull();
        assertThat(outcome.failure().code()).isEqualTo("provider_rate_limited");
        assertThat(outcome.failure().retryAfter()).isEqualTo(Duration.ofSeconds(90));
        assertThat(requests()).as("not retried in the generation slot").isEqualTo(1);
    }

    @Test
    void rateLimitingNeverOpensTheCircuit() {
        stub(429, openAiError("rate_limit_exceeded", "Rate limit reached", "requests"));

        for (int i = 0; i < 8; i++) {
            call(config(""));
        }

        assertThat(requests()).as("8 jobs, each retried twice").isEqualTo(24);
        assertThat(caller.circuit("gpt_image_1").getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(caller.circuit("gpt_image_1").getMetrics().getNumberOfFailedCalls()).isZero();
    }

    @Test
    void theCircuitCountsAJobsRetriedFailuresOnceAndOpensWhenTheProviderKeepsFailingJobs() {
        stub(503, openAiError(null, "The server is overloaded.", "server_error"));

        call(config(""));
        assertThat(requests()).isEqualTo(3);
        assertThat(caller.circuit("gpt_image_1").getMetrics().getNumberOfFailedCalls()).isEqualTo(1);
        assertThat(caller.circuit("gpt_image_1").getState()).isEqualTo(CircuitBreaker.State.CLOSED);

        for (int i = 0; i < 4; i++) {
            call(config(""));
        }
        assertThat(caller.circuit("gpt_image_1").getState()).as("5 failed jobs of 5 (minimum 5, 50 %)")
                .isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(call(config("")).failure().code()).isEqualTo("provider_circuit_open");
        assertThat(requests()).isEqualTo(15);
    }

    @Test
    void everyAttemptWaitsForARateLimitPermitWhenTheProviderHasALimit() {
        openAi.stubFor(post(urlEqualTo(EDITS)).inScenario("flaky").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(500).withHeader("Content-Type", "application/json")
                        .withBody(openAiError(null, "Internal error", "server_error")))
                .willSetStateTo("fine"));
        openAi.stubFor(post(urlEqualTo(EDITS)).inScenario("flaky").whenScenarioStateIs("fine")
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(openAiSuccess())));

        call(config("\"images_per_minute\": 5"));

        assertThat(permits).containsExactly("gpt_image_1@5", "gpt_image_1@5");
    }

    @Test
    void theBulkheadLetsNoMoreCallsThanMaxConcurrentGenerationsThrough() throws Exception {
        ConfigLoader loader = new ConfigLoader(Map.of());
        ObjectNode document = loader.loadDocument(null);
        ConfigLoader.deepMerge(document, (ObjectNode) loader.mapper()
                .readTree("{\"service_config\": {\"max_concurrent_generations\": 1}}"));
        AvatarConfigHolder oneAtATime = new AvatarConfigHolder(loader.resolve(document));
        ResilientProviderCaller single = new ResilientProviderCaller(oneAtATime, new ResilienceProperties(
                Duration.ofMillis(10), 2.0, Duration.ofMillis(40), 0.5, Duration.ofSeconds(5), 0, 50f, 10, 5,
                Duration.ofMinutes(1), Duration.ofMillis(50)), (key, perMinute, lease) -> { });
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ImageProvider blocking = new ImageProvider() {
            @Override
            public String type() {
                return "blocking";
            }

            @Override
            public GenerationResult generate(GenerationCall call) {
                inside.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return new GenerationResult(new byte[] {1}, "image/png", "m", java.math.BigDecimal.ZERO, Map.of());
            }
        };
        try {
            ProviderConfig config = config("\"max_retries\": 0");
            var first = java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> single.call(blocking, aCall("blocking", config), LeaseKeeper.NONE));
            inside.await();

            ResilientProviderCaller.Outcome second = single.call(blocking, aCall("blocking", config),
                    LeaseKeeper.NONE);
            release.countDown();

            assertThat(second.failure()).isNotNull();
            assertThat(second.failure().code()).isEqualTo("worker_busy");
            assertThat(second.attempts()).isZero();
            assertThat(first.get().result()).isNotNull();
        } finally {
            release.countDown();
            single.destroy();
        }
    }

    private ResilientProviderCaller.Outcome call(ProviderConfig config) {
        return caller.call(provider, aCall("gpt_image_1", config), LeaseKeeper.NONE);
    }

    private static ProviderConfig config(String extra) {
        return openAi(openAi.baseUrl(), extra);
    }

    private static void stub(int status, String body) {
        openAi.stubFor(post(urlEqualTo(EDITS)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body)));
    }

    private static int requests() {
        return openAi.findAll(postRequestedFor(urlEqualTo(EDITS))).size();
    }
}
