package io.avatarforge.standalone;

import static io.avatarforge.testkit.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.avatarforge.testkit.ApiClient;
import io.avatarforge.testkit.AvatarIntegrationTest;
import io.avatarforge.testkit.TestImages;
import io.avatarforge.testkit.TestInfrastructure;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import tools.jackson.databind.JsonNode;

/**
 * An event is durable: it is due from the moment its job finished, in the database, whoever sends it. Here the process
 * that runs the jobs has no dispatcher (as if its gateway died right after the worker finished), and the event reaches
 * the receiver once another gateway starts on the same database; that gateway then sends the next job's event as soon
 * as the completion topic reports it finished elsewhere, without waiting for a poll.
 */
@AvatarIntegrationTest(classes = StandaloneApplication.class,
        properties = {
            "avatar.webhooks.dispatcher-enabled=false",
            "avatar.webhooks.service-secret=" + WebhookDurabilityTest.SERVICE_SECRET
        })
class WebhookDurabilityTest {

    static final String SERVICE_SECRET = "whsec_2OI2CqNXQmTTObL3nlGrixq7ixb1w+x5W7u5Sw7OtXE=";

    @Autowired
    ApiClient api;

    @Autowired
    TestInfrastructure infrastructure;

    @Autowired
    Environment environment;

    @Test
    void anEventDueWhileNoGatewayDispatchesIsSentByTheNextGatewayThatStartsAndLaterOnesAtOnce() {
        try (NodeWebhookReceiver receiver = NodeWebhookReceiver.start(List.of(SERVICE_SECRET), 0, 200)) {
            String first = submit(receiver);
            await().atMost(Duration.ofSeconds(30)).until(() -> "pending".equals(deliveryState(api, first)));
            assertThat(receiver.received()).isEmpty();

            // A gateway that would poll only once an hour: after its first look, only the completion topic wakes it.
            try (ConfigurableApplicationContext gateway = new SpringApplicationBuilder(StandaloneApplication.class)
                    .run(infrastructure.arguments("--server.port=0", "--avatar.worker.enabled=false",
                            "--spring.kafka.bootstrap-servers=" + infrastructure.kafkaBootstrapServers(),
                            "--avatar.gateway.image-signing-key="
                                    + environment.getRequiredProperty("avatar.gateway.image-signing-key"),
                            "--avatar.webhooks.service-secret=" + SERVICE_SECRET,
                            "--avatar.webhooks.poll-interval=1h"))) {
                await().atMost(Duration.ofSeconds(30)).until(() -> receiver.received().size() == 1);
                MessageListenerContainer wakeUps = gateway.getBean(KafkaListenerEndpointRegistry.class)
                        .getListenerContainer("gateway-webhook-wake-ups");
                await().atMost(Duration.ofSeconds(30)).until(() -> wakeUps != null
                        && wakeUps.getAssignedPartitions() != null && !wakeUps.getAssignedPartitions().isEmpty());

                String second = submit(receiver);

                await().atMost(Duration.ofSeconds(30)).until(() -> receiver.received().size() == 2);
                assertThat(receiver.received()).extracting(r -> r.body().get("data").get("avatar_id").asString())
                        .containsExactly(first, second);
            }

            assertThat(receiver.received()).allSatisfy(event -> {
                assertThat(event.verifiedByEverySecret()).as(event.error()).isTrue();
                assertThat(event.type()).isEqualTo("avatar.completed");
            });
            assertThat(deliveryState(api, first)).isEqualTo("delivered");
        }
    }

    private String submit(NodeWebhookReceiver receiver) {
        return json(api.post("/api/v1/avatar/generate", Map.of("prompt", "a portrait", "image",
                TestImages.jpegDataUri(240, 240), "async", true, "webhook_url", receiver.url("/hook"))))
                .get("job_id").asString();
    }

    private static String deliveryState(ApiClient client, String jobId) {
        JsonNode deliveries = json(client.get("/api/v1/avatar/jobs/" + jobId + "/deliveries"));
        return deliveries.get("state").asString();
    }
}
