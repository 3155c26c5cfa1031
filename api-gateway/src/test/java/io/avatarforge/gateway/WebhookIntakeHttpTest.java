package io.avatarforge.gateway;

import static io.avatarforge.testkit.ApiAssertions.assertProblem;
import static io.avatarforge.testkit.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.avatarforge.testkit.ApiClient;
import io.avatarforge.testkit.AvatarIntegrationTest;
import io.avatarforge.testkit.TestImages;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A production gateway (private webhook targets not allowed) refuses a {@code webhook_url} that could not be sent to
 * at intake, before anything is stored; and API keys come with a webhook secret.
 */
@AvatarIntegrationTest(classes = GatewayTestApplication.class,
        properties = {
            "avatar.gateway.security.allow-anonymous=true",
            "avatar.gateway.security.bootstrap-admin-key=" + WebhookIntakeHttpTest.ADMIN_KEY
        })
class WebhookIntakeHttpTest {

    static final String ADMIN_KEY = "webhook-intake-admin-key-0123456789abcdef";
    private static final AtomicInteger LOOPBACK_HITS = new AtomicInteger();
    private static HttpServer loopbackReceiver;

    @Autowired
    ApiClient api;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void startLoopbackReceiver() throws IOException {
        loopbackReceiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        loopbackReceiver.createContext("/", exchange -> {
            LOOPBACK_HITS.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        loopbackReceiver.start();
    }

    @AfterAll
    static void stopLoopbackReceiver() {
        loopbackReceiver.stop(0);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"https://127.0.0.1:PORT/hook", "https://localhost:PORT/hook", "http://127.0.0.1:PORT/hook",
        "https://[::1]:PORT/hook", "https://2130706433:PORT/hook", "https://10.0.0.7/hook",
        "https://169.254.169.254/latest/meta-data/", "http://1.1.1.1/hook", "ftp://1.1.1.1/hook",
        "https://user:secret@1.1.1.1/hook", "/relative/hook", "not a url at all"})
    void aWebhookUrlThatCouldNotBeSentToIsRefusedAtIntakeAndNothingIsStored(String spelling) {
        String url = spelling.replace("PORT", Integer.toString(loopbackReceiver.getAddress().getPort()));
        long jobsBefore = jobs();

        assertProblem(submit(url), 400, "url_not_allowed");

        assertThat(jobs()).isEqualTo(jobsBefore);
        assertThat(LOOPBACK_HITS.get()).isZero();
    }

    @Test
    void anHttpsUrlOfAPublicAddressIsKeptWithTheJob() {
        var accepted = submit("https://1.1.1.1/avatar-hooks?tenant=7");

        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String jobId = json(accepted).get("job_id").asString();
        assertThat(jdbc.sql("select webhook_url from generation_job where id = :id")
                .param("id", UUID.fromString(jobId)).query(String.class).single())
                .isEqualTo("https://1.1.1.1/avatar-hooks?tenant=7");
        assertThat(json(api.get("/api/v1/avatar/jobs/" + jobId + "/deliveries")).get("state").asString())
                .as("no event before the job finishes").isEqualTo("not_due");
    }

    @Test
    void aNewApiKeyComesWithItsWebhookSecretAndOnlyExistingKeysRotate() {
        ApiClient admin = api.withKey(ADMIN_KEY);

        var created = admin.post("/api/v1/admin/api-keys", Map.of("name", "backend", "scopes", List.of("generate")));

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(json(created).get("webhook_secret").asString()).matches("whsec_[A-Za-z0-9+/]{43}=");
        assertThat(admin.get("/api/v1/admin/api-keys").body()).doesNotContain(json(created).get("webhook_secret")
                .asString());
        assertProblem(admin.post("/api/v1/admin/api-keys/" + UUID.randomUUID() + "/webhook-secret/rotate", ""), 404,
                "api_key_not_found");
        assertProblem(api.post("/api/v1/admin/api-keys/" + json(created).get("id").asString()
                + "/webhook-secret/rotate", ""), 401, "unauthenticated");
    }

    private java.net.http.HttpResponse<String> submit(String webhookUrl) {
        return api.post("/api/v1/avatar/generate", Map.of("prompt", "a portrait", "image",
                TestImages.jpegDataUri(200, 200), "async", true, "webhook_url", webhookUrl));
    }

    private long jobs() {
        return jdbc.sql("select count(*) from generation_job").query(Long.class).single();
    }
}
