package io.avatarforge.standalone;

import static io.avatarforge.testkit.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.avatarforge.testkit.ApiClient;
import io.avatarforge.testkit.TestImages;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One trace covers a job from the HTTP request that submitted it to the provider's answer, across the outbox (a table)
 * and Kafka (a record header): the worker's spans carry the trace id the caller sent in its {@code traceparent}.
 */
class TraceAcrossKafkaTest {

    @Test
    void theWorkersSpansOfAJobBelongToTheTraceOfTheRequestThatSubmittedIt() throws Exception {
        HexFormat hex = HexFormat.of();
        String traceId = hex.formatHex(randomBytes(16));
        String callerSpan = hex.formatHex(randomBytes(8));
        Path dataDir = Files.createTempDirectory("avatar-traces");
        try (ConfigurableApplicationContext app = StandaloneApplication.start("--server.port=0",
                "--avatar.data-dir=" + dataDir, "--avatar.config-path=" + dataDir.resolve("no-config-here.json"),
                "--spring.main.sources=" + RecordedSpans.class.getName(),
                "--management.opentelemetry.tracing.export.schedule-delay=100ms")) {
            ApiClient api = ApiClient.at("http://localhost:" + app.getEnvironment().getProperty("local.server.port"));
            InMemorySpanExporter spans = app.getBean(InMemorySpanExporter.class);
            String jobId = json(api.post("/api/v1/avatar/generate", Map.of("prompt", "a portrait", "image",
                    TestImages.jpegDataUri(240, 240), "async", true),
                    "traceparent", "00-" + traceId + "-" + callerSpan + "-01"))
                    .get("job_id").asString();

            // The job's run ends last (after its provider call and the completion's relay), so wait for it.
            await().atMost(Duration.ofSeconds(60)).until(() -> inTrace(spans, traceId).stream()
                    .anyMatch(span -> span.getName().equals("job run")));
            List<SpanData> trace = inTrace(spans, traceId);
            List<String> names = trace.stream().map(span -> span.getKind() + " " + span.getName()).toList();
            assertThat(names).as("spans of trace " + traceId + " (job " + jobId + ")")
                    .contains("SERVER http post /api/v1/avatar/generate", "PRODUCER avatar.generation.requested send",
                            "INTERNAL job run", "INTERNAL provider call local");
            SpanData intake = one(trace, "http post /api/v1/avatar/generate");
            assertThat(intake.getParentSpanId()).isEqualTo(callerSpan);
            // The worker's run hangs under the Kafka receive of the record the relay sent, not beside it.
            SpanData run = one(trace, "job run");
            SpanData receive = trace.stream().filter(span -> span.getSpanId().equals(run.getParentSpanId()))
                    .findFirst().orElseThrow();
            assertThat(receive.getKind()).isEqualTo(SpanKind.CONSUMER);
            assertThat(one(trace, "provider call local").getParentSpanId()).isEqualTo(run.getSpanId());
        }
    }

    private static List<SpanData> inTrace(InMemorySpanExporter spans, String traceId) {
        return spans.getFinishedSpanItems().stream().filter(span -> span.getTraceId().equals(traceId)).toList();
    }

    private static SpanData one(List<SpanData> trace, String name) {
        return trace.stream().filter(span -> span.getName().equals(name)).findFirst().orElseThrow();
    }

    private static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }
}
