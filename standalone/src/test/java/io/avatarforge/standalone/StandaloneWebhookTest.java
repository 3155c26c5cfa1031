package io.avatarforge.standalone;

import static io.avatarforge.testkit.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.avatarforge.testkit.ApiClient;
import io.avatarforge.testkit.TestImages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Webhooks as a developer meets them on a laptop: the standalone jar on its H2 file database with its development
 * defaults, a receiver on this machine over plain http, and the service secret it generated into the data directory,
 * which the receiver verifies with the official library. The receiver is down for the first attempt, so the retry
 * path runs on H2 too.
 */
class StandaloneWebhookTest {

    @Test
    void aReceiverOnThisMachineGetsTheEventSignedWithTheGeneratedDevelopmentSecret() throws Exception {
        Path dataDir = Files.createTempDirectory("avatar-webhooks");
        try (ConfigurableApplicationContext app = StandaloneApplication.start("--server.port=0",
                "--avatar.data-dir=" + dataDir, "--avatar.config-path=" + dataDir.resolve("no-config-here.json"),
                "--avatar.webhooks.retry-schedule=300ms")) {
            ApiClient api = ApiClient.at("http://localhost:" + app.getEnvironment().getProperty("local.server.port"));
            String secret = Files.readString(dataDir.resolve("dev-webhook.secret")).strip();
            try (NodeWebhookReceiver receiver = NodeWebhookReceiver.start(List.of(secret), 1, 200)) {
                String jobId = json(api.post("/api/v1/avatar/generate", Map.of("prompt", "a portrait", "image",
                        TestImages.jpegDataUri(240, 240), "async", true, "webhook_url", receiver.url("/hook"))))
                        .get("job_id").asString();

                await().atMost(Duration.ofSeconds(60)).until(() -> receiver.received().size() >= 2);

                NodeWebhookReceiver.Received event = receiver.received().get(1);
                assertThat(event.verifiedByEverySecret()).as(event.error()).isTrue();
                assertThat(event.type()).isEqualTo("avatar.completed");
                assertThat(event.webhookId()).isEqualTo(receiver.received().getFirst().webhookId());
                assertThat(event.body().get("data").get("avatar_id").asString()).isEqualTo(jobId);
                JsonNode deliveries = await().atMost(Duration.ofSeconds(10)).until(
                        () -> json(api.get("/api/v1/avatar/jobs/" + jobId + "/deliveries")),
                        d -> "delivered".equals(d.get("state").asString()));
                assertThat(deliveries.get("attempts")).hasSize(2);
            }
        }
    }
}
