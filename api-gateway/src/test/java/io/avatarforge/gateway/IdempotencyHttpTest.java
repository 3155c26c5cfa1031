package io.avatarforge.gateway;

import static io.avatarforge.testkit.ApiAssertions.assertProblem;
import static io.avatarforge.testkit.ApiClient.JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.avatarforge.model.job.GenerationJob;
import io.avatarforge.model.job.JobId;
import io.avatarforge.platform.job.JobTransitions;
import io.avatarforge.testkit.ApiClient;
import io.avatarforge.testkit.AvatarIntegrationTest;
import io.avatarforge.testkit.TestConfigFile;
import io.avatarforge.testkit.TestImages;
import io.avatarforge.testkit.TestInfrastructure;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code Idempotency-Key} on {@code POST /api/v1/avatar/generate} over real HTTP and PostgreSQL, the gateway alone: no
 * worker runs, so jobs stay queued and a synchronous request stays in flight until its timeout.
 */
@AvatarIntegrationTest(classes = GatewayTestApplication.class,
        properties = {
            "avatar.gateway.security.bootstrap-admin-key=" + IdempotencyHttpTest.ADMIN_KEY,
            "avatar.gateway.idempotency.cleanup-interval=200ms"
        })
@TestConfigFile("""
        {"service_config": {"default_timeout_seconds": 5, "cost_limits": {"per_user_daily_limit": 2}}}
        """)
class IdempotencyHttpTest {

    static final String ADMIN_KEY = "idempotency-admin-key-0123456789abcdef";
    private static final String GENERATE = "/api/v1/avatar/generate";
    private static final String IMAGE = TestImages.jpegDataUri(64, 64);

    @Autowired
    ApiClient api;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JobTransitions transitions;

    @Autowired
    TestInfrastructure infrastructure;

    private final ExecutorService background = Executors.newVirtualThreadPerTaskExecutor();

    /** A caller with an API key of its own, bound to a user of its own: its jobs, reservations and keys are its. */
    private record Client(ApiClient api, String userId, String apiKey) {

        /** The same caller, through another replica. */
        Client through(ApiClient replica) {
            return new Client(replica.withKey(apiKey), userId, apiKey);
        }

        HttpResponse<String> generate(Object body, String idempotencyKey) {
            return api.post(GENERATE, body, "Idempotency-Key", idempotencyKey);
        }
    }

    @Test
    void aRetryWithTheSameKeyGetsTheFirstAnswerAgainWithoutASecondJobOrReservation() {
        Client client = aClient();
        String key = aKey();

        HttpResponse<String> first = client.generate(anAsyncRequest("a first portrait"), key);
        // The same JSON, spelled differently: other order, other spacing.
        HttpResponse<String> retry = client.generate("""
                { "async" : true, "image" : "%s",
                  "prompt" : "a first portrait" }""".formatted(IMAGE), key);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(202);
        assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(retry.statusCode()).as(retry.body()).isEqualTo(202);
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.headers().firstValue("Location")).isPresent().isEqualTo(first.headers().firstValue("Location"));
        assertThat(retry.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(jobsOf(client)).isEqualTo(1);
        assertThat(generationsCounted(client)).isEqualTo(1);
    }

    @Test
    void theHeaderIsInTheApiDocument() {
        assertThat(ApiClient.json(api.get("/v3/api-docs")).at("/paths/~1api~1v1~1avatar~1generate/post/parameters"))
                .anySatisfy(parameter -> {
                    assertThat(parameter.get("name").asString()).isEqualTo("Idempotency-Key");
                    assertThat(parameter.get("in").asString()).isEqualTo("header");
                });
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefused() {
        Client client = aClient();
        String key = aKey();
        assertThat(client.generate(anAsyncRequest("a portrait"), key).statusCode()).isEqualTo(202);

        HttpResponse<String> reused = client.generate(anAsyncRequest("another portrait"), key);

        assertProblem(reused, 422, "idempotency_key_reused");
        assertThat(jobsOf(client)).isEqualTo(1);
    }

    @Test
    void whileTheFirstRequestIsInFlightTheKeyIsInUseAndAfterwardsItsAnswerIsReplayed() throws Exception {
        Client client = aClient();
        String key = aKey();
        Map<String, Object> sync = Map.of("prompt", "a slow portrait", "image", IMAGE);
        Future<HttpResponse<String>> first = inFlight(client, sync, key);

        HttpResponse<String> meanwhile = client.generate(sync, key);

        assertProblem(meanwhile, 409, "idempotency_key_in_use");
        assertThat(meanwhile.headers().firstValue("Retry-After")).hasValue("1");
        HttpResponse<String> timedOut = first.get();
        assertThat(timedOut.statusCode()).as("a sync request not done in time").isEqualTo(202);
        HttpResponse<String> retry = client.generate(sync, key);
        assertThat(retry.statusCode()).isEqualTo(202);
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(retry.body()).isEqualTo(timedOut.body());
        assertThat(jobsOf(client)).isEqualTo(1);
    }

    @Test
    void aRefusalForTheMomentIsNotRecordedSoTheSameKeyCanBeRetried() {
        Client client = aClient();
        String firstJob = jobId(client.api().post(GENERATE, anAsyncRequest("one")));
        client.api().post(GENERATE, anAsyncRequest("two"));
        String key = aKey();

        assertProblem(client.generate(anAsyncRequest("three"), key), 429, "user_daily_limit_reached");
        assertThat(keyRows(key)).as("a 429 leaves the key free").isZero();
        assertThat(client.api().post("/api/v1/avatar/jobs/" + firstJob + "/cancel", "").statusCode()).isEqualTo(200);

        HttpResponse<String> retried = client.generate(anAsyncRequest("three"), key);
        HttpResponse<String> replayed = client.generate(anAsyncRequest("three"), key);

        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(202);
        assertThat(retried.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(replayed.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(jobId(replayed)).isEqualTo(jobId(retried));
    }

    @Test
    void aRefusalOfTheRequestItselfIsReplayed() {
        Client client = aClient();
        String key = aKey();
        Map<String, Object> unknownStyle = Map.of("prompt", "x", "image", IMAGE, "style_config", "baroque");

        HttpResponse<String> first = client.generate(unknownStyle, key);
        HttpResponse<String> retry = client.generate(unknownStyle, key);

        assertProblem(first, 400, "unknown_style");
        assertProblem(retry, 400, "unknown_style");
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(retry.body()).isEqualTo(first.body());
    }

    @ParameterizedTest(name = "{0} -> {1}, recorded: {2}")
    @CsvSource({"content_policy_violation, 422, true", "provider_unavailable, 503, false"})
    void aSyncRequestWhoseJobFailedIsReplayedOnlyWhenTheRequestWasAtFault(String errorCode, int status,
            boolean recorded) throws Exception {
        Client client = aClient();
        String key = aKey();
        Map<String, Object> sync = Map.of("prompt", "a portrait that fails", "image", IMAGE);
        Future<HttpResponse<String>> first = background.submit(() -> client.generate(sync, key));

        failTheJobOf(client, errorCode);

        assertProblem(first.get(), status, errorCode);
        assertThat(keyRows(key)).isEqualTo(recorded ? 1 : 0);
        if (recorded) {
            HttpResponse<String> retry = client.generate(sync, key);
            assertProblem(retry, status, errorCode);
            assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        } else {
            Future<HttpResponse<String>> retry = background.submit(() -> client.generate(sync, key));
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThat(jobsOf(client)).as("the retry ran again").isEqualTo(2));
            assertThat(retry.get().statusCode()).isEqualTo(202);
        }
    }

    @Test
    void twoCallersMayUseTheSameKeyIndependently() {
        String key = aKey();
        Client one = aClient();
        Client other = aClient();

        HttpResponse<String> ofOne = one.generate(anAsyncRequest("the same request"), key);
        HttpResponse<String> ofOther = other.generate(anAsyncRequest("the same request"), key);

        assertThat(ofOne.statusCode()).isEqualTo(202);
        assertThat(ofOther.statusCode()).isEqualTo(202);
        assertThat(ofOther.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(jobId(ofOther)).isNotEqualTo(jobId(ofOne));
    }

    static List<String> invalidKeys() {
        // java.net.http sends no header values beyond ASCII; a tab stands for what is not printable.
        return List.of("", "with\ttab", "x".repeat(256));
    }

    @ParameterizedTest
    @MethodSource("invalidKeys")
    void aKeyThatIsNotOneTo255PrintableAsciiCharactersIsRefused(String key) {
        HttpResponse<String> refused = aClient().generate(anAsyncRequest("x"), key);

        assertProblem(refused, 400, "invalid_field");
        assertThat(ApiClient.json(refused).get("detail").asString()).contains("Idempotency-Key");
    }

    @Test
    void aKeySentTwiceIsRefused() {
        HttpResponse<String> refused = aClient().api().post(GENERATE, anAsyncRequest("x"), "Idempotency-Key", "a",
                "Idempotency-Key", "b");

        assertProblem(refused, 400, "invalid_field");
    }

    @Test
    void anExpiredKeyIsCleanedUpAndCanBeUsedAgain() {
        Client client = aClient();
        String key = aKey();
        String first = jobId(client.generate(anAsyncRequest("yesterday's portrait"), key));
        String fresh = aKey();
        aClient().generate(anAsyncRequest("today's portrait"), fresh);

        jdbc.sql("update idempotency_key set created_at = :created where client_key = :key")
                .param("created", Instant.now().minus(Duration.ofHours(25)).atOffset(java.time.ZoneOffset.UTC))
                .param("key", key).update();

        await().atMost(Duration.ofSeconds(10)).until(() -> keyRows(key) == 0);
        assertThat(keyRows(fresh)).isEqualTo(1);
        HttpResponse<String> again = client.generate(anAsyncRequest("another portrait"), key);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(202);
        assertThat(jobId(again)).isNotEqualTo(first);
    }

    @Test
    void aKeyWhoseRequestWasAbandonedIsTakenOverOnceItsLockRunsOut() throws Exception {
        Client client = aClient();
        String key = aKey();
        Map<String, Object> sync = Map.of("prompt", "a portrait whose gateway died", "image", IMAGE);
        Future<HttpResponse<String>> abandoned = inFlight(client, sync, key);
        // As if its gateway had died: the lock ran out long ago.
        jdbc.sql("update idempotency_key set locked_until = created_at where client_key = :key").param("key", key)
                .update();

        Future<HttpResponse<String>> takeOver = background.submit(() -> client.generate(sync, key));

        HttpResponse<String> answer = takeOver.get();
        assertThat(answer.statusCode()).isEqualTo(202);
        assertThat(answer.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(abandoned.get().statusCode()).isEqualTo(202);
        HttpResponse<String> retry = client.generate(sync, key);
        assertThat(jobId(retry)).as("the answer kept is the one that took over").isEqualTo(jobId(answer));
    }

    /**
     * The acceptance test: the same key sent at once through two gateway replicas on one PostgreSQL database
     * makes one job and one reservation; every answer is that job's (the original or a replay) or "in use".
     */
    @Test
    void theSameKeySentAtOnceThroughTwoReplicasMakesExactlyOneJob() throws Exception {
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(GatewayTestApplication.class)
                .run(infrastructure.arguments("--server.port=0",
                        "--spring.kafka.bootstrap-servers=" + infrastructure.kafkaBootstrapServers(),
                        "--avatar.gateway.image-signing-key=test-signing-key-0123456789abcdef0123456789",
                        "--avatar.gateway.topic-partitions=2"))) {
            ApiClient secondReplica = ApiClient.at("http://localhost:"
                    + second.getEnvironment().getRequiredProperty("local.server.port"));
            for (int round = 0; round < 5; round++) {
                Client client = aClient();
                List<Client> replicas = List.of(client, client.through(secondReplica));
                String key = aKey();
                Object request = anAsyncRequest("round " + round);

                List<HttpResponse<String>> burst = sendAtOnce(replicas, request, key, 16);

                List<HttpResponse<String>> accepted = burst.stream().filter(a -> a.statusCode() == 202).toList();
                assertThat(burst).allSatisfy(answer -> {
                    if (answer.statusCode() != 202) {
                        assertProblem(answer, 409, "idempotency_key_in_use");
                    }
                });
                assertThat(accepted).filteredOn(a -> a.headers().firstValue("Idempotent-Replayed").isEmpty())
                        .as("the one original answer").hasSize(1);
                String job = jobId(accepted.getFirst());
                assertThat(accepted).extracting(IdempotencyHttpTest::jobId).containsOnly(job);
                // The clients told "in use" retry, again at once and through both replicas: all get the job.
                assertThat(sendAtOnce(replicas, request, key, 16)).allSatisfy(answer -> {
                    assertThat(jobId(answer)).isEqualTo(job);
                    assertThat(answer.headers().firstValue("Idempotent-Replayed")).hasValue("true");
                });
                assertThat(jobsOf(client)).isEqualTo(1);
                assertThat(generationsCounted(client)).isEqualTo(1);
            }
        }
    }

    private List<HttpResponse<String>> sendAtOnce(List<Client> replicas, Object body, String key, int requests)
            throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> sent = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            Client through = replicas.get(i % replicas.size());
            sent.add(background.submit(() -> {
                go.await();
                return through.generate(body, key);
            }));
        }
        go.countDown();
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (Future<HttpResponse<String>> answer : sent) {
            answers.add(answer.get());
        }
        return answers;
    }

    private void failTheJobOf(Client client, String errorCode) {
        JobId id = await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                        "select id from generation_job where user_id = :user").param("user", client.userId())
                .query((rs, n) -> new JobId(rs.getObject(1, UUID.class))).optional(), java.util.Optional::isPresent)
                .orElseThrow();
        GenerationJob claimed = transitions.claim(id, "test-worker", Instant.now(), Duration.ofMinutes(1))
                .orElseThrow();
        assertThat(transitions.fail(claimed, new JobTransitions.Failure(errorCode, "failed on purpose", Instant.now(),
                null))).isTrue();
    }

    /**
     * Sends a synchronous request in the background and returns once its key is in flight. No worker runs here: its
     * job stays queued, so it stays in flight until its timeout.
     */
    private Future<HttpResponse<String>> inFlight(Client client, Map<String, Object> syncRequest, String key) {
        Future<HttpResponse<String>> answer = background.submit(() -> client.generate(syncRequest, key));
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20)).until(() -> jdbc.sql(
                "select count(*) from idempotency_key where client_key = :key and state = 'in_flight'")
                .param("key", key).query(Long.class).single() == 1);
        return answer;
    }

    private Client aClient() {
        String user = "user-" + UUID.randomUUID();
        HttpResponse<String> created = api.withKey(ADMIN_KEY).post("/api/v1/admin/api-keys",
                Map.of("name", user, "scopes", List.of("generate"), "user_id", user));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String key = ApiClient.json(created).get("key").asString();
        return new Client(api.withKey(key), user, key);
    }

    private static String aKey() {
        return "retry-" + UUID.randomUUID();
    }

    private static Map<String, Object> anAsyncRequest(String prompt) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("prompt", prompt);
        request.put("image", IMAGE);
        request.put("async", true);
        return request;
    }

    private static String jobId(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return JSON.readTree(response.body()).get("job_id").asString();
    }

    private long jobsOf(Client client) {
        return jdbc.sql("select count(*) from generation_job where user_id = :user").param("user", client.userId())
                .query(Long.class).single();
    }

    private long generationsCounted(Client client) {
        return jdbc.sql("select coalesce(sum(generations), 0) from budget_usage where scope = :scope")
                .param("scope", "user:" + client.userId()).query(Long.class).single();
    }

    private long keyRows(String key) {
        return jdbc.sql("select count(*) from idempotency_key where client_key = :key").param("key", key)
                .query(Long.class).single();
    }
}
