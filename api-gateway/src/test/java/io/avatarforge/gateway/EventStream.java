package io.avatarforge.gateway;

import io.avatarforge.testkit.LineFeed;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * A test's server-sent-events client over {@code java.net.http}: the response's lines are read as they arrive
 * ({@link LineFeed}), so a test waits for the next line or event with a timeout and never blocks forever.
 */
final class EventStream implements AutoCloseable {

    /** One event: its {@code event:} name and its {@code data:} lines joined. */
    record Event(String name, String data) {
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final HttpResponse<InputStream> response;
    private final @Nullable LineFeed lines;
    private final @Nullable String body;

    private EventStream(HttpResponse<InputStream> response) {
        this.response = response;
        boolean stream = response.statusCode() == 200;
        this.lines = stream ? LineFeed.of(response.body()) : null;
        this.body = stream ? null : readAll(response.body());
    }

    /** Opens {@code url} with {@code Accept: text/event-stream}, and {@code Authorization} when {@code key} is set. */
    static EventStream open(String url, @Nullable String key) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream");
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        try {
            return new EventStream(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    int status() {
        return response.statusCode();
    }

    HttpResponse<InputStream> response() {
        return response;
    }

    /** The whole body of a response that is not a stream (a refusal). */
    String body() {
        if (body == null) {
            throw new IllegalStateException("The response is a stream");
        }
        return body;
    }

    /** The next line, or null when none came within {@code timeout} or the stream ended. */
    @Nullable String nextLine(Duration timeout) throws InterruptedException {
        return feed().next(timeout);
    }

    /** The next event (comments skipped), or null when none came within {@code timeout} or the stream ended. */
    @Nullable Event nextEvent(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String name = "message";
        StringBuilder data = null;
        while (true) {
            String line = nextLine(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
            if (line == null) {
                return null;
            }
            if (line.isEmpty()) {
                if (data != null) {
                    return new Event(name, data.toString());
                }
            } else if (line.startsWith("event:")) {
                name = value(line);
            } else if (line.startsWith("data:")) {
                data = data == null ? new StringBuilder(value(line)) : data.append('\n').append(value(line));
            }
        }
    }

    /** True when the server ends the stream within {@code timeout}, whatever else it sends first. */
    boolean endsWithin(Duration timeout) throws InterruptedException {
        return feed().endsWithin(timeout);
    }

    @Override
    public void close() {
        try {
            response.body().close();
        } catch (IOException e) {
            // Closing is all a test wants here.
        }
    }

    private LineFeed feed() {
        if (lines == null) {
            throw new IllegalStateException("The response is a refusal, not a stream: " + body);
        }
        return lines;
    }

    private static String value(String line) {
        String value = line.substring(line.indexOf(':') + 1);
        return value.startsWith(" ") ? value.substring(1) : value;
    }

    private static String readAll(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
