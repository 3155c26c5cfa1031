package io.avatarforge.worker;

import static io.avatarforge.testkit.TestJobs.aQueuedJob;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.avatarforge.model.event.Topics;
import io.avatarforge.model.job.JobId;
import io.avatarforge.model.storage.ImageStore;
import io.avatarforge.testkit.ApiClient;
import io.avatarforge.testkit.AvatarIntegrationTest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * A worker-only process exports its job metrics for Prometheus at {@code /actuator/prometheus}: after it ran one job,
 * the queue wait and provider latency histograms, the outcome and cost counters, the queue gauges and the provider's
 * circuit state are in the scrape.
 */
@AvatarIntegrationTest(classes = WorkerApplication.class)
class WorkerMetricsHttpTest {

    @Autowired
    ApiClient api;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImageStore images;

    @Test
    void aWorkerOnlyProcessServesItsJobMetricsToPrometheus() {
        JobId job = aQueuedJob().insert(jdbc, images);
        kafka.send(Topics.GENERATION_REQUESTED, job.toString(), "{\"job_id\":\"" + job + "\"}");
        await().atMost(Duration.ofSeconds(30)).until(() -> "COMPLETED".equals(jdbc.sql(
                "select state from generation_job where id = :id").param("id", job.value()).query(String.class)
                .single()));

        HttpResponse<String> scrape = api.get("/actuator/prometheus");

        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body())
                .containsPattern("(?m)^avatar_jobs_finished_total\\{[^}]*outcome=\"completed\"[^}]*} 1\\.0$")
                .containsPattern("(?m)^avatar_jobs_queue_wait_seconds_bucket\\{")
                .containsPattern("(?m)^avatar_provider_latency_seconds_bucket\\{[^}]*outcome=\"success\"")
                .containsPattern("(?m)^avatar_cost_dollars_total\\{")
                .containsPattern("(?m)^avatar_queue_depth\\{")
                .containsPattern("(?m)^avatar_queue_oldest_age_seconds\\{")
                .containsPattern("(?m)^resilience4j_circuitbreaker_state\\{[^}]*state=\"closed\"")
                .containsPattern("(?m)^avatar_generation_dead_letters_total");
    }
}
