package io.avatarforge.gateway;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * A test's server-sent-events client over {@code java.net.http}: the response's lines are read on a virtual thread
 * into a queue, so a test waits for the next line or event with a timeout and never blocks forever.
 */
final class EventStream implements AutoCloseable {

    /** One event: its {@code event:} name and its {@code data:} lines joined. */
    record Event(String name, String data) {
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    /** Put in the queue when the server ended the response. */
    private static final String END = "\u0000end";

    private final HttpResponse<InputStream> response;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final @Nullable String body;

    private EventStream(HttpResponse<InputStream> response) {
        this.response = response;
        if (response.statusCode() == 200) {
            this.body = null;
            Thread.ofVirtual().start(this::read);
        } else {
            this.body = readAll(response.body());
        }
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
        String line = lines.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (END.equals(line)) {
            lines.add(END);
            return null;
        }
        return line;
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
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            String line = lines.poll(Math.max(1, (deadline - System.nanoTime()) / 1_000_000), TimeUnit.MILLISECONDS);
            if (END.equals(line)) {
                lines.add(END);
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        try {
            response.body().close();
        } catch (IOException e) {
            // Closing is all a test wants here.
        }
    }

    private void read() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                lines.add(line);
            }
        } catch (IOException e) {
            // Closed by the test, or reset: the stream is over either way.
        }
        lines.add(END);
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
