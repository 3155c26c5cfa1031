package io.avatarforge.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.avatarforge.testkit.ApiClient;
import io.avatarforge.testkit.TestImages;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Retention and erasure in the standalone app, on its H2 database (PostgreSQL mode) and the local disk: the purge's
 * {@code SKIP LOCKED} batches and the erasure's statements run there as on PostgreSQL.
 */
class StandaloneRetentionTest {

    @Test
    void onH2APhotoIsPurgedAfterItsJobAndAJobAndAUserCanBeErased() throws Exception {
        Path dataDir = Files.createTempDirectory("avatar-retention");
        try (ConfigurableApplicationContext app = StandaloneApplication.start("--server.port=0",
                "--avatar.data-dir=" + dataDir, "--avatar.config-path=" + dataDir.resolve("no-config-here.json"),
                "--avatar.retention.input-hours=0", "--avatar.retention.interval=200ms")) {
            ApiClient api = ApiClient.at("http://localhost:" + app.getEnvironment().getProperty("local.server.port"));

            String first = generate(api);
            Path photo = dataDir.resolve("images/inputs/" + first + ".jpg");
            await().atMost(Duration.ofSeconds(10)).until(() -> !Files.exists(photo));
            JsonNode kept = ApiClient.json(api.get("/api/v1/avatar/status/" + first));
            assertThat(kept.get("image_expired").asBoolean()).as("the result is kept longer").isFalse();
            String imageUrl = kept.get("image_url").asString();

            assertThat(api.send("DELETE", "/api/v1/avatar/jobs/" + first, null).statusCode()).isEqualTo(204);
            assertThat(ApiClient.json(api.get("/api/v1/avatar/status/" + first)).get("image_expired").asBoolean())
                    .isTrue();
            assertThat(api.send(HttpRequest.newBuilder(URI.create(imageUrl))).statusCode()).isEqualTo(410);

            String second = generate(api);
            String adminKey = Files.readString(dataDir.resolve("dev-admin-api.key")).strip();
            HttpResponse<String> erased = api.withKey(adminKey).send("DELETE", "/api/v1/avatar/users/anonymous/data",
                    null);
            assertThat(erased.statusCode()).as(erased.body()).isEqualTo(204);
            JsonNode status = ApiClient.json(api.withKey(adminKey).get("/api/v1/avatar/status/" + second));
            assertThat(status.get("image_expired").asBoolean()).isTrue();
            assertThat(api.get("/api/v1/avatar/status/" + second).statusCode())
                    .as("no longer the anonymous user's job").isEqualTo(404);
        }
    }

    private static String generate(ApiClient api) {
        HttpResponse<String> done = api.post("/api/v1/avatar/generate", Map.of("prompt", "a portrait",
                "image", TestImages.jpegDataUri(200, 200), "quality", "low"));
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        return ApiClient.json(done).get("avatar_id").asString();
    }
}
