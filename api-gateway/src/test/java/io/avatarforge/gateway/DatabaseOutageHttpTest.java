package io.avatarforge.gateway;

import static io.avatarforge.testkit.ApiClient.JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.avatarforge.testkit.ApiClient;
import io.avatarforge.testkit.AvatarIntegrationTest;
import io.avatarforge.testkit.PostgresTestDatabase;
import io.avatarforge.testkit.TcpGate;
import io.avatarforge.testkit.TestImages;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A database outage, for real: the gateway reaches PostgreSQL through a {@link TcpGate} the test cuts (every open
 * connection closed, new ones refused). Refusals come fast, as 503 problem+json with Retry-After; a key verified a
 * moment ago keeps authenticating; readiness says DOWN quickly while liveness stays UP; and the gateway reconnects by
 * itself once the database is back.
 */
@AvatarIntegrationTest(classes = GatewayTestApplication.class,
        properties = "avatar.gateway.security.bootstrap-admin-key=" + DatabaseOutageHttpTest.ADMIN_KEY)
class DatabaseOutageHttpTest {

    private static final System.Logger LOG = System.getLogger(DatabaseOutageHttpTest.class.getName());

    static final String ADMIN_KEY = "database-outage-admin-key-0123456789abcdef";
    /**
     * Far below the 30 s the request path hung before (Hikari's default connection timeout), far above the ~2 s it
     * takes on a quiet machine: CI runs on two loaded cores, and speed is measured by the chaos suite, not here.
     */
    private static final Duration FAST = Duration.ofSeconds(10);
    /**
     * One wait for a pooled connection (the gateway's 2 s) and the rest of the request: a request that waited twice
     * (the key lookup, then the rate limiter or the controller) takes 4 s or more.
     */
    private static final Duration ONE_WAIT = Duration.ofSeconds(3);
    private static TcpGate gate;
    private static String host;
    private static int port;

    @Autowired
    ApiClient api;

    /** The schema is created directly; the service reaches it only through the gate. */
    @DynamicPropertySource
    static void databaseBehindAGate(DynamicPropertyRegistry registry) throws IOException {
        if (gate == null) {
            String url = PostgresTestDatabase.freshSchemaUrl("dboutage");
            URI address = URI.create(url.substring("jdbc:".length()));
            host = address.getHost();
            port = address.getPort() < 0 ? 5432 : address.getPort();
            gate = new TcpGate();
            gate.open(host, port);
            String gated = url.replace(host + ":" + address.getPort(), "127.0.0.1:" + gate.port());
            registry.add("spring.datasource.url", () -> gated);
        }
    }

    @AfterEach
    void databaseBack() throws IOException {
        gate.cut();
        gate.open(host, port);
    }

    @AfterAll
    static void closeGate() throws IOException {
        gate.close();
    }

    @Test
    void duringAnOutageRequestsAreRefusedFastWith503AndARecentKeyStillAuthenticates() throws Exception {
        ApiClient caller = api.withKey(newKey());
        HttpResponse<String> accepted = caller.post("/api/v1/avatar/generate", generateBody());
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String jobId = JSON.readTree(accepted.body()).get("job_id").asString();
        assertThat(caller.get("/api/v1/avatar/status/" + jobId).statusCode()).isEqualTo(200);

        gate.cut();

        assertUnavailable(() -> caller.post("/api/v1/avatar/generate", generateBody()));
        assertUnavailable(() -> caller.get("/api/v1/avatar/status/" + jobId));
        assertUnavailable(() -> api.withKey("afk_never-seen-before-key").get("/api/v1/avatar/styles"));
        long start = System.nanoTime();
        HttpResponse<String> styles = caller.get("/api/v1/avatar/styles");
        assertThat(styles.statusCode()).as("the recently verified key authenticates without the database: "
                + styles.body()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(FAST);
    }

    @Test
    void readinessFailsFastWhileLivenessStaysUpAndTheGatewayReconnectsByItself() throws Exception {
        ApiClient caller = api.withKey(newKey());
        assertThat(api.get("/actuator/health/readiness").statusCode()).isEqualTo(200);

        gate.cut();

        long start = System.nanoTime();
        HttpResponse<String> readiness = api.get("/actuator/health/readiness");
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(readiness.statusCode()).as(readiness.body()).isEqualTo(503);
        assertThat(took).isLessThan(FAST);
        assertThat(api.get("/actuator/health/liveness").statusCode()).isEqualTo(200);

        gate.open(host, port);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            assertThat(api.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
            assertThat(caller.post("/api/v1/avatar/generate", generateBody()).statusCode()).isEqualTo(202);
        });
    }

    @Test
    void duringAnOutageEachRequestWaitsForTheDatabaseAtMostOnceAndServiceResumesWhenItIsBack() throws Exception {
        ApiClient caller = api.withKey(newKey());
        HttpResponse<String> accepted = caller.post("/api/v1/avatar/generate", generateBody());
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);

        gate.cut();

        List<Duration> refusals = new ArrayList<>();
        for (int request = 0; request < 8; request++) {
            // Key lookup, rate limiter and controller each need the database; spaced so the probes come in between.
            refusals.add(assertUnavailable(() -> caller.post("/api/v1/avatar/generate", generateBody()), ONE_WAIT));
            Thread.sleep(250);
        }
        LOG.log(System.Logger.Level.INFO, "Refusals during the outage took {0}", refusals);
        assertThat(refusals).as("a request right after a refusal does not wait for the database at all")
                .anySatisfy(took -> assertThat(took).isLessThan(Duration.ofSeconds(1)));

        gate.open(host, port);
        long reopened = System.nanoTime();

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(caller.post("/api/v1/avatar/generate", generateBody()).statusCode()).isEqualTo(202));
        LOG.log(System.Logger.Level.INFO, "Accepted again {0} after the gate opened",
                Duration.ofNanos(System.nanoTime() - reopened));
    }

    private static void assertUnavailable(Supplier<HttpResponse<String>> request) throws Exception {
        assertUnavailable(request, FAST);
    }

    private static Duration assertUnavailable(Supplier<HttpResponse<String>> request, Duration within)
            throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = request.get();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(response.body()).get("code").asString()).isEqualTo("service_unavailable");
        assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(took).isLessThan(within);
        return took;
    }

    /**
     * After the other test's outage, the first statements may still meet a pooled connection the outage broke: that
     * request is refused 503 (retryable, as a client would retry it), and the pool replaces the connection.
     */
    private String newKey() throws Exception {
        java.util.concurrent.atomic.AtomicReference<HttpResponse<String>> created =
                new java.util.concurrent.atomic.AtomicReference<>();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            HttpResponse<String> response = api.withKey(ADMIN_KEY).post("/api/v1/admin/api-keys",
                    Map.of("name", "outage", "scopes", List.of("generate")));
            created.set(response);
            assertThat(response.statusCode()).as(response.body()).isIn(201, 503);
            assertThat(response.statusCode()).isEqualTo(201);
        });
        return JSON.readTree(created.get().body()).get("key").asString();
    }

    private static Map<String, Object> generateBody() {
        return Map.of("prompt", "outage", "image", TestImages.jpegDataUri(200, 200), "async", true);
    }
}
