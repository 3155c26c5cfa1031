package io.avatarforge.gateway;

import static io.avatarforge.testkit.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import io.avatarforge.gateway.webhook.secrets.WebhookSignature;
import io.avatarforge.testkit.ApiClient;
import io.avatarforge.testkit.AvatarIntegrationTest;
import io.avatarforge.testkit.TestImages;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A gateway alone (no worker) finishes jobs too, by cancellation: the canceled job's event is due in the same
 * transaction and this gateway's dispatcher sends it, signed with the service secret (the caller had no key).
 * Private targets are allowed here, as in development, so the receiver can run on this machine.
 */
@AvatarIntegrationTest(classes = GatewayTestApplication.class,
        properties = {
            "avatar.gateway.security.allow-anonymous=true",
            "avatar.webhooks.allow-private-targets=true",
            "avatar.webhooks.service-secret=" + CanceledJobWebhookHttpTest.SERVICE_SECRET
        })
class CanceledJobWebhookHttpTest {

    static final String SERVICE_SECRET = "whsec_2OI2CqNXQmTTObL3nlGrixq7ixb1w+x5W7u5Sw7OtXE=";

    /** One request as the receiver saw it. */
    private record Request(String id, String timestamp, String signature, String body) {
    }

    private static final List<Request> RECEIVED = new CopyOnWriteArrayList<>();
    private static HttpServer receiver;

    @Autowired
    ApiClient api;

    @BeforeAll
    static void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            RECEIVED.add(new Request(exchange.getRequestHeaders().getFirst("webhook-id"),
                    exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                    exchange.getRequestHeaders().getFirst("webhook-signature"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.stop(0);
    }

    @Test
    void aCanceledJobsEventIsSentSignedWithTheServiceSecret() {
        String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
        String jobId = json(api.post("/api/v1/avatar/generate", Map.of("prompt", "a portrait", "image",
                TestImages.jpegDataUri(200, 200), "async", true, "webhook_url", url))).get("job_id").asString();

        assertThat(api.post("/api/v1/avatar/jobs/" + jobId + "/cancel", "").statusCode()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(20)).until(() -> !RECEIVED.isEmpty());
        Request request = RECEIVED.getFirst();
        assertThat(request.signature()).isEqualTo(WebhookSignature.sign(SERVICE_SECRET, request.id(),
                Long.parseLong(request.timestamp()), request.body()));
        JsonNode event = ApiClient.JSON.readTree(request.body());
        assertThat(event.get("type").asString()).isEqualTo("avatar.canceled");
        assertThat(event.get("data").get("avatar_id").asString()).isEqualTo(jobId);
        assertThat(event.get("data").get("status").asString()).isEqualTo("canceled");
        assertThat(event.get("data").get("error_code").asString()).isEqualTo("canceled");
        assertThat(event.get("data")).isEqualTo(json(api.get("/api/v1/avatar/status/" + jobId)));
        await().atMost(Duration.ofSeconds(10)).until(() -> "delivered".equals(
                json(api.get("/api/v1/avatar/jobs/" + jobId + "/deliveries")).get("state").asString()));
    }
}
