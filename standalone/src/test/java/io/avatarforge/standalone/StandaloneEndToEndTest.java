package io.avatarforge.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.avatarforge.testkit.ApiClient;
import io.avatarforge.testkit.TestImages;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The product as a newcomer runs it: the standalone app (H2 file database, in-process broker, local storage, offline
 * stylizer) on a random port, driven only over HTTP, then restarted on the same data directory.
 */
class StandaloneEndToEndTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final BufferedImage PORTRAIT = TestImages.face(640, 640);

    @Test
    void aPortraitBecomesAStylizedAvatarAndBothSurviveARestart() throws Exception {
        Path dataDir = Files.createTempDirectory("avatar-e2e");
        String asyncJob;
        try (ConfigurableApplicationContext app = start(dataDir)) {
            String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");

            HttpResponse<String> accepted = post(base, Map.of("prompt", "a friendly software developer",
                    "image", dataUri(), "style_config", "cartoon_3d", "quality", "low", "async", true));
            assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
            JsonNode acceptedBody = JSON.readTree(accepted.body());
            asyncJob = acceptedBody.get("job_id").asString();
            assertThat(accepted.headers().firstValue("Location")).hasValue(base + acceptedBody.get("status_url").asString());

            JsonNode completed = awaitCompletion(base, asyncJob);
            assertThat(completed.get("progress_percent").asInt()).isEqualTo(100);
            assertThat(completed.get("provider").asString()).isEqualTo("local");
            assertIsAStylizedAvatar(download(completed.get("image_url").asString()));

            HttpResponse<String> sync = post(base, Map.of("prompt", "sketch me", "image", dataUri(),
                    "style_config", "professional"));
            assertThat(sync.statusCode()).as(sync.body()).isEqualTo(200);
            JsonNode syncBody = JSON.readTree(sync.body());
            assertThat(syncBody.get("status").asString()).isEqualTo("success");
            assertThat(syncBody.get("quality_used").asString()).isEqualTo("medium");
            assertThat(syncBody.get("metadata").get("provider").asString()).isEqualTo("local");
            assertThat(syncBody.get("image_url").asString()).startsWith(base + "/api/v1/avatar/images/");
            assertIsAStylizedAvatar(download(syncBody.get("image_url").asString()));
        }

        try (ConfigurableApplicationContext restarted = start(dataDir)) {
            String base = "http://localhost:" + restarted.getEnvironment().getProperty("local.server.port");
            HttpResponse<String> status = ApiClient.at(base).get("/api/v1/avatar/status/" + asyncJob);
            assertThat(status.statusCode()).isEqualTo(200);
            JsonNode body = JSON.readTree(status.body());
            assertThat(body.get("status").asString()).isEqualTo("completed");
            assertIsAStylizedAvatar(download(body.get("image_url").asString()));
        }
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        return StandaloneApplication.start("--server.port=0", "--avatar.data-dir=" + dataDir,
                "--avatar.config-path=" + dataDir.resolve("no-config-here.json"));
    }

    private static JsonNode awaitCompletion(String base, String jobId) {
        JsonNode[] last = new JsonNode[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            HttpResponse<String> response = ApiClient.at(base).get("/api/v1/avatar/status/" + jobId);
            last[0] = JSON.readTree(response.body());
            assertThat(last[0].get("status").asString()).as(response.body()).isNotEqualTo("failed");
            return "completed".equals(last[0].get("status").asString());
        });
        return last[0];
    }

    private static void assertIsAStylizedAvatar(BufferedImage avatar) {
        assertThat(avatar.getWidth()).isEqualTo(1024);
        assertThat(avatar.getHeight()).isEqualTo(1024);
        // The input scaled to the same size, compared pixel by pixel: a stylized result differs clearly.
        BufferedImage scaledInput = new BufferedImage(1024, 1024, BufferedImage.TYPE_INT_RGB);
        scaledInput.createGraphics().drawImage(PORTRAIT, 0, 0, 1024, 1024, null);
        long difference = 0;
        for (int y = 0; y < 1024; y += 4) {
            for (int x = 0; x < 1024; x += 4) {
                int a = avatar.getRGB(x, y);
                int b = scaledInput.getRGB(x, y);
                difference += Math.abs(((a >> 16) & 0xff) - ((b >> 16) & 0xff))
                        + Math.abs(((a >> 8) & 0xff) - ((b >> 8) & 0xff)) + Math.abs((a & 0xff) - (b & 0xff));
            }
        }
        double meanPerChannel = difference / (256.0 * 256.0 * 3.0);
        assertThat(meanPerChannel).as("mean absolute difference per channel").isGreaterThan(4.0);
    }

    private static BufferedImage download(String url) throws Exception {
        // Through ApiClient, whose base URL the absolute image URL already carries, so the answer is checked too.
        HttpResponse<byte[]> response = ApiClient.at("").send(HttpRequest.newBuilder(URI.create(url)),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("image/"));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(response.body()));
        assertThat(image).as("the downloaded bytes decode as an image").isNotNull();
        return image;
    }

    private static String dataUri() {
        return "data:image/jpeg;base64," + java.util.Base64.getEncoder().encodeToString(TestImages.encode(PORTRAIT, "jpg"));
    }

    private static HttpResponse<String> post(String base, Map<String, Object> body) throws Exception {
        return ApiClient.at(base).post("/api/v1/avatar/generate", body);
    }
}
