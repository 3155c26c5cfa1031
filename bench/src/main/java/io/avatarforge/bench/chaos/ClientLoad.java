package io.avatarforge.bench.chaos;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client load through the real REST API: asynchronous generate requests at a fixed rate (open loop: a slow or dead
 * gateway does not slow the offered load), each for a user of its own whose id is also the job's tag in the prompt.
 * Every answer is recorded: status (0 when no HTTP answer came), problem code, content type, Retry-After, latency.
 */
final class ClientLoad {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** One request and what came back. */
    record Observation(String tag, Instant sentAt, long latencyMs, int status, String code, boolean problemJson,
            @Nullable String retryAfter, @Nullable String jobId, @Nullable String error) {
    }

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI generate;
    private final String apiKey;
    private final String imageDataUri;
    private final ConcurrentLinkedQueue<Observation> observations = new ConcurrentLinkedQueue<>();
    private final List<CompletableFuture<?>> pending = new ArrayList<>();
    private final AtomicBoolean running = new AtomicBoolean();
    private @Nullable Thread sender;

    ClientLoad(int gatewayPort, String apiKey, String imageDataUri) {
        this.generate = URI.create("http://127.0.0.1:" + gatewayPort + "/api/v1/avatar/generate");
        this.apiKey = apiKey;
        this.imageDataUri = imageDataUri;
    }

    /** Starts sending {@code perSecond} requests a second, tagged {@code scenario-<n>}, until {@link #stop}. */
    void start(String scenario, double perSecond) {
        running.set(true);
        long intervalNanos = (long) (1e9 / perSecond);
        sender = Thread.ofPlatform().name("chaos-load-" + scenario).start(() -> {
            long next = System.nanoTime();
            int seq = 0;
            while (running.get()) {
                String tag = scenario + "-" + seq++;
                CompletableFuture<?> call = send(tag);
                synchronized (pending) {
                    pending.add(call);
                }
                next += intervalNanos;
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    try {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        });
    }

    /** Stops sending and waits (bounded by the request timeout) for the answers still outstanding. */
    List<Observation> stop() throws InterruptedException {
        running.set(false);
        Thread thread = sender;
        if (thread != null) {
            thread.join(TIMEOUT.toMillis());
        }
        List<CompletableFuture<?>> all;
        synchronized (pending) {
            all = new ArrayList<>(pending);
            pending.clear();
        }
        try {
            CompletableFuture.allOf(all.toArray(CompletableFuture[]::new))
                    .get(TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            // Each call records its own outcome; one that never ended is missing from the observations.
        }
        List<Observation> result = new ArrayList<>(observations);
        observations.clear();
        return result;
    }

    private CompletableFuture<?> send(String tag) {
        String body = JSON.writeValueAsString(java.util.Map.of(
                "prompt", "A friendly portrait chaos-job:" + tag + ";",
                "image", imageDataUri, "quality", "low", "async", true,
                "style_config", ChaosConfig.STYLE, "user_id", tag));
        HttpRequest request = HttpRequest.newBuilder(generate).timeout(TIMEOUT)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Authorization", "Bearer " + apiKey)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        Instant sentAt = Instant.now();
        long start = System.nanoTime();
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((response, failure) -> {
            long latency = (System.nanoTime() - start) / 1_000_000;
            if (response == null) {
                Throwable cause = failure instanceof java.util.concurrent.CompletionException c && c.getCause() != null
                        ? c.getCause() : failure;
                observations.add(new Observation(tag, sentAt, latency, 0, "", false, null, null,
                        cause == null ? "no answer" : cause.getClass().getSimpleName()));
                return null;
            }
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            String code = "";
            String jobId = null;
            try {
                JsonNode json = JSON.readTree(response.body());
                code = json.path("code").asString("");
                jobId = json.path("job_id").isMissingNode() ? null : json.path("job_id").asString();
            } catch (RuntimeException e) {
                code = "(not json)";
            }
            observations.add(new Observation(tag, sentAt, latency, response.statusCode(), code,
                    contentType.startsWith("application/problem+json"),
                    response.headers().firstValue("Retry-After").orElse(null), jobId, null));
            return null;
        });
    }
}
