package io.avatarforge.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.avatarforge.testkit.TestImages;
import io.avatarforge.worker.provider.GenerationCall;
import io.avatarforge.worker.provider.GenerationResult;
import io.avatarforge.worker.provider.ImageProvider;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The acceptance test for the budget: 500 concurrent requests through two gateway replicas on one PostgreSQL
 * database, against a daily budget that fits exactly {@value #FITS} reservations.
 */
class BudgetAcrossReplicasTest {

    private static final int FITS = 30;
    private static final int REQUESTS = 500;
    /** Estimate 0.10 plus the 25 % reservation margin. */
    private static final BigDecimal RESERVATION = new BigDecimal("0.125");
    private static final BigDecimal CAP = RESERVATION.multiply(BigDecimal.valueOf(FITS));
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ADMIN_KEY = "replica-test-admin-key-0123456789abcdef";

    private static TwoGatewayReplicas replicas;
    private static JdbcClient jdbc;

    /** Lets jobs finish only once every request has been answered, so no settlement frees budget mid-burst. */
    private static final CountDownLatch BURST_OVER = new CountDownLatch(1);

    /** Actual costs vary below and up to the reservation, like token-priced calls do. */
    static class PricedProvider implements ImageProvider {

        private final AtomicInteger calls = new AtomicInteger();

        @Override
        public String type() {
            return "priced";
        }

        @Override
        public GenerationResult generate(GenerationCall call) {
            try {
                BURST_OVER.await(60, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            BigDecimal cost = calls.incrementAndGet() % 2 == 0 ? new BigDecimal("0.061") : RESERVATION;
            return new GenerationResult(TestImages.encode(TestImages.face(64, 64), "png"), "image/png", "priced-1",
                    cost, Map.of());
        }
    }

    @BeforeAll
    static void twoReplicasOnOneDatabase() throws Exception {
        replicas = TwoGatewayReplicas.start("replicas", """
                {"service_config": {"default_provider": "priced", "max_concurrent_generations": 20,
                   "cost_limits": {"daily_budget": %s, "per_user_daily_limit": 1000, "reservation_margin": 0.25}},
                 "provider_config": {"priced": {"type": "priced", "model": "priced-1",
                   "quality_settings": {"medium": {"quality": "medium", "cost": 0.10}}}}}
                """.formatted(CAP.toPlainString()), 20, List.of(PricedProvider.class),
                "--avatar.gateway.security.bootstrap-admin-key=" + ADMIN_KEY,
                // 500 requests at once queue for 2 × 20 connections. The gateway's default 2 s connection wait (a
                // database outage answers 503 fast) would refuse part of the burst with 503 on a loaded CI machine;
                // this test is about the budget's atomicity across replicas, so it lets every request wait its turn.
                "--spring.datasource.hikari.connection-timeout=30000",
                // Likewise the 5 s statement timeout: 500 intakes queue on the global budget row's lock, and on a
                // saturated machine one waited longer than 5 s and was refused 503 (seen in CI).
                "--spring.jdbc.template.query-timeout=60s");
        jdbc = replicas.jdbc();
    }

    @AfterAll
    static void stop() {
        if (replicas != null) {
            replicas.close();
        }
    }

    @Test
    void fiveHundredConcurrentRequestsThroughTwoReplicasReserveExactlyWhatTheBudgetFits() throws Exception {
        List<String> baseUrls = replicas.baseUrls();
        String image = TestImages.jpegDataUri(48, 48);
        AtomicBoolean sampling = new AtomicBoolean(true);
        AtomicReference<BigDecimal> highest = new AtomicReference<>(BigDecimal.ZERO);
        Thread sampler = Thread.ofVirtual().start(() -> {
            while (sampling.get()) {
                highest.accumulateAndGet(committedToday(), BigDecimal::max);
            }
        });

        HttpClient http = HttpClient.newBuilder().executor(Executors.newVirtualThreadPerTaskExecutor()).build();
        // A backend's key, generating for the 500 users it names.
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(
                        URI.create(baseUrls.get(0) + "/api/v1/admin/api-keys"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + ADMIN_KEY)
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"name\": \"backend\", \"scopes\": [\"generate\", \"trusted_server\"]}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String backendKey = JSON.readTree(created.body()).get("key").asString();
        CountDownLatch go = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> responses = new ArrayList<>();
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < REQUESTS; i++) {
                String body = JSON.writeValueAsString(Map.of("prompt", "portrait " + i, "image", image,
                        "user_id", "user-" + i, "async", true));
                URI target = URI.create(baseUrls.get(i % 2) + "/api/v1/avatar/generate");
                responses.add(clients.submit(() -> {
                    go.await();
                    return http.send(HttpRequest.newBuilder(target).header("Content-Type", "application/json")
                            .header("Authorization", "Bearer " + backendKey)
                            .timeout(Duration.ofSeconds(60))
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                            HttpResponse.BodyHandlers.ofString());
                }));
            }
            go.countDown();
        }
        // Every response is in: the jobs may now finish and settle.
        BURST_OVER.countDown();

        int accepted = 0;
        for (Future<HttpResponse<String>> future : responses) {
            HttpResponse<String> response = future.get();
            if (response.statusCode() == 202) {
                accepted++;
            } else {
                assertThat(response.statusCode()).as(response.body()).isEqualTo(429);
                assertThat(JSON.readTree(response.body()).get("code").asString()).isEqualTo("daily_budget_exhausted");
                assertThat(response.headers().firstValue("Retry-After")).isPresent();
            }
        }
        assertThat(accepted).isEqualTo(FITS);

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                jdbc.sql("select count(*) from generation_job where state = 'COMPLETED'").query(Long.class).single()
                        == FITS);
        sampling.set(false);
        sampler.join();

        assertThat(highest.get()).as("spent + reserved at any moment").isLessThanOrEqualTo(CAP);
        BigDecimal sumOfActualCosts = jdbc.sql("select sum(actual_cost) from generation_job").query(BigDecimal.class)
                .single();
        Map<String, Object> global = jdbc.sql("select spent, reserved from budget_usage where scope = 'global'")
                .query().singleRow();
        assertThat((BigDecimal) global.get("spent")).isEqualByComparingTo(sumOfActualCosts).isLessThanOrEqualTo(CAP);
        assertThat((BigDecimal) global.get("reserved")).isEqualByComparingTo(BigDecimal.ZERO);
    }

    private static BigDecimal committedToday() {
        return jdbc.sql("select coalesce(sum(spent + reserved), 0) from budget_usage where scope = 'global'")
                .query(BigDecimal.class).single();
    }
}
