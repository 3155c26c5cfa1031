package io.avatarforge.gateway.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.avatarforge.gateway.web.ApiProblemException;
import io.avatarforge.testkit.TestImages;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.http.client.InetAddressFilter;
import org.springframework.http.HttpStatus;

/**
 * The fetcher against local servers only: one on 127.0.0.1 (which a test-only filter may allow) and one on 127.0.0.2
 * (which nothing allows). Every refusal is checked to have sent nothing.
 */
class RemoteImageFetcherTest {

    private static final int MAX_BYTES = 1_000_000;
    private static final byte[] FACE = TestImages.encode(TestImages.face(64, 64), "png");
    private static final AtomicInteger HITS = new AtomicInteger();
    private static final AtomicInteger OTHER_HITS = new AtomicInteger();
    private static final AtomicBoolean OVERSIZED_STREAM_CUT = new AtomicBoolean();
    private static final CountDownLatch OVERSIZED_STREAM_DONE = new CountDownLatch(1);
    private static ExecutorService handlers;
    private static HttpServer server;
    private static HttpServer otherLoopback;

    private final ImageIntakeLimits limits = new ImageIntakeLimits(MAX_BYTES, 40_000_000,
            Duration.ofMillis(500), Duration.ofMillis(500), 3);
    private RemoteImageFetcher production;
    private RemoteImageFetcher loopbackAllowed;

    @BeforeAll
    static void startServers() throws IOException {
        handlers = Executors.newVirtualThreadPerTaskExecutor();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(handlers);
        server.createContext("/face.png", exchange -> {
            HITS.incrementAndGet();
            send(exchange, 200, FACE);
        });
        server.createContext("/redirect-to-face", exchange -> {
            HITS.incrementAndGet();
            redirect(exchange, "/face.png");
        });
        server.createContext("/redirect-to-other-loopback", exchange -> {
            HITS.incrementAndGet();
            redirect(exchange, "http://127.0.0.2:" + otherLoopback.getAddress().getPort() + "/face.png");
        });
        server.createContext("/redirect-to-file", exchange -> {
            HITS.incrementAndGet();
            redirect(exchange, "file:///etc/passwd");
        });
        server.createContext("/redirect-forever", exchange -> {
            HITS.incrementAndGet();
            redirect(exchange, "/redirect-forever");
        });
        server.createContext("/missing", exchange -> {
            HITS.incrementAndGet();
            send(exchange, 404, "not here".getBytes());
        });
        server.createContext("/declared-too-large", exchange -> {
            HITS.incrementAndGet();
            exchange.sendResponseHeaders(200, MAX_BYTES + 1L);
            try {
                exchange.getResponseBody().write(new byte[16]);
                exchange.getResponseBody().flush();
                // Holds the rest back: the fetcher must refuse on the declared length alone.
                Thread.sleep(2_000);
            } catch (IOException | InterruptedException e) {
                // The fetcher hung up, as it should.
            } finally {
                exchange.close();
            }
        });
        server.createContext("/endless", exchange -> {
            HITS.incrementAndGet();
            exchange.sendResponseHeaders(200, 0);
            byte[] chunk = new byte[64 * 1024];
            try (OutputStream body = exchange.getResponseBody()) {
                // Far more than the cap; the fetcher must hang up rather than drain it.
                for (int i = 0; i < 1024; i++) {
                    body.write(chunk);
                }
            } catch (IOException e) {
                OVERSIZED_STREAM_CUT.set(true);
            } finally {
                OVERSIZED_STREAM_DONE.countDown();
            }
        });
        server.createContext("/slow", exchange -> {
            HITS.incrementAndGet();
            try {
                Thread.sleep(3_000);
                send(exchange, 200, FACE);
            } catch (InterruptedException | IOException e) {
                exchange.close();
            }
        });
        server.start();
        otherLoopback = HttpServer.create(new InetSocketAddress("127.0.0.2", 0), 0);
        otherLoopback.createContext("/", exchange -> {
            OTHER_HITS.incrementAndGet();
            send(exchange, 200, FACE);
        });
        otherLoopback.start();
    }

    @AfterAll
    static void stopServers() {
        server.stop(0);
        otherLoopback.stop(0);
        handlers.close();
    }

    @BeforeEach
    void fetchers() {
        HITS.set(0);
        OTHER_HITS.set(0);
        production = new RemoteImageFetcher(limits);
        loopbackAllowed = new RemoteImageFetcher(limits, InetAddressFilter.of("127.0.0.1"));
    }

    @AfterEach
    void closeFetchers() {
        production.close();
        loopbackAllowed.close();
    }

    static List<String> thisMachineAndPrivateNetworks() {
        return List.of("http://127.0.0.1:PORT/face.png", "http://localhost:PORT/face.png",
                "http://[::1]:PORT/face.png", "http://2130706433:PORT/face.png", "http://0x7f000001:PORT/face.png",
                "http://0x7F.0.0.1:PORT/face.png", "http://017700000001:PORT/face.png",
                "http://0177.0.0.1:PORT/face.png", "http://127.000.000.001:PORT/face.png",
                "http://127.1:PORT/face.png", "http://127.0.1:PORT/face.png", "http://0.0.0.0:PORT/face.png",
                "http://0:PORT/face.png", "http://[::]:PORT/face.png", "http://[::ffff:127.0.0.1]:PORT/face.png",
                "http://[::ffff:7f00:1]:PORT/face.png", "http://[::127.0.0.1]:PORT/face.png",
                "http://[0:0:0:0:0:ffff:127.0.0.1]:PORT/face.png", "https://127.0.0.1:PORT/face.png",
                "HTTP://127.0.0.1:PORT/face.png", "http://127.0.0.2:PORT/face.png",
                "http://10.0.0.1:PORT/face.png", "http://172.16.5.4:PORT/face.png", "http://192.168.1.1:PORT/face.png",
                "http://169.254.169.254/latest/meta-data/", "http://100.64.0.1:PORT/face.png",
                "http://224.0.0.1:PORT/face.png", "http://255.255.255.255:PORT/face.png",
                "http://[fd00::1]:PORT/face.png", "http://[fe80::1]:PORT/face.png", "http://[ff02::1]:PORT/face.png",
                "http://[64:ff9b::7f00:1]:PORT/face.png");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("thisMachineAndPrivateNetworks")
    void urlsPointingAtThisMachineOrAPrivateNetworkAreRefusedWithoutBeingFetched(String spelling) {
        String url = spelling.replace("PORT", String.valueOf(server.getAddress().getPort()));

        assertProblem(() -> production.fetch(url), HttpStatus.BAD_REQUEST, "url_not_allowed");
        assertThat(HITS.get()).isZero();
        assertThat(OTHER_HITS.get()).isZero();
    }

    @Test
    void theProductionAddressFilterAcceptsPublicAddressesOnly() throws IOException {
        assertThat(RemoteImageFetcher.PUBLIC_ADDRESSES.matches(InetAddress.ofLiteral("203.0.114.7"))).isTrue();
        assertThat(RemoteImageFetcher.PUBLIC_ADDRESSES.matches(InetAddress.ofLiteral("2606:4700::1111"))).isTrue();
        for (String internal : List.of("127.0.0.1", "::1", "10.1.2.3", "192.168.0.1", "172.31.255.255",
                "169.254.169.254", "100.100.100.100", "0.0.0.0", "::", "fc00::1", "fe80::1", "224.0.0.251",
                "::127.0.0.1", "64:ff9b::a00:1")) {
            assertThat(RemoteImageFetcher.PUBLIC_ADDRESSES.matches(InetAddress.ofLiteral(internal)))
                    .as(internal).isFalse();
        }
    }

    @Test
    void otherSchemesAndCredentialsAreRefused() {
        for (String url : List.of("file:///etc/passwd", "ftp://example.com/a.png", "gopher://example.com/",
                "jar:http://example.com/a.jar!/a.png", "http:/relative", "http://user:secret@example.com/a.png",
                "http://exa mple.com/a.png")) {
            assertProblem(() -> production.fetch(url), HttpStatus.BAD_REQUEST, "url_not_allowed");
        }
    }

    @Test
    void anAllowedUrlIsFetched() {
        byte[] body = loopbackAllowed.fetch(url("/face.png"));

        assertThat(body).isEqualTo(FACE);
        assertThat(HITS.get()).isEqualTo(1);
    }

    @Test
    void aRedirectToAnAllowedAddressIsFollowed() {
        assertThat(loopbackAllowed.fetch(url("/redirect-to-face"))).isEqualTo(FACE);
        assertThat(HITS.get()).isEqualTo(2);
    }

    @Test
    void aRedirectToAnAddressThatIsNotAllowedIsRefusedWithoutFollowingIt() {
        assertProblem(() -> loopbackAllowed.fetch(url("/redirect-to-other-loopback")), HttpStatus.BAD_REQUEST,
                "url_not_allowed");
        assertProblem(() -> loopbackAllowed.fetch(url("/redirect-to-file")), HttpStatus.BAD_REQUEST,
                "url_not_allowed");
        assertThat(OTHER_HITS.get()).isZero();
    }

    @Test
    void redirectsStopAfterTheLimit() {
        assertProblem(() -> loopbackAllowed.fetch(url("/redirect-forever")), HttpStatus.BAD_REQUEST,
                "image_fetch_failed");
        assertThat(HITS.get()).isEqualTo(4);
    }

    @Test
    void aDeclaredOversizedBodyIsRefusedAndAnUndeclaredOneIsCutWhileStreaming() throws InterruptedException {
        assertProblem(() -> loopbackAllowed.fetch(url("/declared-too-large")), HttpStatus.CONTENT_TOO_LARGE,
                "image_too_large");
        assertProblem(() -> loopbackAllowed.fetch(url("/endless")), HttpStatus.CONTENT_TOO_LARGE,
                "image_too_large");

        assertThat(OVERSIZED_STREAM_DONE.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(OVERSIZED_STREAM_CUT.get()).as("the server saw the connection closed mid-stream").isTrue();
    }

    @Test
    void errorAnswersTimeoutsAndUnreachableHostsAreFetchFailures() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.ofLiteral("127.0.0.1"))) {
            closedPort = socket.getLocalPort();
        }

        assertProblem(() -> loopbackAllowed.fetch(url("/missing")), HttpStatus.BAD_REQUEST, "image_fetch_failed");
        assertProblem(() -> loopbackAllowed.fetch(url("/slow")), HttpStatus.BAD_REQUEST, "image_fetch_failed");
        assertProblem(() -> loopbackAllowed.fetch("http://127.0.0.1:" + closedPort + "/face.png"),
                HttpStatus.BAD_REQUEST, "image_fetch_failed");
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private static void assertProblem(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, HttpStatus status,
            String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ApiProblemException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.status()).isEqualTo(status);
            assertThat(e.getMessage()).isNotBlank();
        });
    }
}
