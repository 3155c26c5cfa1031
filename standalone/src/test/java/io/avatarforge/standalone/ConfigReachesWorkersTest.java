package io.avatarforge.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.avatarforge.platform.config.AvatarConfigHolder;
import io.avatarforge.testkit.PostgresTestDatabase;
import io.avatarforge.platform.config.ConfigChangeListener;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/** A configuration change made through one gateway reaches a separate worker-only process within 2 seconds. */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
            "spring.flyway.placeholders.json_type=jsonb",
            "avatar.gateway.image-signing-key=test-signing-key-0123456789abcdef0123456789",
            "avatar.gateway.topic-partitions=2",
            "avatar.gateway.security.bootstrap-admin-key=" + ConfigReachesWorkersTest.ADMIN_KEY
        })
@EmbeddedKafka(partitions = 2, topics = {"avatar.generation.requested", "avatar.generation.completed"})
class ConfigReachesWorkersTest {

    static final String ADMIN_KEY = "standalone-test-admin-key-0123456789abcdef";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static String databaseUrl;
    private static Path dataDir;

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    ApplicationContext context;

    /** A worker role alone, as the production worker runs: no gateway, no web server. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class WorkerOnly {
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) throws IOException {
        if (databaseUrl == null) {
            databaseUrl = PostgresTestDatabase.freshSchemaUrl("workerconfig");
            dataDir = Files.createTempDirectory("avatar-worker-config-test");
        }
        registry.add("spring.datasource.url", () -> databaseUrl);
        registry.add("spring.datasource.username", () -> PostgresTestDatabase.USER);
        registry.add("spring.datasource.password", () -> PostgresTestDatabase.PASSWORD);
        registry.add("avatar.data-dir", () -> dataDir.toString());
        registry.add("avatar.config-path", () -> dataDir.resolve("absent.json").toString());
    }

    @Test
    void aChangeReachesAWorkerOnlyInstanceWithinTwoSeconds() throws Exception {
        assertThat(context.getBeanNamesForType(ConfigChangeListener.class))
                .as("in one process one listener serves both roles").hasSize(1);
        try (ConfigurableApplicationContext worker = new SpringApplicationBuilder(WorkerOnly.class)
                // Command-line arguments, so they beat any application.properties on the test class path.
                .run("--spring.main.web-application-type=none",
                        "--avatar.gateway.enabled=false",
                        "--spring.datasource.url=" + databaseUrl,
                        "--spring.datasource.username=" + PostgresTestDatabase.USER,
                        "--spring.datasource.password=" + PostgresTestDatabase.PASSWORD,
                        "--avatar.standalone.embedded-broker=false",
                        "--spring.flyway.placeholders.json_type=jsonb",
                        "--spring.kafka.bootstrap-servers=" + broker.getBrokersAsString(),
                        "--avatar.data-dir=" + dataDir,
                        "--avatar.config.poll-interval=1h")) {
            AvatarConfigHolder workerConfig = worker.getBean(AvatarConfigHolder.class);
            var listener = worker.getBean(KafkaListenerEndpointRegistry.class)
                    .getListenerContainer(ConfigChangeListener.LISTENER_ID);
            await().atMost(Duration.ofSeconds(30)).until(() -> listener.getAssignedPartitions() != null
                    && !listener.getAssignedPartitions().isEmpty());

            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/api/v1/avatar/config"))
                    .header("Authorization", "Bearer " + ADMIN_KEY)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("""
                            {"style_templates": {"neon_noir": {"base_prompt": "neon noir portrait"}},
                             "service_config": {"default_quality": "low"}}
                            """))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            long version = JSON.readTree(response.body()).get("version").asLong();

            await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(20))
                    .until(() -> workerConfig.current().version() >= version);
            assertThat(workerConfig.config().styleTemplates()).containsKey("neon_noir");
            assertThat(workerConfig.config().serviceConfig().defaultQuality()).isEqualTo("low");
        }
    }
}
