package io.avatarforge.standalone;

import static io.avatarforge.testkit.ApiClient.JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.avatarforge.platform.config.AvatarConfigHolder;
import io.avatarforge.platform.config.ConfigChangeListener;
import io.avatarforge.testkit.ApiClient;
import io.avatarforge.testkit.AvatarIntegrationTest;
import io.avatarforge.testkit.TestInfrastructure;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

/** A configuration change made through one gateway reaches a separate worker-only process within 2 seconds. */
@AvatarIntegrationTest(classes = StandaloneApplication.class,
        properties = "avatar.gateway.security.bootstrap-admin-key=" + ConfigReachesWorkersTest.ADMIN_KEY)
class ConfigReachesWorkersTest {

    static final String ADMIN_KEY = "standalone-test-admin-key-0123456789abcdef";

    @Autowired
    ApiClient api;

    @Autowired
    TestInfrastructure infrastructure;

    @Autowired
    ApplicationContext context;

    /** A worker role alone, as the production worker runs: no gateway, no web server. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class WorkerOnly {
    }

    @Test
    void aChangeReachesAWorkerOnlyInstanceWithinTwoSeconds() throws Exception {
        assertThat(context.getBeanNamesForType(ConfigChangeListener.class))
                .as("in one process one listener serves both roles").hasSize(1);
        try (ConfigurableApplicationContext worker = new SpringApplicationBuilder(WorkerOnly.class)
                // This test's database and data directory, as command-line arguments.
                .run(infrastructure.arguments("--spring.main.web-application-type=none",
                        "--avatar.gateway.enabled=false",
                        "--avatar.standalone.embedded-broker=false",
                        "--spring.kafka.bootstrap-servers=" + infrastructure.kafkaBootstrapServers(),
                        "--avatar.config.poll-interval=1h"))) {
            AvatarConfigHolder workerConfig = worker.getBean(AvatarConfigHolder.class);
            var listener = worker.getBean(KafkaListenerEndpointRegistry.class)
                    .getListenerContainer(ConfigChangeListener.LISTENER_ID);
            await().atMost(Duration.ofSeconds(30)).until(() -> listener.getAssignedPartitions() != null
                    && !listener.getAssignedPartitions().isEmpty());

            HttpResponse<String> response = api.withKey(ADMIN_KEY).post("/api/v1/avatar/config", """
                    {"style_templates": {"neon_noir": {"base_prompt": "neon noir portrait"}},
                     "service_config": {"default_quality": "low"}}
                    """);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            long version = JSON.readTree(response.body()).get("version").asLong();

            await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(20))
                    .until(() -> workerConfig.current().version() >= version);
            assertThat(workerConfig.config().styleTemplates()).containsKey("neon_noir");
            assertThat(workerConfig.config().serviceConfig().defaultQuality()).isEqualTo("low");
        }
    }
}
