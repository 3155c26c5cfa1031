package io.avatarforge.bench.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Follows job status streams ({@code GET /api/v1/avatar/status/{id}/events}) over {@code java.net.http}, one HTTP/1.1
 * connection per stream, and tells when each stream's terminal event arrived. Blocking calls, meant for virtual
 * threads; every stream is closed after its timeout whatever the server does.
 */
public final class StatusStreamReader implements AutoCloseable {

    private static final Pattern TERMINAL = Pattern.compile("\"status\":\"(completed|failed|canceled)\"");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor();
    private final String baseUrl;
    private final String credential;

    public StatusStreamReader(String host, int port, String credential) {
        this.baseUrl = "http://" + host + ":" + port;
        this.credential = credential;
    }

    /**
     * When a stream's terminal event arrived; {@code followed}: a status before it came first, so the stream was open
     * while the job ran (otherwise the job had ended before the client connected, and the arrival measures the client).
     */
    public record Arrival(Instant at, boolean followed) {
    }

    /**
     * Opens the job's stream and waits for its terminal status event: when it arrived, or null when the stream failed,
     * ended without one, or took longer than {@code timeout}.
     */
    public @Nullable Arrival terminalEventArrival(String jobId, Duration timeout) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/avatar/status/" + jobId + "/events"))
                .header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + credential)
                .timeout(timeout)
                .build();
        try {
            HttpResponse<Stream<String>> response = http.send(request, HttpResponse.BodyHandlers.ofLines());
            try (Stream<String> lines = response.body()) {
                if (response.statusCode() != 200) {
                    return null;
                }
                ScheduledFuture<?> stop = watchdog.schedule(lines::close, timeout.toMillis(), TimeUnit.MILLISECONDS);
                try {
                    boolean followed = false;
                    for (Iterator<String> it = lines.iterator(); it.hasNext(); ) {
                        String line = it.next();
                        if (line.startsWith("data:")) {
                            if (TERMINAL.matcher(line).find()) {
                                return new Arrival(Instant.now(), followed);
                            }
                            followed = true;
                        }
                    }
                    return null;
                } finally {
                    stop.cancel(false);
                }
            }
        } catch (Exception e) {
            return null;
        }
    }

    @Override
    public void close() {
        watchdog.shutdownNow();
        http.close();
    }
}
