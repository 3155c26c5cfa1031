package io.avatarforge.standalone;

import static io.avatarforge.testkit.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.avatarforge.testkit.ApiClient;
import io.avatarforge.testkit.TestImages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The operator's files under {@code ops/} are checked, not just shipped: Prometheus's own {@code promtool} accepts the
 * alert rules, and every metric the alerts and the Grafana dashboard query exists in a scrape of the running app
 * after one job (with a webhook) ran and one request was refused.
 */
class OpsFilesTest {

    private static final System.Logger LOG = System.getLogger(OpsFilesTest.class.getName());
    private static final Path OPS = Path.of("..", "ops");
    private static final Path ALERTS = OPS.resolve("prometheus/alerts.yml");
    private static final Path DASHBOARD = OPS.resolve("grafana/avatar-forge.json");
    /** Our metrics, resilience4j's and Kafka consumers'; PromQL functions, labels and keywords never start so. */
    private static final Pattern METRIC = Pattern.compile("\\b(?:avatar|resilience4j|kafka_consumer)_[a-zA-Z0-9_]+");

    @Test
    void promtoolAcceptsTheAlertRules() throws Exception {
        Path promtool = onPath("promtool");
        if (promtool == null) {
            String reason = "promtool is not installed (Debian package 'prometheus'; .ci/run installs it): "
                    + "the alert rules are not checked";
            assertThat("true".equalsIgnoreCase(System.getenv("CI"))).as(reason + " (CI=true)").isFalse();
            LOG.log(System.Logger.Level.WARNING, "\n\n*** SKIPPING " + getClass().getSimpleName() + ": " + reason
                    + " ***\n");
            Assumptions.abort(reason);
        }
        Process check = new ProcessBuilder(promtool.toString(), "check", "rules", ALERTS.toString())
                .redirectErrorStream(true).start();
        String out = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(check.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(check.exitValue()).as(out).isZero();
        assertThat(out).contains("SUCCESS: 5 rules found");
    }

    @Test
    void everyMetricTheAlertsAndTheDashboardQueryIsInTheScrapeAfterAJobRan() throws Exception {
        Set<String> queried = new TreeSet<>(metricsIn(Files.readString(ALERTS)));
        JsonNode dashboard = JsonMapper.builder().build().readTree(DASHBOARD.toFile());
        for (JsonNode panel : dashboard.get("panels")) {
            for (JsonNode target : panel.get("targets")) {
                queried.addAll(metricsIn(target.get("expr").asString()));
            }
        }
        assertThat(queried).contains("avatar_queue_oldest_age_seconds", "resilience4j_circuitbreaker_state",
                "avatar_webhook_deliveries_total", "avatar_generation_dead_letters_total",
                "avatar_budget_spent_dollars", "avatar_requests_refused_total",
                "avatar_jobs_start_delay_seconds_bucket", "kafka_consumer_fetch_manager_records_lag_max");

        Path dataDir = Files.createTempDirectory("avatar-ops");
        AcceptingWebhookReceiver receiver = AcceptingWebhookReceiver.start();
        try (ConfigurableApplicationContext app = StandaloneApplication.start("--server.port=0",
                "--avatar.data-dir=" + dataDir, "--avatar.config-path=" + dataDir.resolve("no-config-here.json"))) {
            ApiClient api = ApiClient.at("http://localhost:" + app.getEnvironment().getProperty("local.server.port"));
            String jobId = json(api.post("/api/v1/avatar/generate", Map.of("prompt", "a portrait", "image",
                    TestImages.jpegDataUri(240, 240), "async", true,
                    "webhook_url", receiver.url())))
                    .get("job_id").asString();
            await().atMost(Duration.ofSeconds(60)).until(() -> json(api.get(
                    "/api/v1/avatar/jobs/" + jobId + "/deliveries")).path("state").asString("").equals("delivered"));

            // One refused request too (no image), which the refusal panel counts by its problem code and status.
            var refused = api.post("/api/v1/avatar/generate", Map.of("prompt", "a portrait"));
            assertThat(refused.statusCode()).isBetween(400, 499);
            String code = json(refused).get("code").asString();

            String scrape = api.get("/actuator/prometheus").body();
            assertThat(scrape.lines().filter(line -> line.startsWith("avatar_requests_refused_total{")))
                    .anyMatch(line -> line.contains("code=\"" + code + "\"")
                            && line.contains("status=\"" + refused.statusCode() + "\""));
            Set<String> exported = scrape.lines().filter(line -> !line.startsWith("#") && !line.isBlank())
                    .map(line -> line.split("[{ ]", 2)[0]).collect(Collectors.toSet());
            assertThat(exported).containsAll(queried);
        } finally {
            receiver.close();
        }
    }

    private static Set<String> metricsIn(String text) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = METRIC.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group());
        }
        return names;
    }

    private static Path onPath(String tool) throws IOException {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, tool);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
