package io.avatarforge.standalone;

import static io.avatarforge.testkit.ApiClient.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.firebase.internal.FirebaseProcessEnvironment;
import io.avatarforge.testkit.ApiClient;
import io.avatarforge.testkit.AvatarIntegrationTest;
import io.avatarforge.testkit.TestImages;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Firebase's Local Emulator Suite as Flutter developers run it: the real Auth emulator (npm {@code firebase-tools})
 * signs a user up over its REST API, and the standalone app, with {@code FIREBASE_AUTH_EMULATOR_HOST} set, accepts the
 * emulator's unsigned ID token through the Admin SDK and counts the job for that user's uid.
 *
 * <p>The Admin SDK reads the variable from the process environment, which a test cannot set; it caches what it reads
 * in {@link FirebaseProcessEnvironment}, whose {@code setenv} exists for exactly this, and is cleared afterwards.
 */
@AvatarIntegrationTest(classes = StandaloneApplication.class)
class FirebaseAuthEmulatorTest {

    private static final String PROJECT = "demo-avatar-forge";
    private static final Duration START = Duration.ofMinutes(2);
    private static NodeClient emulator;
    private static String host;

    @Autowired
    ApiClient api;

    @BeforeAll
    static void startTheAuthEmulator(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        StringBuilder seen = new StringBuilder();
        // A port found free can be taken before the emulator binds it (it checks first and gives up): try again on
        // other ports.
        for (int attempt = 1; attempt <= 3; attempt++) {
            int port = freePort();
            // The emulator hub and logging ports are fixed by default (4400, 4500); free ones keep runs apart.
            Path config = dir.resolve("firebase-" + attempt + ".json");
            Files.writeString(config, """
                    {"emulators": {"auth": {"host": "127.0.0.1", "port": %d},
                                   "hub": {"host": "127.0.0.1", "port": %d},
                                   "logging": {"host": "127.0.0.1", "port": %d},
                                   "ui": {"enabled": false}, "singleProjectMode": true}}
                    """.formatted(port, freePort(), freePort()));
            emulator = NodeClient.start("auth-emulator", "node_modules/firebase-tools/lib/bin/firebase.js",
                    "emulators:start", "--only", "auth", "--project", PROJECT, "--config", config.toString());
            if (awaitReady(emulator, seen)) {
                host = "127.0.0.1:" + port;
                FirebaseProcessEnvironment.setenv("FIREBASE_AUTH_EMULATOR_HOST", host);
                return;
            }
            emulator.close();
        }
        throw new IllegalStateException("The Auth emulator did not get ready: " + seen);
    }

    private static boolean awaitReady(NodeClient emulator, StringBuilder seen) throws InterruptedException {
        long deadline = System.nanoTime() + START.toNanos();
        for (String line = emulator.nextLine(START); line != null && System.nanoTime() < deadline;
                line = emulator.nextLine(START)) {
            seen.append(line).append('\n');
            if (line.contains("All emulators ready")) {
                return true;
            }
            if (line.contains("could not start")) {
                return false;
            }
        }
        return false;
    }

    @DynamicPropertySource
    static void firebase(DynamicPropertyRegistry registry) {
        registry.add("avatar.gateway.security.firebase-project-id", () -> PROJECT);
        registry.add("avatar.gateway.security.firebase-auth-emulator-host", () -> host);
    }

    @AfterAll
    static void stopTheAuthEmulator() {
        FirebaseProcessEnvironment.clearCache();
        if (emulator != null) {
            emulator.close();
        }
    }

    @Test
    void anIdTokenFromTheAuthEmulatorGeneratesForItsUser() throws Exception {
        JsonNode user = signUp("flutter-dev@example.com");
        String idToken = user.get("idToken").asString();
        String uid = user.get("localId").asString();
        assertThat(idToken).as("the emulator's tokens are unsigned").endsWith(".");

        ApiClient app = api.withKey(idToken);
        HttpResponse<String> generated = app.withTimeout(Duration.ofSeconds(90)).post("/api/v1/avatar/generate",
                Map.of("prompt", "emulated user", "image", TestImages.jpegDataUri(200, 200)));
        assertThat(generated.statusCode()).as(generated.body()).isEqualTo(200);

        HttpResponse<String> usage = app.get("/api/v1/avatar/usage");
        assertThat(usage.statusCode()).as(usage.body()).isEqualTo(200);
        assertThat(usage.body()).as("the job is counted for the emulator user's uid").contains(uid);
        assertThat(JSON.readTree(usage.body()).findValues("generations").stream().mapToLong(JsonNode::asLong).sum())
                .as(usage.body()).isPositive();
    }

    @Test
    void aTamperedEmulatorTokenIsRefused() throws Exception {
        String idToken = signUp("someone@example.com").get("idToken").asString();
        // Claims for another project: the SDK still checks everything but the (absent) signature.
        String[] parts = idToken.split("\\.", -1);
        String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]))
                .replace("demo-avatar-forge", "demo-someone-else");
        String forged = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes()) + ".";
        HttpResponse<String> refused = api.withKey(forged).get("/api/v1/avatar/usage");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(401);
    }

    private static JsonNode signUp(String email) throws IOException, InterruptedException {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://" + host
                        + "/identitytoolkit.googleapis.com/v1/accounts:signUp?key=fake-api-key"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("email", email,
                        "password", "correct horse battery", "returnSecureToken", true))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    /**
     * A port free now, below the ephemeral range (32768 and up on Linux), where the outgoing connections of everything
     * else on the machine would otherwise compete for it.
     */
    private static int freePort() throws IOException {
        for (int tries = 0; ; tries++) {
            int port = java.util.concurrent.ThreadLocalRandom.current().nextInt(20_000, 32_000);
            try (ServerSocket socket = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            } catch (IOException taken) {
                if (tries == 50) {
                    throw taken;
                }
            }
        }
    }
}
