package io.avatarforge.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A caller of the service's HTTP API, as a client app or backend is: real HTTP over {@code java.net.http}, JSON bodies,
 * a bearer API key when it has one. Immutable and thread-safe: {@link #withKey} and {@link #withTimeout} return a new
 * client, so one per test class serves every caller it plays. An {@link AvatarServerTest} context provides one for its
 * random port ({@code @Autowired ApiClient api}); {@link #at} makes one for any other base URL.
 *
 * <p>Requests fail with an unchecked exception when the server cannot be reached; an HTTP error status is a response,
 * for the test to assert on. Every exchange is checked against the committed API document ({@code api/openapi.json},
 * see {@link ApiContract}): a response it does not describe, or an accepted request it does not allow, fails the test
 * with the validator's messages. {@link #sendingInvalidRequests} skips the request side for tests whose point is a
 * request the document forbids.
 */
public final class ApiClient {

    /** The one JSON mapper of the tests: bodies written by {@link #post}, and responses read with {@link #json}. */
    public static final JsonMapper JSON = JsonMapper.builder().build();

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private final Supplier<String> baseUrl;
    private final @Nullable String key;
    private final Duration timeout;
    private final boolean checkRequests;

    private ApiClient(Supplier<String> baseUrl, @Nullable String key, Duration timeout, boolean checkRequests) {
        this.baseUrl = baseUrl;
        this.key = key;
        this.timeout = timeout;
        this.checkRequests = checkRequests;
    }

    /** A client of the server at {@code baseUrl} (scheme, host and port, no trailing slash). */
    public static ApiClient at(String baseUrl) {
        return new ApiClient(() -> baseUrl, null, DEFAULT_TIMEOUT, true);
    }

    /**
     * A client of the web server of the context whose environment this is. The port is read on each request, not now:
     * the context is still being built when its client is made, and the server has no port until it starts.
     */
    static ApiClient onLocalServer(Environment environment) {
        return new ApiClient(() -> "http://localhost:" + environment.getRequiredProperty("local.server.port"), null,
                DEFAULT_TIMEOUT, true);
    }

    /** The same client sending {@code Authorization: Bearer key}; without one when {@code key} is null. */
    public ApiClient withKey(@Nullable String key) {
        return new ApiClient(baseUrl, key, timeout, checkRequests);
    }

    /**
     * The same client, not checking its requests against the API document (their responses still are): for tests that
     * send, on purpose, a request the document forbids and the server accepts.
     */
    public ApiClient sendingInvalidRequests() {
        return new ApiClient(baseUrl, key, timeout, false);
    }

    /** The same client waiting up to {@code timeout} for each response (30 seconds unless set). */
    public ApiClient withTimeout(Duration timeout) {
        return new ApiClient(baseUrl, key, timeout, checkRequests);
    }

    /** The absolute URL of {@code path} on this client's server. */
    public String url(String path) {
        return baseUrl.get() + path;
    }

    public HttpResponse<String> get(String path, String... headers) {
        return send("GET", path, null, headers);
    }

    /**
     * POSTs {@code body}: a string as it is (malformed JSON included), anything else as JSON. {@code headers} are name,
     * value pairs.
     */
    public HttpResponse<String> post(String path, Object body, String... headers) {
        return send("POST", path, body, headers);
    }

    /**
     * Sends {@code method} to {@code path}, with {@code body} (a string as it is, anything else as JSON) as
     * {@code application/json} unless {@code headers} (name, value pairs) name another Content-Type; a null body sends
     * none and no Content-Type.
     */
    public HttpResponse<String> send(String method, String path, @Nullable Object body, String... headers) {
        String text = body == null ? "" : body instanceof String string ? string : JSON.writeValueAsString(body);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(text));
        if (headers.length > 0) {
            request.headers(headers);
        }
        if (body != null && !namesContentType(headers)) {
            request.header("Content-Type", "application/json");
        }
        return exchange(request, text, HttpResponse.BodyHandlers.ofString());
    }

    /** Sends a request the test built itself (odd bodies, odd headers), with this client's key and timeout. */
    public HttpResponse<String> send(HttpRequest.Builder request) {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    /**
     * As {@link #send(HttpRequest.Builder)}, reading the body with {@code body} (bytes, for an image). A body read as
     * neither a string nor bytes (a stream) is not checked against the document; the status and headers are.
     */
    public <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        // The text of a body the test built itself cannot be read back: only a request without one is checked.
        boolean bodiless = request.copy().build().bodyPublisher().map(p -> p.contentLength() == 0).orElse(true);
        return exchange(request, bodiless ? "" : null, body);
    }

    private <T> HttpResponse<T> exchange(HttpRequest.Builder builder, @Nullable String requestBody,
            HttpResponse.BodyHandler<T> body) {
        builder.timeout(timeout);
        if (key != null) {
            builder.header("Authorization", "Bearer " + key);
        }
        HttpRequest request = builder.build();
        HttpResponse<T> response;
        try {
            response = HTTP.send(request, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a response", e);
        }
        ApiContract.check(request, requestBody, checkRequests, response);
        return response;
    }

    /** The response's body as a JSON tree. */
    public static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private static boolean namesContentType(String[] headers) {
        for (int i = 0; i < headers.length; i += 2) {
            if ("Content-Type".equalsIgnoreCase(headers[i])) {
                return true;
            }
        }
        return false;
    }
}
