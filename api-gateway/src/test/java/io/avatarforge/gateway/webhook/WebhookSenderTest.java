package io.avatarforge.gateway.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/**
 * The sender against receivers on this machine: what it sends, and how it bounds what a receiver can do to it (slow,
 * endless or redirecting answers), and where it refuses to connect at all.
 */
class WebhookSenderTest {

    private static final AtomicInteger HITS = new AtomicInteger();
    private static final AtomicReference<Map<String, List<String>>> LAST_HEADERS = new AtomicReference<>();
    private static final AtomicReference<String> LAST_BODY = new AtomicReference<>();
    private static ExecutorService handlers;
    private static HttpServer server;

    @BeforeAll
    static void startReceiver() throws IOException {
        handlers = Executors.newVirtualThreadPerTaskExecutor();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(handlers);
        server.createContext("/ok", exchange -> {
            LAST_HEADERS.set(Map.copyOf(exchange.getRequestHeaders()));
            LAST_BODY.set(new String(exchange.getRequestBody().readAllBytes()));
            answer(exchange, 204, new byte[0]);
        });
        server.createContext("/redirect", exchange -> {
            exchange.getResponseHeaders().add("Location", "/count");
            answer(exchange, 307, new byte[0]);
        });
        server.createContext("/count", exchange -> {
            HITS.incrementAndGet();
            answer(exchange, 200, new byte[0]);
        });
        server.createContext("/huge-error", exchange -> answer(exchange, 500, "e".repeat(1_000_000).getBytes()));
        server.createContext("/slow", exchange -> {
            try {
                Thread.sleep(3_000);
                answer(exchange, 200, new byte[0]);
            } catch (InterruptedException e) {
                exchange.close();
            }
        });
        server.createContext("/trickle", exchange -> {
            exchange.sendResponseHeaders(503, 0);
            try (OutputStream body = exchange.getResponseBody()) {
                for (int i = 0; i < 30; i++) {
                    body.write('.');
                    body.flush();
                    Thread.sleep(100);
                }
            } catch (IOException | InterruptedException e) {
                // The sender hung up, as it should.
            }
        });
        server.start();
    }

    @AfterAll
    static void stopReceiver() {
        server.stop(0);
        handlers.close();
    }

    private final List<WebhookSender> senders = new java.util.ArrayList<>();

    @BeforeEach
    void resetHits() {
        HITS.set(0);
    }

    @Test
    void anEventIsPostedAsJsonWithItsHeaders() {
        WebhookSender.Result result = sender(true, Duration.ofSeconds(5)).send(url("/ok"),
                Map.of("webhook-id", "msg_1", "webhook-timestamp", "1700000000", "webhook-signature", "v1,abc"),
                "{\"type\":\"avatar.completed\"}");

        assertThat(result.delivered()).isTrue();
        assertThat(result.status()).isEqualTo(204);
        assertThat(result.error()).isNull();
        assertThat(LAST_BODY.get()).isEqualTo("{\"type\":\"avatar.completed\"}");
        assertThat(LAST_HEADERS.get()).containsEntry("Webhook-id", List.of("msg_1"))
                .containsEntry("Webhook-timestamp", List.of("1700000000"))
                .containsEntry("Webhook-signature", List.of("v1,abc"))
                .containsEntry("User-agent", List.of(WebhookSender.USER_AGENT));
        assertThat(LAST_HEADERS.get().get("Content-type").getFirst()).startsWith("application/json");
    }

    @Test
    void productionRulesNeverConnectToThisMachineWhateverTheSpelling() {
        WebhookSender production = sender(false, Duration.ofSeconds(5));
        int port = server.getAddress().getPort();

        for (String url : List.of("https://localhost:" + port + "/count", "https://127.0.0.1:" + port + "/count",
                "http://127.0.0.1:" + port + "/count", "https://2130706433:" + port + "/count")) {
            WebhookSender.Result result = production.send(url, Map.of(), "{}");
            assertThat(result.delivered()).as(url).isFalse();
            assertThat(result.status()).as(url).isNull();
            assertThat(result.error()).as(url).isNotBlank();
        }
        assertThat(HITS.get()).isZero();
    }

    @Test
    void aRedirectIsAFailedAttemptAndIsNotFollowed() {
        WebhookSender.Result result = sender(true, Duration.ofSeconds(5)).send(url("/redirect"), Map.of(), "{}");

        assertThat(result.delivered()).isFalse();
        assertThat(result.status()).isEqualTo(307);
        assertThat(HITS.get()).isZero();
    }

    @Test
    void onlyTheStartOfAnAnswerIsReadAndKept() {
        WebhookSender.Result result = sender(true, Duration.ofSeconds(5)).send(url("/huge-error"), Map.of(), "{}");

        assertThat(result.status()).isEqualTo(500);
        assertThat(result.error()).startsWith("HTTP 500: eee").hasSizeLessThan(300);
    }

    @Test
    void aReceiverThatDoesNotAnswerInTimeIsCutOff() {
        long started = System.nanoTime();

        WebhookSender.Result result = sender(true, Duration.ofMillis(700)).send(url("/slow"), Map.of(), "{}");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2500));
        assertThat(result.status()).isNull();
        assertThat(result.error()).isEqualTo("timed out after 700 ms");
    }

    @Test
    void aReceiverTricklingItsAnswerIsCutOffAtTheTimeoutWithTheStatusItSent() {
        long started = System.nanoTime();

        WebhookSender.Result result = sender(true, Duration.ofMillis(700)).send(url("/trickle"), Map.of(), "{}");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2500));
        assertThat(result.status()).isEqualTo(503);
        assertThat(result.error()).startsWith("HTTP 503: .");
    }

    @Test
    void aReceiverThatIsNotListeningIsAConnectionError() throws IOException {
        int closed;
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.ofLiteral("127.0.0.1"))) {
            closed = socket.getLocalPort();
        }

        WebhookSender.Result result = sender(true, Duration.ofSeconds(5)).send("http://127.0.0.1:" + closed + "/",
                Map.of(), "{}");

        assertThat(result.status()).isNull();
        assertThat(result.error()).isEqualTo("connection refused");
    }

    private WebhookSender sender(boolean allowPrivateTargets, Duration timeout) {
        WebhookProperties properties = new WebhookProperties(true, allowPrivateTargets, null,
                List.of(Duration.ofSeconds(5)), 0.1, timeout, Duration.ofMillis(500), 4, Duration.ofSeconds(60),
                DataSize.ofKilobytes(4), Duration.ofHours(24));
        WebhookSender sender = new WebhookSender(new WebhookTargets(properties), properties);
        senders.add(sender);
        return sender;
    }

    @AfterEach
    void closeSenders() {
        senders.forEach(WebhookSender::destroy);
        senders.clear();
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private static void answer(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            } catch (IOException e) {
                // The sender hung up after what it wanted to read.
            }
        }
        exchange.close();
    }
}
