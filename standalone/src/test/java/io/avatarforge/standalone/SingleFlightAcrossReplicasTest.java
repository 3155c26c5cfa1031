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
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The result cache's single-flight on real PostgreSQL through two gateway replicas: ten identical requests sent at once,
 * half to each replica, while the first one's provider call is held open, cost exactly one provider call; the other
 * nine wait for it and complete with its result, cached and at no cost.
 */
class SingleFlightAcrossReplicasTest {

    private static final int REQUESTS = 10;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static TwoGatewayReplicas replicas;
    private static JdbcClient jdbc;

    /** Holds every provider call until all requests were answered, so all of them overlap the first one's call. */
    private static final CountDownLatch ALL_ANSWERED = new CountDownLatch(1);
    private static final AtomicInteger CALLS = new AtomicInteger();

    static class HeldProvider implements ImageProvider {

        @Override
        public String type() {
            return "held";
        }

        @Override
        public GenerationResult generate(GenerationCall call) {
            CALLS.incrementAndGet();
            try {
                ALL_ANSWERED.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new GenerationResult(TestImages.encode(TestImages.face(64, 64), "png"), "image/png", "held-1",
                    new BigDecimal("0.05"), Map.of());
        }
    }

    @BeforeAll
    static void twoReplicasOnOneDatabase() throws Exception {
        replicas = TwoGatewayReplicas.start("singleflight", """
                {"service_config": {"default_provider": "held", "enable_caching": true, "cache_ttl_hours": 24},
                 "provider_config": {"held": {"type": "held", "model": "held-1",
                   "quality_settings": {"medium": {"quality": "medium", "cost": 0.05}}}}}
                """, 8, List.of(HeldProvider.class), "--avatar.gateway.security.allow-anonymous=true");
        jdbc = replicas.jdbc();
    }

    @AfterAll
    static void stop() {
        ALL_ANSWERED.countDown();
        if (replicas != null) {
            replicas.close();
        }
    }

    @Test
    void tenConcurrentIdenticalRequestsThroughTwoReplicasCostOneProviderCall() throws Exception {
        List<String> baseUrls = replicas.baseUrls();
        String body = JSON.writeValueAsString(Map.of("prompt", "one call for all", "async", true,
                "image", TestImages.jpegDataUri(96, 96)));
        HttpClient http = HttpClient.newBuilder().executor(Executors.newVirtualThreadPerTaskExecutor()).build();
        CountDownLatch go = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> responses = new ArrayList<>();
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < REQUESTS; i++) {
                URI target = URI.create(baseUrls.get(i % 2) + "/api/v1/avatar/generate");
                responses.add(clients.submit(() -> {
                    go.await();
                    return http.send(HttpRequest.newBuilder(target).header("Content-Type", "application/json")
                            .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                            HttpResponse.BodyHandlers.ofString());
                }));
            }
            go.countDown();
        }
        List<UUID> jobs = new ArrayList<>();
        for (Future<HttpResponse<String>> future : responses) {
            HttpResponse<String> response = future.get();
            assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
            jobs.add(UUID.fromString(JSON.readTree(response.body()).get("job_id").asString()));
        }
        ALL_ANSWERED.countDown();

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() ->
                jdbc.sql("select count(*) from generation_job where state = 'COMPLETED'").query(Long.class).single()
                        == REQUESTS);

        assertThat(CALLS.get()).as("provider calls").isEqualTo(1);
        List<Map<String, Object>> rows = jdbc.sql("""
                select id, actual_cost, cache_source_id, result_image_ref from generation_job order by created_at
                """).query().listOfRows();
        assertThat(rows).extracting(row -> (UUID) row.get("id")).containsExactlyInAnyOrderElementsOf(jobs);
        List<Map<String, Object>> leaders = rows.stream().filter(row -> row.get("cache_source_id") == null).toList();
        assertThat(leaders).as("one job called the provider").hasSize(1);
        Object leader = leaders.getFirst().get("id");
        assertThat(rows).filteredOn(row -> row.get("cache_source_id") != null).hasSize(REQUESTS - 1)
                .allSatisfy(row -> {
                    assertThat(row.get("cache_source_id")).isEqualTo(leader);
                    assertThat((BigDecimal) row.get("actual_cost")).isEqualByComparingTo("0");
                    assertThat(row.get("result_image_ref")).isEqualTo(leaders.getFirst().get("result_image_ref"));
                });
        assertThat((BigDecimal) leaders.getFirst().get("actual_cost")).isEqualByComparingTo("0.05");
        Map<String, Object> global = jdbc.sql("select spent, reserved from budget_usage where scope = 'global'")
                .query().singleRow();
        assertThat((BigDecimal) global.get("spent")).as("one call paid").isEqualByComparingTo("0.05");
        assertThat((BigDecimal) global.get("reserved")).isEqualByComparingTo("0");
    }
}
