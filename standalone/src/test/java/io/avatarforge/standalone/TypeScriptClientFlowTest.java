package io.avatarforge.standalone;

import static io.avatarforge.testkit.ApiClient.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import io.avatarforge.testkit.ApiClient;
import io.avatarforge.testkit.AvatarIntegrationTest;
import io.avatarforge.testkit.TestConfigFile;
import io.avatarforge.testkit.TestImages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;

/**
 * The TypeScript client that openapi-generator ({@code typescript-fetch}) makes from the committed
 * {@code api/openapi.json} during this module's build ({@code target/generated-clients/typescript}), compiled with
 * {@code tsc} next to {@code src/test/node/ts-client-flow/flow.ts} and run under Node against the standalone app: the
 * whole flow an app developer writes, with no hand edits to the generated code. A document the client cannot follow
 * (a 202 parsed as a result, a field named differently, a missing security scheme) fails here.
 */
@AvatarIntegrationTest(classes = {StandaloneApplication.class, GatedProvider.Registration.class},
        properties = "avatar.gateway.security.bootstrap-admin-key=" + TypeScriptClientFlowTest.ADMIN_KEY)
// A tiny per-key rate, so the flow's fourth generation or so is refused with 429. One worker slot and a style whose
// provider holds its jobs until the test ends: a job behind a held one stays queued, so the flow can cancel it.
@TestConfigFile("""
        {"service_config": {"rate_limits": {"per_key_per_minute": 3}, "max_concurrent_generations": 1},
         "provider_config": {"gated": {"type": "gated", "model": "gated-1", "timeout_seconds": 120}},
         "style_templates": {"held": {"base_prompt": "A portrait", "provider": "gated"}}}
        """)
class TypeScriptClientFlowTest {

    static final String ADMIN_KEY = "ts-client-flow-admin-key-0123456789abcdef";
    private static final String PROGRAM = "ts-client-flow";
    private static final Path GENERATED = Path.of("target/generated-clients/typescript");
    private static final Duration WAIT = Duration.ofMinutes(2);

    @Autowired
    ApiClient api;

    @Autowired
    GatedProvider provider;

    @Test
    void theGeneratedTypeScriptClientRunsTheWholeFlowAgainstTheApp() throws Exception {
        assertThat(GENERATED.resolve("index.ts")).as("the generated client (the build's generate-test-resources phase)")
                .isRegularFile();
        Path image = Files.createTempFile("ts-client-flow-", ".jpg");
        Files.write(image, TestImages.jpeg(TestImages.face(320, 320), 0.9f));

        copyClient(Path.of("target/node", PROGRAM, "client"));
        List<String> compiled = run("node_modules/typescript/bin/tsc", "-p", "tsconfig.json");
        List<String> printed;
        try (AcceptingWebhookReceiver receiver = AcceptingWebhookReceiver.start()) {
            printed = run("dist/flow.js", api.url(""), ADMIN_KEY, image.toAbsolutePath().toString(), receiver.url(),
                    "held");
        } finally {
            provider.open(); // the held job ends, and the jobs queued behind it run
        }
        assertThat(compiled).as("tsc's output").isEmpty();
        Map<String, JsonNode> steps = new LinkedHashMap<>();
        for (String line : printed) {
            JsonNode step = JSON.readTree(line);
            steps.put(step.get("step").asString(), step);
        }

        assertThat(steps.keySet()).as("the flow's steps: %s", printed).containsExactly("key_created", "keys_listed",
                "styles", "config", "config_history", "config_schema", "accepted", "completed", "events", "downloaded",
                "sync", "usage", "cancel_refused", "deliveries", "redeliver_refused", "rate_limited", "held",
                "canceled", "webhook_delivered", "redelivered", "jobs_listed", "job_detail", "retried", "config_updated",
                "config_rolled_back", "job_erased", "user_erased", "webhook_secret_rotated", "key_revoked",
                "revoked_key_refused", "done");
        assertThat(steps.get("key_created").get("scopes").toString()).isEqualTo("[\"generate\"]");
        assertThat(steps.get("styles").get("keys").size()).isGreaterThan(1);
        assertThat(steps.get("config").get("sections").toString()).contains("service_config");
        assertThat(steps.get("config_history").get("versions").asInt()).isPositive();
        assertThat(steps.get("config_schema").get("keys").asInt()).isPositive();
        JsonNode accepted = steps.get("accepted");
        assertThat(accepted.get("status_url").asString())
                .isEqualTo("/api/v1/avatar/status/" + accepted.get("job_id").asString());
        JsonNode completed = steps.get("completed");
        assertThat(completed.get("avatar_id").asString()).isEqualTo(accepted.get("job_id").asString());
        assertThat(completed.get("progress_percent").asInt()).isEqualTo(100);
        assertThat(completed.get("image_url").asString()).startsWith(api.url("/api/v1/avatar/images/"));
        JsonNode streamed = steps.get("events").get("statuses");
        assertThat(streamed.size()).as("the status events: %s", streamed).isPositive();
        assertThat(streamed.get(streamed.size() - 1).asString()).as("the last status event").isEqualTo("completed");
        assertThat(steps.get("downloaded").get("format").asString()).isIn("jpeg", "png", "webp");
        assertThat(steps.get("downloaded").get("bytes").asInt()).isGreaterThan(1000);
        JsonNode sync = steps.get("sync");
        assertThat(sync.get("style_config").asString()).as("style_config reached the server")
                .isEqualTo(sync.get("asked_style").asString());
        assertThat(sync.get("quality_used").asString()).isEqualTo("low");
        assertThat(steps.get("usage").get("generations").asInt()).isEqualTo(2);
        assertThat(steps.get("cancel_refused").get("status").asInt()).isEqualTo(409);
        assertThat(steps.get("cancel_refused").get("code").asString()).isEqualTo("job_not_cancelable");
        JsonNode deliveries = steps.get("deliveries");
        assertThat(deliveries.get("job_id").asString()).isEqualTo(accepted.get("job_id").asString());
        assertThat(deliveries.get("state").asString()).isEqualTo("none");
        assertThat(deliveries.get("attempts").asInt()).isZero();
        assertThat(steps.get("redeliver_refused").get("status").asInt()).isEqualTo(409);
        assertThat(steps.get("redeliver_refused").get("code").asString()).isEqualTo("no_webhook_event");
        JsonNode limited = steps.get("rate_limited");
        assertThat(limited.get("status").asInt()).isEqualTo(429);
        assertThat(limited.get("code").asString()).isEqualTo("rate_limited");
        assertThat(Long.parseLong(limited.get("retry_after").asString())).isPositive();
        assertThat(limited.get("rate_limit_policy").asString()).contains("q=3");
        assertThat(steps.get("held").get("status").asString()).isEqualTo("processing");
        JsonNode canceled = steps.get("canceled");
        assertThat(canceled.get("was").asString()).as("the job behind the held one").isEqualTo("queued");
        assertThat(canceled.get("status").asString()).isEqualTo("canceled");
        assertThat(canceled.get("avatar_id").asString()).isEqualTo(canceled.get("job_id").asString());
        JsonNode delivered = steps.get("webhook_delivered");
        assertThat(delivered.get("state").asString()).isEqualTo("delivered");
        assertThat(delivered.get("event_type").asString()).isEqualTo("avatar.canceled");
        assertThat(delivered.get("webhook_url").asString()).startsWith("http://127.0.0.1:");
        assertThat(delivered.get("series").asInt()).isEqualTo(1);
        assertThat(delivered.get("attempts").asInt()).isEqualTo(1);
        assertThat(delivered.get("http_status").asInt()).isEqualTo(204);
        JsonNode redelivered = steps.get("redelivered");
        assertThat(redelivered.get("status").asInt()).isEqualTo(202);
        assertThat(redelivered.get("series").asInt()).isEqualTo(2);
        assertThat(redelivered.get("webhook_id_kept").asBoolean()).as("the same webhook-id").isTrue();
        assertThat(redelivered.get("state").asString()).isEqualTo("delivered");
        assertThat(redelivered.get("attempts").asInt()).as("one attempt in each series").isEqualTo(2);
        String canceledJob = canceled.get("job_id").asString();
        assertThat(steps.get("jobs_listed").get("job_ids").toString()).isEqualTo("[\"" + canceledJob + "\"]");
        assertThat(steps.get("jobs_listed").get("statuses").toString()).isEqualTo("[\"canceled\"]");
        assertThat(steps.get("job_detail").get("status").asString()).isEqualTo("canceled");
        assertThat(steps.get("job_detail").get("timeline").toString()).isEqualTo("[\"created\",\"canceled\"]");
        JsonNode retried = steps.get("retried");
        assertThat(retried.get("status").asString()).isEqualTo("accepted");
        assertThat(retried.get("new_job").asBoolean()).isTrue();
        assertThat(retried.get("retry_of").asString()).isEqualTo(canceledJob);
        JsonNode updated = steps.get("config_updated");
        assertThat(updated.get("status").asString()).isEqualTo("updated");
        assertThat(updated.get("version").asLong()).isGreaterThan(updated.get("from").asLong());
        JsonNode rolledBack = steps.get("config_rolled_back");
        assertThat(rolledBack.get("status").asString()).isEqualTo("updated");
        assertThat(rolledBack.get("version").asLong()).isGreaterThan(updated.get("version").asLong())
                .isEqualTo(rolledBack.get("current_version").asLong());
        assertThat(rolledBack.get("action").asString()).isEqualTo("rollback");
        JsonNode erased = steps.get("job_erased");
        assertThat(erased.get("image_url").isNull()).as("the erased job's image_url").isTrue();
        assertThat(erased.get("image_expired").asBoolean()).as("the erased job's image_expired").isTrue();
        JsonNode rotated = steps.get("webhook_secret_rotated");
        assertThat(rotated.get("same_key").asBoolean()).isTrue();
        assertThat(rotated.get("whsec").asBoolean()).as("the new secret is a whsec_ secret").isTrue();
        assertThat(steps.get("key_revoked").get("revoked_at").isNull()).isFalse();
        assertThat(steps.get("revoked_key_refused").get("status").asInt()).isEqualTo(401);
    }

    /**
     * Runs {@code node script args…} in the program's installed folder and returns what it printed; fails, with that
     * output, unless it exits 0.
     */
    private static List<String> run(String script, String... args) throws Exception {
        List<String> lines = new ArrayList<>();
        try (NodeClient node = NodeClient.start(PROGRAM, script, args)) {
            for (String line = node.nextLine(WAIT); line != null; line = node.nextLine(WAIT)) {
                lines.add(line);
            }
            assertThat(node.awaitExit(WAIT)).as("node %s exited; it printed:\n%s", script, String.join("\n", lines))
                    .isZero();
        }
        return lines;
    }

    /**
     * A fresh copy of the generated client into the program's installed folder (where {@link NodeClient} installs it;
     * {@code npm ci} leaves other folders alone), so the compiled flow always follows the current document.
     */
    private static void copyClient(Path client) {
        try {
            FileSystemUtils.deleteRecursively(client);
            try (Stream<Path> files = Files.walk(GENERATED)) {
                for (Path file : files.toList()) {
                    Path target = client.resolve(GENERATED.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(file, target);
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("copying the generated client: " + e.getMessage(), e);
        }
    }
}
