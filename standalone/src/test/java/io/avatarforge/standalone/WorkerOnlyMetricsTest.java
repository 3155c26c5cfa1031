package io.avatarforge.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.avatarforge.testkit.ApiClient;
import io.avatarforge.testkit.AvatarIntegrationTest;
import io.avatarforge.testkit.TestImages;
import io.avatarforge.testkit.TestInfrastructure;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * A worker-only process, as the worker image runs, serves the job metrics on its own {@code /actuator/prometheus}:
 * the job below is accepted by a gateway-only context and run by the worker-only one, whose scrape is read.
 */
@AvatarIntegrationTest(classes = StandaloneApplication.class, properties = "avatar.worker.enabled=false")
class WorkerOnlyMetricsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ApiClient api;

    @Autowired
    TestInfrastructure infrastructure;

    @Test
    void aWorkerOnlyProcessExportsTheJobMetricsOfTheJobsItRan() throws Exception {
        try (ConfigurableApplicationContext worker = new SpringApplicationBuilder(WebhooksAcrossTwoWorkersTest.WorkerOnly.class)
                .run(infrastructure.arguments("--server.port=0",
                        "--avatar.gateway.enabled=false",
                        "--avatar.standalone.embedded-broker=false",
                        "--spring.kafka.bootstrap-servers=" + infrastructure.kafkaBootstrapServers()))) {
            String jobId = JSON.readTree(api.post("/api/v1/avatar/generate", Map.of("prompt", "a portrait",
                    "image", TestImages.jpegDataUri(200, 200), "async", true)).body()).get("job_id").asString();
            await().atMost(Duration.ofSeconds(60)).until(() -> JSON.readTree(api.get("/api/v1/avatar/status/" + jobId)
                    .body()).path("status").asString("").equals("completed"));

            ApiClient workerApi = ApiClient.at("http://localhost:"
                    + worker.getEnvironment().getProperty("local.server.port"));
            var scrape = workerApi.get("/actuator/prometheus");
            assertThat(scrape.statusCode()).isEqualTo(200);
            Set<String> exported = scrape.body().lines().filter(line -> !line.startsWith("#") && !line.isBlank())
                    .map(line -> line.split("[{ ]", 2)[0]).collect(Collectors.toSet());
            assertThat(exported).contains("avatar_jobs_queue_wait_seconds_bucket",
                    "avatar_jobs_start_delay_seconds_bucket", "avatar_provider_latency_seconds_bucket",
                    "avatar_jobs_finished_total", "avatar_cost_dollars_total", "avatar_queue_depth",
                    "avatar_queue_oldest_age_seconds", "resilience4j_circuitbreaker_state",
                    "avatar_provider_call_seconds_count");
            // The scaling signal: the worker group's consumer lag, from Kafka's own client metrics (Spring Boot binds
            // them to the registry through the consumer factory the listener containers use).
            assertThat(scrape.body().lines().filter(line -> line.startsWith("kafka_consumer_fetch_manager_records_lag_max{")
                    && line.contains("client_id=\"consumer-avatar-workers"))).isNotEmpty();
            // Intake's own meters belong to the gateway process.
            assertThat(exported).doesNotContain("avatar_jobs_accepted_total");
        }
    }
}
