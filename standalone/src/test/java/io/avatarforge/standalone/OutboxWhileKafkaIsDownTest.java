package io.avatarforge.standalone;

import static io.avatarforge.testkit.ApiClient.JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.avatarforge.testkit.ApiClient;
import io.avatarforge.testkit.AvatarServerTest;
import io.avatarforge.testkit.TcpGate;
import io.avatarforge.testkit.TestImages;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Requests accepted while the broker is down wait in the outbox and are published, and run, once it is back. */
@AvatarServerTest(classes = StandaloneApplication.class, properties = "spring.kafka.admin.operation-timeout=2s")
class OutboxWhileKafkaIsDownTest {

    private static TcpGate brokerGate;
    private static EmbeddedKafkaKraftBroker broker;

    @Autowired
    ApiClient api;

    @Autowired
    JdbcClient jdbc;

    /** The service's broker address leads to a gate that stays closed until the broker is started. */
    @DynamicPropertySource
    static void closedBroker(DynamicPropertyRegistry registry) throws IOException {
        if (brokerGate == null) {
            brokerGate = new TcpGate();
        }
        registry.add("spring.kafka.bootstrap-servers", () -> "127.0.0.1:" + brokerGate.port());
    }

    @AfterAll
    static void stopBroker() throws IOException {
        if (brokerGate != null) {
            brokerGate.close();
        }
        if (broker != null) {
            broker.destroy();
        }
    }

    @Test
    void jobsCommittedWhileTheBrokerIsDownArePublishedAndRunOnceItIsBack() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> response = post(Map.of("prompt", "job " + i, "image",
                    TestImages.jpegDataUri(200, 200), "async", true));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
            ids.add(JSON.readTree(response.body()).get("job_id").asString());
        }
        Thread.sleep(1500);
        assertThat(count("select count(*) from outbox_message")).isEqualTo(3);
        assertThat(count("select count(*) from generation_job where state = 'QUEUED'")).isEqualTo(3);

        broker = new EmbeddedKafkaKraftBroker(1, 2, "avatar.generation.requested", "avatar.generation.completed");
        broker.afterPropertiesSet();
        String[] address = broker.getBrokersAsString().split(",")[0].split(":");
        brokerGate.open(address[0], Integer.parseInt(address[1]));

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(count("select count(*) from generation_job where state = 'COMPLETED'")).isEqualTo(3));
        // The completion events are outbox rows too, committed with each job's completion and relayed just after it.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(count("select count(*) from outbox_message")).isZero());
        assertThat(jdbc.sql("select max(attempts) from generation_job").query(Integer.class).single()).isEqualTo(1);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private HttpResponse<String> post(Map<String, Object> body) {
        return api.post("/api/v1/avatar/generate", body);
    }
}
