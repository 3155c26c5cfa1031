package io.avatarforge.standalone;

import static io.avatarforge.testkit.ApiClient.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import io.avatarforge.testkit.ApiClient;
import io.avatarforge.testkit.AvatarIntegrationTest;
import io.avatarforge.testkit.TestConfigFile;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The operator console in a real browser: Debian's Chromium (installed by {@code .ci/run}) driven by playwright-core
 * from {@code src/test/node/console/console-flow.mjs} against the standalone app, the way an operator uses it — sign
 * in, generate in the playground and see the avatar, open the job, cancel a queued job and retry it, edit a style
 * with an invalid value and see the errors, fix it, roll back, create and revoke a key, see the spend — with axe-core
 * on every page. Screenshots of each page land in {@code target/console-screenshots} (the README shows copies from
 * {@code docs/console/}). Without Chromium the test fails under CI=true and is skipped, loudly, otherwise.
 */
@AvatarIntegrationTest(classes = StandaloneApplication.class,
        properties = "avatar.gateway.security.bootstrap-admin-key=" + ConsoleBrowserTest.ADMIN_KEY)
// A priced stand-in provider (simulated: it charges its list price), so the playground's job is paid and shows on the spend page; one generation slot and a
// slow simulated style, so a second slow job stays queued long enough to be canceled from the console.
@TestConfigFile("""
        {"service_config": {"default_provider": "priced", "enable_caching": false, "max_concurrent_generations": 1,
           "cost_limits": {"daily_budget": 25}},
         "provider_config": {
           "priced": {"type": "simulated", "model": "sim-priced", "max_retries": 0,
             "simulation": {"distribution": "fixed", "latency_ms_median": 300},
             "quality_settings": {"low": {"cost": 0.02}, "medium": {"cost": 0.10}, "high": {"cost": 0.20}}},
           "slow": {"type": "simulated", "model": "sim-slow", "max_retries": 0, "timeout_seconds": 120,
             "simulation": {"distribution": "fixed", "latency_ms_median": 60000, "latency_ms_min": 60000}}},
         "style_templates": {"slow": {"base_prompt": "A slow portrait", "provider": "slow"}}}
        """)
class ConsoleBrowserTest {

    static final String ADMIN_KEY = "console-browser-admin-key-0123456789abcdef";
    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    private static final Path SCREENSHOTS = Path.of("target/console-screenshots");
    private static final Duration WAIT = Duration.ofMinutes(3);

    @Autowired
    ApiClient api;

    @Test
    void anOperatorRunsTheWholeConsoleInChromium() throws Exception {
        requireChromium();
        Files.createDirectories(SCREENSHOTS);
        List<String> printed = new ArrayList<>();
        int exit;
        try (NodeClient node = NodeClient.start("console", "console-flow.mjs", api.url(""), ADMIN_KEY,
                SCREENSHOTS.toAbsolutePath().toString())) {
            for (String line = node.nextLine(WAIT); line != null; line = node.nextLine(WAIT)) {
                printed.add(line);
            }
            exit = node.awaitExit(WAIT);
        }
        Map<String, JsonNode> steps = new LinkedHashMap<>();
        for (String line : printed) {
            JsonNode step = JSON.readTree(line);
            steps.put(step.get("step").asString(), step);
        }
        System.getLogger(ConsoleBrowserTest.class.getName()).log(System.Logger.Level.INFO,
                "The console flow printed:\n" + String.join("\n", printed));
        assertThat(exit).as("the flow exited; it printed:\n%s", String.join("\n", printed)).isZero();

        assertThat(steps.keySet()).containsExactly("signin_page", "generated", "job_opened", "canceled", "retried",
                "invalid_style", "style_saved", "rolled_back", "key_revoked", "spend", "done");
        assertThat(steps.get("signin_page").get("csp").asString()).contains("default-src 'none'",
                "script-src 'self'", "frame-ancestors 'none'");
        assertThat(steps.get("signin_page").get("nosniff").asString()).isEqualTo("nosniff");
        JsonNode generated = steps.get("generated");
        assertThat(generated.get("facts").asString()).contains("Provider", "priced", "$0.1000", "sim-priced", "Cachedfalse");
        assertThat(generated.get("curl").asBoolean()).isTrue();
        assertThat(steps.get("job_opened").get("status").asString()).isEqualTo("completed");
        assertThat(steps.get("job_opened").get("timeline").valueStream().map(JsonNode::asString))
                .containsExactly("created", "claimed", "provider_attempt", "completed");
        String canceled = steps.get("canceled").get("job").asString();
        JsonNode retry = ApiClient.json(api.withKey(ADMIN_KEY).get("/api/v1/avatar/jobs/"
                + steps.get("retried").get("job").asString()));
        assertThat(retry.get("job").get("retry_of").asString()).isEqualTo(canceled);
        assertThat(steps.get("invalid_style").get("client").toString()).contains("base_prompt");
        assertThat(steps.get("invalid_style").get("server").toString()).contains("base_prompt");
        JsonNode invalidStyle = steps.get("invalid_style");
        int expectedLine = invalidStyle.get("expectedLine").asInt();
        assertThat(expectedLine).as("base_prompt is inside the template, not on its opening line").isGreaterThan(1);
        assertThat(invalidStyle.get("clientMarked").valueStream().map(JsonNode::asInt))
                .as("the schema error is marked on the line of base_prompt").containsExactly(expectedLine);
        assertThat(invalidStyle.get("marked").valueStream().map(m -> m.get("line").asInt()))
                .as("the server's error is marked on the line of base_prompt").containsExactly(expectedLine);
        assertThat(invalidStyle.get("marked").get(0).get("title").asString()).isNotBlank();
        assertThat(invalidStyle.get("server").toString()).contains("line " + expectedLine + ": $.style_templates");
        assertThat(steps.get("rolled_back").get("prompt").asString()).isNotEqualTo("A console-edited 3D cartoon");
        long version = steps.get("style_saved").get("version").asLong();
        HttpResponse<String> config = api.withKey(ADMIN_KEY).get("/api/v1/avatar/config");
        assertThat(ApiClient.json(config).get("version").asLong()).as("the rollback is a new version")
                .isEqualTo(version + 1);
        assertThat(steps.get("key_revoked").get("secretShown").asBoolean()).isTrue();
        assertThat(steps.get("key_revoked").get("rows").toString()).contains("console-test-key");
        assertThat(steps.get("spend").get("spent").asString()).isNotEqualTo("$0.0000");
        JsonNode done = steps.get("done");
        assertThat(done.get("violations")).as("axe-core's serious and critical violations").isEmpty();
        assertThat(done.get("foreign")).as("requests to anywhere but the gateway").isEmpty();
        assertThat(done.get("consoleErrors")).as("errors in the browser's console (CSP refusals among them)").isEmpty();
        for (String shot : List.of("signin", "playground", "jobs", "job", "styles", "styles-invalid", "keys", "spend")) {
            assertThat(SCREENSHOTS.resolve(shot + ".png")).isNotEmptyFile();
        }
    }

    private static void requireChromium() {
        if (Files.isExecutable(CHROMIUM)) {
            return;
        }
        String message = CHROMIUM + " is missing (Debian packages chromium and chromium-driver; .ci/run installs them)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail(message + ": the console's browser test fails under CI=true");
        }
        System.getLogger(ConsoleBrowserTest.class.getName()).log(System.Logger.Level.WARNING,
                "\n\n*** SKIPPING: " + message + " ***\n");
        Assumptions.abort(message);
    }
}
