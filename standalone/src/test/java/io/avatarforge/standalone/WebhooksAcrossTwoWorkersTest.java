package io.avatarforge.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.avatarforge.testkit.ApiClient;
import io.avatarforge.testkit.AvatarIntegrationTest;
import io.avatarforge.testkit.TestImages;
import io.avatarforge.testkit.TestInfrastructure;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Whichever worker finishes a job, its event is due in the database the moment the job finished, and a gateway sends
 * it: jobs spread over two workers (this process's and a worker-only process, one partition each) all reach a receiver
 * that verifies them with the official {@code standardwebhooks} library.
 */
@AvatarIntegrationTest(classes = StandaloneApplication.class,
        properties = "avatar.webhooks.service-secret=" + WebhooksAcrossTwoWorkersTest.SERVICE_SECRET)
class WebhooksAcrossTwoWorkersTest {

    static final String SERVICE_SECRET = "whsec_2OI2CqNXQmTTObL3nlGrixq7ixb1w+x5W7u5Sw7OtXE=";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int JOBS = 16;

    @Autowired
    ApiClient api;

    @Autowired
    TestInfrastructure infrastructure;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    KafkaListenerEndpointRegistry registry;

    /** A worker role alone, as the production worker runs: no gateway, no web server. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class WorkerOnly {
    }

    @Test
    void everyTerminalEventOfJobsRunByTwoWorkersReachesTheReceiverVerified() {
        try (NodeWebhookReceiver receiver = NodeWebhookReceiver.start(List.of(SERVICE_SECRET), 0, 200);
                ConfigurableApplicationContext secondWorker = new SpringApplicationBuilder(WorkerOnly.class)
                        .run(infrastructure.arguments("--spring.main.web-application-type=none",
                                "--avatar.gateway.enabled=false",
                                "--avatar.standalone.embedded-broker=false",
                                "--spring.kafka.bootstrap-servers=" + infrastructure.kafkaBootstrapServers()))) {
            MessageListenerContainer first = registry.getListenerContainer("generation-requests");
            MessageListenerContainer second = secondWorker.getBean(KafkaListenerEndpointRegistry.class)
                    .getListenerContainer("generation-requests");
            // Each worker holds one of the topic's two partitions before any job is sent.
            await().atMost(Duration.ofSeconds(60)).until(() -> assigned(first) == 1 && assigned(second) == 1);

            List<String> jobs = new ArrayList<>();
            for (int i = 0; i < JOBS; i++) {
                jobs.add(JSON.readTree(api.post("/api/v1/avatar/generate", Map.of("prompt", "a portrait " + i,
                        "image", TestImages.jpegDataUri(200, 200), "async", true,
                        "webhook_url", receiver.url("/hook"))).body()).get("job_id").asString());
            }

            await().atMost(Duration.ofSeconds(120)).until(() -> receiver.received().size() >= JOBS);
            assertThat(receiver.received()).allSatisfy(event -> {
                assertThat(event.verifiedByEverySecret()).as(event.error()).isTrue();
                assertThat(event.type()).isEqualTo("avatar.completed");
            });
            assertThat(receiver.received()).extracting(event -> event.body().get("data").get("avatar_id").asString())
                    .containsExactlyInAnyOrderElementsOf(jobs);
            assertThat(jdbc.sql("select count(distinct worker_id) from generation_job").query(Integer.class).single())
                    .as("both workers ran jobs").isEqualTo(2);
        }
    }

    private static int assigned(MessageListenerContainer container) {
        return container == null || container.getAssignedPartitions() == null ? 0
                : container.getAssignedPartitions().size();
    }
}
