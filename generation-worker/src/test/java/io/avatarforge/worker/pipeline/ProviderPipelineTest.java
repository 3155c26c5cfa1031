package io.avatarforge.worker.pipeline;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.avatarforge.worker.provider.ProviderFixtures.INPUT_JPEG;
import static io.avatarforge.worker.provider.ProviderFixtures.geminiSuccess;
import static io.avatarforge.worker.provider.ProviderFixtures.openAiError;
import static io.avatarforge.worker.provider.ProviderFixtures.openAiSuccess;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.avatarforge.model.config.AvatarConfig;
import io.avatarforge.platform.config.AvatarConfigHolder;
import io.avatarforge.platform.config.ConfigLoader;
import io.avatarforge.platform.job.GenerationJobRows;
import io.avatarforge.platform.job.JobLog;
import io.avatarforge.platform.job.JobTransitions;
import io.avatarforge.platform.outbox.OutboxWriter;
import io.avatarforge.platform.image.ImagePreparation;
import io.avatarforge.model.job.JobId;
import io.avatarforge.model.storage.ImageRef;
import io.avatarforge.platform.storage.LocalDiskImageStore;
import io.avatarforge.testkit.PostgresTestDatabase;
import io.avatarforge.worker.WorkerProperties;
import io.avatarforge.platform.job.ProviderCalls;
import io.avatarforge.worker.job.DurableWrites;
import io.avatarforge.worker.job.LeaseHeartbeat;
import io.avatarforge.worker.provider.ProviderRegistry;
import io.avatarforge.worker.provider.gemini.GeminiImageProvider;
import io.avatarforge.worker.provider.openai.OpenAiImageProvider;
import io.avatarforge.worker.provider.resilience.ProviderPauses;
import io.avatarforge.worker.provider.resilience.ResilienceProperties;
import io.avatarforge.worker.provider.resilience.ResilientProviderCaller;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Jobs on PostgreSQL run through the real pipeline, the real providers and SDKs, and local stand-ins for OpenAI and
 * Gemini: what each provider answer does to the job row (state, code, provider, model, cost, attempts).
 */
class ProviderPipelineTest {

    private static final String EDITS = "/v1/images/edits";
    private static final String GEMINI = "/v1/models/gemini-2.5-flash-image:generateContent";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static JdbcClient jdbc;
    private static final WorkerProperties WORKER = WorkerProperties.of("test-worker", Duration.ofMinutes(3),
            Duration.ofSeconds(10), new WorkerProperties.DurableWrites(Duration.ofMillis(10), Duration.ofMillis(50), 5));

    @RegisterExtension
    static WireMockExtension openAi = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @RegisterExtension
    static WireMockExtension gemini = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path dir;

    private final OpenAiImageProvider openAiProvider = new OpenAiImageProvider();
    private final GeminiImageProvider geminiProvider = new GeminiImageProvider();
    private ResilientProviderCaller caller;
    private LocalDiskImageStore images;

    @BeforeAll
    static void database() {
        String url = PostgresTestDatabase.freshSchemaUrl("providers");
        Flyway.configure().dataSource(url, PostgresTestDatabase.USER, PostgresTestDatabase.PASSWORD)
                .placeholders(Map.of("json_type", "jsonb")).load().migrate();
        dataSource = new DriverManagerDataSource(url, PostgresTestDatabase.USER,
                PostgresTestDatabase.PASSWORD);
        jdbc = JdbcClient.create(dataSource);
        transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    @AfterEach
    void close() {
        openAiProvider.destroy();
        geminiProvider.destroy();
        if (caller != null) {
            caller.destroy();
        }
        // A provider's request to wait is shared by every job of the schema: each test starts without one.
        jdbc.sql("delete from provider_pause").update();
    }

    @Test
    void aJobServedByGptImageRecordsTheProviderModelExactCostAndUsage() throws IOException {
        stubOpenAi(200, openAiSuccess());
        GenerationPipeline pipeline = pipeline("");
        JobId id = aQueuedJob("gpt_image_1", "cartoon_3d", "a pirate hat");

        pipeline.run(id);

        Map<String, Object> row = row(id);
        assertThat(row).containsEntry("state", "COMPLETED").containsEntry("provider", "gpt_image_1")
                .containsEntry("model", "gpt-image-2");
        assertThat((java.math.BigDecimal) row.get("actual_cost")).isEqualByComparingTo("0.040680");
        JsonNode metadata = JSON.readTree((String) row.get("metadata"));
        assertThat(metadata.get("usage").get("input_image_tokens").asLong()).isEqualTo(1000);
        assertThat(metadata.get("providers_tried").get(0).get("attempts").asInt()).isEqualTo(1);
        String prompt = part("prompt");
        assertThat(prompt).contains("3D cartoon character in Pixar animation style").contains("a pirate hat");
        assertThat(images.get(new ImageRef((String) row.get("result_image_ref")))).isPresent();
    }

    @Test
    void aCallIsRecordedAtTheJobsEstimateBeforeItGoesOutAndBecomesTheReceiptWhenItAnswers() throws Exception {
        openAi.stubFor(post(urlEqualTo(EDITS)).willReturn(json(200, openAiSuccess()).withFixedDelay(1500)));
        GenerationPipeline pipeline = pipeline("");
        JobId id = aQueuedJob("gpt_image_1", "cartoon_3d", "a pirate hat");
        jdbc.sql("update generation_job set estimated_cost = 0.07 where id = :id").param("id", id.value()).update();

        Thread running = Thread.ofVirtual().start(() -> pipeline.run(id));
        await().atMost(Duration.ofSeconds(10)).until(() -> openAiCalls() == 1);
        assertThat(receipts(id)).singleElement().satisfies(call -> assertThat(call)
                .containsEntry("outcome", "STARTED").containsEntry("settlement", null)
                .containsEntry("cost", new BigDecimal("0.070000")));
        running.join(Duration.ofSeconds(20));

        assertThat(receipts(id)).singleElement().satisfies(call -> assertThat(call)
                .containsEntry("outcome", "SUCCEEDED").containsEntry("settlement", "COMPLETED")
                .containsEntry("cost", new BigDecimal("0.040680")));
    }

    @Test
    void aFailedCallIsRecordedAtNoCost() throws IOException {
        stubOpenAi(400, openAiError(null, "Invalid image file or mode for image 1.", "invalid_request_error"));
        GenerationPipeline pipeline = pipeline("");
        JobId id = aQueuedJob("gpt_image_1", "cartoon_3d", "a hat");

        pipeline.run(id);

        assertThat(receipts(id)).singleElement().satisfies(call -> assertThat(call)
                .containsEntry("outcome", "FAILED").containsEntry("settlement", "NONE")
                .containsEntry("cost", new BigDecimal("0.000000")));
    }

    @Test
    void aResultThatArrivesAfterTheWorkerLostTheJobIsDiscardedButItsCostIsChargedToTheDay() throws Exception {
        openAi.stubFor(post(urlEqualTo(EDITS)).willReturn(json(200, openAiSuccess()).withFixedDelay(1500)));
        GenerationPipeline pipeline = pipeline("");
        JobId id = aQueuedJob("gpt_image_1", "cartoon_3d", "a pirate hat");
        LocalDate day = LocalDate.now(java.time.ZoneOffset.UTC);
        jdbc.sql("update generation_job set user_id = 'lena', budget_day = :day, reserved_cost = 0.0875 where id = :id")
                .param("day", day).param("id", id.value()).update();
        for (String scope : List.of("global", "user:lena")) {
            jdbc.sql("""
                    insert into budget_usage (scope, usage_day, reserved, generations) values (:scope, :day, 0.0875, 1)
                    on conflict (scope, usage_day) do update set reserved = budget_usage.reserved + 0.0875,
                        generations = budget_usage.generations + 1
                    """).param("scope", scope).param("day", day).update();
        }
        BigDecimal spentBefore = spent("global", day);

        Thread running = Thread.ofVirtual().start(() -> pipeline.run(id));
        // The call is out (the provider holds it for 1.5 s) before the job is taken away.
        await().atMost(Duration.ofSeconds(10)).until(() -> openAiCalls() == 1);
        // What the sweeper does when the lease ran out: the job goes back to the queue for another worker.
        jdbc.sql("update generation_job set state = 'QUEUED', lease_expires_at = null, worker_id = null where id = :id")
                .param("id", id.value()).update();
        running.join(Duration.ofSeconds(20));

        Map<String, Object> row = row(id);
        assertThat(row).containsEntry("state", "QUEUED").containsEntry("result_image_ref", null);
        assertThat((BigDecimal) jdbc.sql("select discarded_cost from generation_job where id = :id")
                .param("id", id.value()).query(BigDecimal.class).single()).isEqualByComparingTo("0.040680");
        assertThat(spent("global", day).subtract(spentBefore)).isEqualByComparingTo("0.040680");
        assertThat(spent("user:lena", day)).isEqualByComparingTo("0.040680");
        try (var results = Files.list(dir.resolve("images"))) {
            assertThat(results.filter(p -> p.getFileName().toString().equals("results"))
                    .flatMap(ProviderPipelineTest::filesUnder)).as("the discarded result is not kept").isEmpty();
        }
    }

    private static java.util.stream.Stream<Path> filesUnder(Path directory) {
        try (var walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile).toList().stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static BigDecimal spent(String scope, LocalDate day) {
        return jdbc.sql("select coalesce(sum(spent), 0) from budget_usage where scope = :scope and usage_day = :day")
                .param("scope", scope).param("day", day).query(BigDecimal.class).single();
    }

    @Test
    void aStyleThatNamesAProviderAndModelIsServedByThem() throws IOException {
        gemini.stubFor(post(urlEqualTo("/v1/models/gemini-3-pro-image-preview:generateContent"))
                .willReturn(json(200, geminiSuccess())));
        GenerationPipeline pipeline = pipeline("""
                "style_templates": {"professional": {"provider": "gemini", "model": "gemini-3-pro-image-preview"}}""");
        AvatarConfig config = configHolder.config();
        String routed = config.providerFor(config.style("professional").orElseThrow());
        JobId id = aQueuedJob(routed, "professional", "smiling");

        pipeline.run(id);

        assertThat(row(id)).containsEntry("state", "COMPLETED").containsEntry("provider", "gemini")
                .containsEntry("model", "gemini-3-pro-image-preview");
        assertThat(openAi.findAll(postRequestedFor(urlEqualTo(EDITS)))).isEmpty();
    }

    @Test
    void aModerationRefusalFailsTheJobWithContentPolicyViolationAfterOneCallAndNoFallback() throws IOException {
        stubOpenAi(400, openAiError("moderation_blocked", "Your request was rejected by the safety system.",
                "image_generation_user_error"));
        GenerationPipeline pipeline = pipeline("");
        JobId id = aQueuedJob("gpt_image_1", "cartoon_3d", "something unacceptable");

        pipeline.run(id);

        assertThat(row(id)).containsEntry("state", "FAILED").containsEntry("error_code", "content_policy_violation")
                .containsEntry("actual_cost", null);
        assertThat(openAiCalls()).isEqualTo(1);
        assertThat(geminiCalls()).isZero();
    }

    @Test
    void anAuthFailureFailsTheJobAndOpensTheCircuitSoTheNextJobGoesStraightToTheFallback() throws IOException {
        stubOpenAi(401, openAiError("invalid_api_key", "Incorrect API key provided.", "invalid_request_error"));
        gemini.stubFor(post(urlEqualTo(GEMINI)).willReturn(json(200, geminiSuccess())));
        GenerationPipeline pipeline = pipeline("");
        JobId first = aQueuedJob("gpt_image_1", "cartoon_3d", "first");
        JobId second = aQueuedJob("gpt_image_1", "cartoon_3d", "second");

        pipeline.run(first);
        pipeline.run(second);

        assertThat(row(first)).containsEntry("state", "FAILED").containsEntry("error_code", "provider_auth_failed");
        Map<String, Object> served = row(second);
        assertThat(served).containsEntry("state", "COMPLETED").containsEntry("provider", "gemini")
                .containsEntry("model", "gemini-2.5-flash-image");
        assertThat((java.math.BigDecimal) served.get("actual_cost")).isEqualByComparingTo("0.038822");
        JsonNode tried = JSON.readTree((String) served.get("metadata")).get("providers_tried");
        assertThat(tried.get(0).get("outcome").asString()).isEqualTo("provider_circuit_open");
        assertThat(tried.get(0).get("attempts").asInt()).isZero();
        assertThat(tried.get(1).get("provider").asString()).isEqualTo("gemini");
        assertThat(openAiCalls()).as("the open circuit sent nothing more to OpenAI").isEqualTo(1);
    }

    @Test
    void aProviderThatKeepsFailingRetryablyHandsTheJobToTheFallbackAfterItsRetries() throws IOException {
        stubOpenAi(503, openAiError(null, "The server is overloaded.", "server_error"));
        gemini.stubFor(post(urlEqualTo(GEMINI)).willReturn(json(200, geminiSuccess())));
        GenerationPipeline pipeline = pipeline("");
        JobId id = aQueuedJob("gpt_image_1", "cartoon_3d", "a hat");

        pipeline.run(id);

        assertThat(row(id)).containsEntry("state", "COMPLETED").containsEntry("provider", "gemini");
        assertThat(openAiCalls()).as("max_retries 2").isEqualTo(3);
        assertThat(geminiCalls()).isEqualTo(1);
    }

    @Test
    void whenEveryProviderIsUnavailableTheJobWaitsInTheQueueForThemWithItsReservationKept() throws IOException {
        stubEveryProviderDown();
        GenerationPipeline pipeline = pipeline("");
        JobId id = aQueuedJob("gpt_image_1", "cartoon_3d", "a hat", LocalDate.now(java.time.ZoneOffset.UTC),
                new BigDecimal("0.07"));
        Instant before = Instant.now();

        pipeline.run(id);

        Map<String, Object> waiting = waiting(id);
        assertThat(waiting).containsEntry("state", "QUEUED").containsEntry("wait_reason", "waiting_for_provider")
                .containsEntry("deferrals", 1).containsEntry("worker_id", null).containsEntry("reserved_cost",
                        new BigDecimal("0.070000"));
        // The first wait is 5 s spread by 20 % either way; max_wait_seconds counts from now.
        assertThat(instant(waiting, "not_before")).isBetween(before.plusSeconds(4), Instant.now().plusSeconds(6));
        assertThat(instant(waiting, "waiting_since")).isBetween(before, Instant.now());
        assertThat(openAiCalls()).as("retried in the slot first, max_retries 2").isEqualTo(3);
        assertThat(geminiCalls()).as("then the fallback, max_retries 1").isEqualTo(2);
        assertThat(pipeline.run(id)).as("not claimed before its time, whatever message arrives").isFalse();
    }

    @Test
    void aJobWhoseProvidersDidNotComeBackWithinMaxWaitFailsWithProviderUnavailableAndRecordsWhatWasTried()
            throws IOException {
        stubEveryProviderDown();
        GenerationPipeline pipeline = pipeline("");
        JobId id = aQueuedJob("gpt_image_1", "cartoon_3d", "a hat");
        // It has waited since 901 s ago (max_wait_seconds defaults to 900) and its time to try again came.
        jdbc.sql("""
                update generation_job set waiting_since = :since, deferrals = 4, wait_reason = 'waiting_for_provider'
                where id = :id""")
                .param("since", GenerationJobRows.timestamp(Instant.now().minusSeconds(901))).param("id", id.value())
                .update();

        pipeline.run(id);

        Map<String, Object> row = row(id);
        assertThat(row).containsEntry("state", "FAILED").containsEntry("error_code", "provider_unavailable")
                .containsEntry("actual_cost", null);
        assertThat((String) row.get("error_message")).contains("900s (max_wait_seconds)");
        JsonNode tried = JSON.readTree((String) row.get("metadata")).get("providers_tried");
        assertThat(tried.get(0).get("attempts").asInt()).isEqualTo(3);
        assertThat(tried.get(1).get("attempts").asInt()).as("gemini's max_retries 1").isEqualTo(2);
    }

    @Test
    void withMaxWaitZeroAJobWhoseProvidersAreDownFailsAtOnceWithTheLastProvidersCode() throws IOException {
        stubEveryProviderDown();
        serviceExtra = ", \"max_wait_seconds\": 0";
        GenerationPipeline pipeline = pipeline("");
        JobId id = aQueuedJob("gpt_image_1", "cartoon_3d", "a hat");

        pipeline.run(id);

        assertThat(row(id)).containsEntry("state", "FAILED").containsEntry("error_code", "provider_unavailable");
        assertThat(waiting(id)).containsEntry("deferrals", 0).containsEntry("waiting_since", null);
    }

    @Test
    void aLongRetryAfterDefersTheJobWithoutHoldingASlotAndPausesTheProviderForEveryWorker() throws IOException {
        openAi.stubFor(post(urlEqualTo(EDITS)).willReturn(json(429,
                openAiError("rate_limit_exceeded", "Rate limit reached", "requests")).withHeader("retry-after", "30")));
        gemini.stubFor(post(urlEqualTo(GEMINI)).willReturn(json(429, """
                {"error": {"code": 429, "status": "RESOURCE_EXHAUSTED", "message": "You exceeded your current quota. \
                Please retry in 120.5s."}}""")));
        GenerationPipeline pipeline = pipeline("");
        JobId first = aQueuedJob("gpt_image_1", "cartoon_3d", "a hat");
        Instant before = Instant.now();

        pipeline.run(first);

        assertThat(openAiCalls()).as("a Retry-After longer than max-retry-after is not waited in the slot").isEqualTo(1);
        assertThat(geminiCalls()).isEqualTo(1);
        Map<String, Object> waiting = waiting(first);
        assertThat(waiting).containsEntry("state", "QUEUED").containsEntry("wait_reason", "waiting_for_provider");
        assertThat(instant(waiting, "not_before")).as("Gemini's retry delay, read from its answer")
                .isBetween(before.plusMillis(120_500), Instant.now().plusMillis(120_500));
        assertThat(pausedUntil("gpt_image_1")).isBetween(before.plusSeconds(30), Instant.now().plusSeconds(30));

        // Another worker's job: neither provider is called while they asked everyone to wait.
        JobId second = aQueuedJob("gpt_image_1", "cartoon_3d", "a scarf");
        pipeline("").run(second);

        assertThat(openAiCalls() + geminiCalls()).isEqualTo(2);
        assertThat(instant(waiting(second), "not_before")).as("until Gemini's pause ends")
                .isBetween(before.plusMillis(119_000), Instant.now().plusMillis(120_500));
    }

    private void stubEveryProviderDown() {
        stubOpenAi(500, openAiError(null, "Internal error", "server_error"));
        gemini.stubFor(post(urlEqualTo(GEMINI)).willReturn(json(503,
                "{\"error\": {\"code\": 503, \"message\": \"The model is overloaded.\", \"status\": \"UNAVAILABLE\"}}")));
    }

    private static Map<String, Object> waiting(JobId id) {
        return jdbc.sql("""
                select state, wait_reason, not_before, waiting_since, deferrals, worker_id, reserved_cost
                from generation_job where id = :id""")
                .param("id", id.value()).query().singleRow();
    }

    private static Instant instant(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value instanceof java.sql.Timestamp timestamp ? timestamp.toInstant()
                : ((java.time.OffsetDateTime) value).toInstant();
    }

    private static Instant pausedUntil(String provider) {
        return jdbc.sql("select paused_until from provider_pause where provider = :provider")
                .param("provider", provider).query(java.time.OffsetDateTime.class).single().toInstant();
    }

    @Test
    void aRateLimitedCallIsRetriedAndTheJobCompletesWithTwoAttempts() throws IOException {
        openAi.stubFor(post(urlEqualTo(EDITS)).inScenario("429").whenScenarioStateIs(STARTED)
                .willReturn(json(429, openAiError("rate_limit_exceeded", "Rate limit reached", "requests"))
                        .withHeader("retry-after", "0.02"))
                .willSetStateTo("ok"));
        openAi.stubFor(post(urlEqualTo(EDITS)).inScenario("429").whenScenarioStateIs("ok")
                .willReturn(json(200, openAiSuccess())));
        GenerationPipeline pipeline = pipeline("");
        JobId id = aQueuedJob("gpt_image_1", "cartoon_3d", "a hat");

        pipeline.run(id);

        Map<String, Object> row = row(id);
        assertThat(row).containsEntry("state", "COMPLETED").containsEntry("provider", "gpt_image_1");
        assertThat((java.math.BigDecimal) row.get("actual_cost")).isEqualByComparingTo("0.040680");
        assertThat(JSON.readTree((String) row.get("metadata")).get("providers_tried").get(0).get("attempts").asInt())
                .isEqualTo(2);
    }

    @Test
    void aRetiredModelFailsWithACodeTellingTheOperatorToChangeIt() throws IOException {
        stubOpenAi(404, openAiError("model_not_found", "The model `gpt-image-1` has been shut down.",
                "invalid_request_error"));
        GenerationPipeline pipeline = pipeline("");
        JobId id = aQueuedJob("gpt_image_1", "cartoon_3d", "a hat");

        pipeline.run(id);

        Map<String, Object> row = row(id);
        assertThat(row).containsEntry("state", "FAILED").containsEntry("error_code", "provider_model_unavailable");
        assertThat((String) row.get("error_message")).contains("provider_config.gpt_image_1.model");
        assertThat(openAiCalls()).isEqualTo(1);
        assertThat(geminiCalls()).isZero();
    }

    @Test
    void anyOtherClientErrorFailsTheJobWithTheProvidersMessage() throws IOException {
        stubOpenAi(400, openAiError("invalid_value", "Invalid image file or mode for image 1.",
                "invalid_request_error"));
        GenerationPipeline pipeline = pipeline("");
        JobId id = aQueuedJob("gpt_image_1", "cartoon_3d", "a hat");

        pipeline.run(id);

        Map<String, Object> row = row(id);
        assertThat(row).containsEntry("state", "FAILED").containsEntry("error_code", "provider_rejected_request");
        assertThat((String) row.get("error_message")).contains("Invalid image file or mode for image 1.");
        assertThat(openAiCalls()).isEqualTo(1);
    }

    private AvatarConfigHolder configHolder;
    /** More of service_config, for a test that changes it. */
    private String serviceExtra = "";
    private static TransactionTemplate transactions;
    private static DriverManagerDataSource dataSource;

    @Test
    void aCompletionWriteThatFailsThreeTimesCompletesTheJobOnceAndBillsItOnce() throws IOException {
        stubOpenAi(200, openAiSuccess());
        FlakyCompletions transitions = new FlakyCompletions(3);
        GenerationPipeline pipeline = pipeline("", transitions);
        LocalDate day = aBudgetDay();
        JobId id = aQueuedJob("gpt_image_1", "cartoon_3d", "a hat", day, new BigDecimal("0.10"));

        pipeline.run(id);

        assertThat(transitions.tries.get()).isEqualTo(4);
        assertThat(row(id)).containsEntry("state", "COMPLETED");
        assertThat(openAiCalls()).isEqualTo(1);
        assertThat(receipts(id)).singleElement().satisfies(receipt -> assertThat(receipt)
                .containsEntry("outcome", "SUCCEEDED").containsEntry("settlement", "COMPLETED"));
        BigDecimal cost = (BigDecimal) row(id).get("actual_cost");
        assertThat(cost).isPositive();
        assertThat(spent(day)).isEqualByComparingTo(cost).isEqualByComparingTo(receiptCosts(id));
        assertThat(images.get(new ImageRef((String) row(id).get("result_image_ref")))).isPresent();
    }

    @Test
    void aWorkerThatStopsAfterTheProviderAnsweredLeavesAReceiptItsJobIsCompletedFromWithoutASecondCall()
            throws IOException {
        stubOpenAi(200, openAiSuccess());
        FlakyCompletions transitions = new FlakyCompletions(Integer.MAX_VALUE);
        GenerationPipeline pipeline = pipeline("", transitions);
        LocalDate day = aBudgetDay();
        JobId id = aQueuedJob("gpt_image_1", "cartoon_3d", "a hat", day, new BigDecimal("0.10"));

        pipeline.run(id);

        // The worker gave up writing the completion (the database never came back for it): the job is not failed.
        assertThat(row(id)).containsEntry("state", "PROCESSING");
        ProviderCalls calls = new ProviderCalls(jdbc, transactions, dataSource);
        int attempt = transitions.find(id).orElseThrow().attempts();
        ProviderCalls.Receipt receipt = calls.unsettled(id, attempt).orElseThrow();
        // What the next owner (the sweeper, in another process, once the lease ran out) does with it:
        JobTransitions nextOwner = new JobTransitions(jdbc, transactions, dataSource,
                new OutboxWriter(jdbc, JSON, Clock.systemUTC(), () -> { }), event -> { });
        assertThat(nextOwner.completeFromReceipt(receipt, Instant.now())).isTrue();
        assertThat(nextOwner.completeFromReceipt(receipt, Instant.now())).isFalse();

        assertThat(row(id)).containsEntry("state", "COMPLETED").containsEntry("result_image_ref",
                receipt.resultImageRef());
        assertThat(openAiCalls()).isEqualTo(1);
        assertThat(images.get(new ImageRef(receipt.resultImageRef()))).isPresent();
        assertThat(spent(day)).isEqualByComparingTo(receipt.cost()).isEqualByComparingTo(receiptCosts(id));
        assertThat(receipts(id)).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("settlement", "COMPLETED"));
    }

    /** Transitions whose completion write fails on the database {@code failures} times, then works. */
    private static final class FlakyCompletions extends JobTransitions {

        private final int failures;
        private final java.util.concurrent.atomic.AtomicInteger tries = new java.util.concurrent.atomic.AtomicInteger();

        FlakyCompletions(int failures) {
            super(jdbc, transactions, dataSource, new OutboxWriter(jdbc, JSON, Clock.systemUTC(), () -> { }),
                    event -> { });
            this.failures = failures;
        }

        @Override
        public boolean complete(io.avatarforge.model.job.GenerationJob job, Completion completion) {
            if (tries.incrementAndGet() <= failures) {
                throw new org.springframework.jdbc.CannotGetJdbcConnectionException("the database is down");
            }
            return super.complete(job, completion);
        }
    }

    private static LocalDate aBudgetDay() {
        return LocalDate.of(2030, 1, 1).plusDays(java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000));
    }

    private static BigDecimal spent(LocalDate day) {
        return jdbc.sql("select spent from budget_usage where scope = 'global' and usage_day = :day")
                .param("day", day).query(BigDecimal.class).single();
    }

    private static List<Map<String, Object>> receipts(JobId id) {
        return jdbc.sql("select outcome, settlement, cost from provider_call where job_id = :id")
                .param("id", id.value()).query().listOfRows();
    }

    private static BigDecimal receiptCosts(JobId id) {
        return jdbc.sql("select coalesce(sum(cost), 0) from provider_call where job_id = :id")
                .param("id", id.value()).query(BigDecimal.class).single();
    }

    private GenerationPipeline pipeline(String extra) throws IOException {
        return pipeline(extra, new JobTransitions(jdbc, transactions, dataSource,
                new OutboxWriter(jdbc, JSON, Clock.systemUTC(), () -> { }), event -> { }));
    }

    @SuppressWarnings("unchecked")
    private GenerationPipeline pipeline(String extra, JobTransitions transitions) throws IOException {
        Path file = dir.resolve("config.json");
        Files.writeString(file, """
                {"service_config": {"default_provider": "gpt_image_1", "fallback_providers": ["gemini"]%s},
                 "provider_config": {
                   "gpt_image_1": {"api_key": "sk-test", "model": "gpt-image-2", "base_url": "%s/v1",
                                   "max_retries": 2, "timeout_seconds": 30,
                                   "quality_settings": {"medium": {"quality": "medium", "cost": 0.07}}},
                   "gemini": {"api_key": "gm-test", "model": "gemini-2.5-flash-image", "base_url": "%s",
                              "max_retries": 1, "timeout_seconds": 30}}%s}
                """.formatted(serviceExtra, openAi.baseUrl(), gemini.baseUrl(), extra.isBlank() ? "" : ", " + extra));
        configHolder = new AvatarConfigHolder(new ConfigLoader(Map.of()).load(file));
        caller = new ResilientProviderCaller(configHolder, new ResilienceProperties(Duration.ofMillis(10), 2.0,
                Duration.ofMillis(40), 0.5, Duration.ofSeconds(5), 2, 50f, 10, 5, Duration.ofMinutes(1),
                Duration.ofSeconds(5)), (key, perMinute, lease) -> { }, new ProviderPauses(jdbc, Clock.systemUTC()));
        images = new LocalDiskImageStore(dir.resolve("images"));
        return new GenerationPipeline(transitions, configHolder, new PromptBuilder(),
                new ProviderRoutes(new ProviderRegistry(List.of(openAiProvider, geminiProvider))),
                new InputImages(images, new ImagePreparation(20_000_000, 40_000_000, 1536)), caller,
                new JobOutcomes(transitions, new ProviderCalls(jdbc, transactions, dataSource),
                        new DurableWrites(WORKER), WORKER, images, JSON, Clock.systemUTC(),
                        new JobLog(new SimpleMeterRegistry())),
                Clock.systemUTC(), WORKER, new JobLog(new SimpleMeterRegistry()),
                new LeaseHeartbeat(transitions, Clock.systemUTC(), WORKER));
    }

    private JobId aQueuedJob(String provider, String style, String prompt) {
        return aQueuedJob(provider, style, prompt, null, BigDecimal.ZERO);
    }

    /** A queued job; with a {@code budgetDay}, reserving {@code reserved} on that day's global ledger row. */
    private JobId aQueuedJob(String provider, String style, String prompt, @org.jspecify.annotations.Nullable
            LocalDate budgetDay, BigDecimal reserved) {
        JobId id = JobId.random();
        if (budgetDay != null) {
            jdbc.sql("insert into budget_usage (scope, usage_day, reserved, generations) values ('global', :day, :r, 1)")
                    .param("day", budgetDay).param("r", reserved).update();
        }
        ImageRef input = ImageRef.input(id.value(), "image/jpeg");
        images.put(input, INPUT_JPEG);
        jdbc.sql("""
                insert into generation_job (id, state, style, quality, prompt, provider, input_image_ref, created_at,
                    dispatched_at, budget_day, reserved_cost)
                values (:id, 'QUEUED', :style, 'medium', :prompt, :provider, :input, :now, :now, :day, :reserved)
                """)
                .param("day", budgetDay)
                .param("reserved", reserved)
                .param("id", id.value())
                .param("style", style)
                .param("prompt", prompt)
                .param("provider", provider)
                .param("input", input.key())
                .param("now", GenerationJobRows.timestamp(Instant.now()))
                .update();
        return id;
    }

    private static Map<String, Object> row(JobId id) {
        return jdbc.sql("""
                select state, provider, model, actual_cost, discarded_cost, error_code, error_message, result_image_ref,
                    result_metadata::text as metadata
                from generation_job where id = :id
                """).param("id", id.value()).query().singleRow();
    }

    private static String part(String name) {
        for (Request.Part part : openAi.findAll(postRequestedFor(urlEqualTo(EDITS))).get(0).getParts()) {
            if (part.getName().equals(name)) {
                return part.getBody().asString();
            }
        }
        throw new AssertionError("no part " + name);
    }

    private static int openAiCalls() {
        return openAi.findAll(postRequestedFor(urlEqualTo(EDITS))).size();
    }

    private static int geminiCalls() {
        return gemini.findAll(postRequestedFor(urlMatching(".*:generateContent"))).size();
    }

    private static void stubOpenAi(int status, String body) {
        openAi.stubFor(post(urlEqualTo(EDITS)).willReturn(json(status, body)));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }
}
