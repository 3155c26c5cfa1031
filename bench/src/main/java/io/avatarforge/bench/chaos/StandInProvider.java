package io.avatarforge.bench.chaos;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * OpenAI's image edit endpoint ({@code POST /v1/images/edits}, multipart) as the official SDK the worker uses sees it:
 * after 2–3 s a JSON answer with one base64 {@code b64_json} PNG and a {@code usage} block whose tokens cost exactly
 * {@link #PRICE} at the configured pricing. It records every call with the job tag found in the prompt, so the runner
 * can count what the service paid for per job. Switchable to an outage (503) or to rate limiting (429 with a long
 * {@code Retry-After}); neither is paid.
 */
final class StandInProvider implements AutoCloseable {

    /** What one answered call costs: 1000 output tokens at $40 per million (see {@link ChaosConfig}). */
    static final BigDecimal PRICE = new BigDecimal("0.040000");
    static final long OUTPUT_TOKENS = 1000;
    /** The tag the runner puts into every prompt: {@code chaos-job:<user id>;}. */
    private static final Pattern TAG = Pattern.compile("chaos-job:([A-Za-z0-9_-]{1,64});");

    enum Mode { NORMAL, OUTAGE, RATE_LIMITED }

    /** One call: whose (the tag), when it came and was answered, and with what status; 200 is a paid call. */
    record Call(String tag, Instant startedAt, Instant answeredAt, int status) {
        boolean paid() {
            return status == 200;
        }
    }

    private final HttpServer server;
    private final ConcurrentLinkedQueue<Call> calls = new ConcurrentLinkedQueue<>();
    /** The tags of the calls being worked on now, one entry per call. */
    private final ConcurrentLinkedQueue<String> inFlight = new ConcurrentLinkedQueue<>();
    private final String answer;
    private final long minLatencyMs;
    private final long maxLatencyMs;
    private final int retryAfterSeconds;
    private volatile Mode mode = Mode.NORMAL;

    StandInProvider(long minLatencyMs, long maxLatencyMs, int retryAfterSeconds) throws IOException {
        this.minLatencyMs = minLatencyMs;
        this.maxLatencyMs = maxLatencyMs;
        this.retryAfterSeconds = retryAfterSeconds;
        this.answer = """
                {"created": %d, "data": [{"b64_json": "%s"}], "output_format": "png", "quality": "low",
                 "size": "1024x1024",
                 "usage": {"input_tokens": 0, "input_tokens_details": {"image_tokens": 0, "text_tokens": 0},
                           "output_tokens": %d, "total_tokens": %d}}
                """.formatted(Instant.now().getEpochSecond(), Base64.getEncoder().encodeToString(png()),
                OUTPUT_TOKENS, OUTPUT_TOKENS);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/v1/images/edits", this::edit);
        server.start();
    }

    /** The base URL for the provider's {@code base_url}. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    void mode(Mode next) {
        mode = next;
    }

    List<Call> calls() {
        return new ArrayList<>(calls);
    }

    /** The tags of the calls that came in and are not answered yet. */
    Set<String> inFlight() {
        return Set.copyOf(inFlight);
    }

    private void edit(HttpExchange exchange) throws IOException {
        Instant started = Instant.now();
        String tag;
        try (InputStream in = exchange.getRequestBody()) {
            tag = tag(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
        }
        Mode now = mode;
        inFlight.add(tag);
        try {
            switch (now) {
                case OUTAGE -> respond(exchange, started, tag, 503, """
                        {"error": {"message": "The server is overloaded or not ready yet.", "type": "server_error",
                                   "param": null, "code": null}}""");
                case RATE_LIMITED -> {
                    exchange.getResponseHeaders().set("Retry-After", Integer.toString(retryAfterSeconds));
                    respond(exchange, started, tag, 429, """
                            {"error": {"message": "Rate limit reached for images per minute.", "type": "requests",
                                       "param": null, "code": "rate_limit_exceeded"}}""");
                }
                case NORMAL -> {
                    Thread.sleep(ThreadLocalRandom.current().nextLong(minLatencyMs, maxLatencyMs + 1));
                    respond(exchange, started, tag, 200, answer);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            inFlight.remove(tag);
            exchange.close();
        }
    }

    /**
     * Records the call before answering: a provider bills the work it finished whether or not the caller is still
     * there to read the answer (a worker killed mid-call).
     */
    private void respond(HttpExchange exchange, Instant started, String tag, int status, String body)
            throws IOException {
        calls.add(new Call(tag, started, Instant.now(), status));
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    static String tag(String body) {
        Matcher matcher = TAG.matcher(body);
        return matcher.find() ? matcher.group(1) : "";
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 64; y++) {
            for (int x = 0; x < 64; x++) {
                image.setRGB(x, y, (x * 4) << 16 | (y * 4) << 8 | 128);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
