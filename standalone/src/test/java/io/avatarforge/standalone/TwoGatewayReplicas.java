package io.avatarforge.standalone;

import io.avatarforge.testkit.PostgresTestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * Two gateway replicas on one fresh PostgreSQL schema and one Kafka broker of their own, as production runs them: the
 * first with a worker (and the test's {@code sources}, such as a stand-in provider), the second a gateway only. Both
 * start from the configuration file {@code configJson}.
 */
final class TwoGatewayReplicas implements AutoCloseable {

    private final EmbeddedKafkaKraftBroker broker;
    private final ConfigurableApplicationContext withWorker;
    private final ConfigurableApplicationContext gatewayOnly;

    private TwoGatewayReplicas(EmbeddedKafkaKraftBroker broker, ConfigurableApplicationContext withWorker,
            ConfigurableApplicationContext gatewayOnly) {
        this.broker = broker;
        this.withWorker = withWorker;
        this.gatewayOnly = gatewayOnly;
    }

    static TwoGatewayReplicas start(String name, String configJson, int poolSize, List<Class<?>> sources,
            String... extraArgs) throws Exception {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 2, "avatar.generation.requested",
                "avatar.generation.completed");
        broker.afterPropertiesSet();
        String database = PostgresTestDatabase.freshSchemaUrl(name);
        Path dataDir = Files.createTempDirectory("avatar-" + name);
        Files.writeString(dataDir.resolve("config.json"), configJson);
        List<String> common = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.datasource.url=" + database,
                "--spring.datasource.username=" + PostgresTestDatabase.USER,
                "--spring.datasource.password=" + PostgresTestDatabase.PASSWORD,
                "--spring.datasource.hikari.maximum-pool-size=" + poolSize,
                "--spring.flyway.placeholders.json_type=jsonb",
                "--spring.kafka.bootstrap-servers=" + broker.getBrokersAsString(),
                "--avatar.data-dir=" + dataDir,
                "--avatar.config-path=" + dataDir.resolve("config.json"),
                "--avatar.gateway.image-signing-key=" + name + "-test-signing-key-0123456789abcdef",
                "--avatar.gateway.topic-partitions=2"));
        common.addAll(List.of(extraArgs));
        List<Class<?>> withWorkerSources = new ArrayList<>(List.of(StandaloneApplication.class));
        withWorkerSources.addAll(sources);
        ConfigurableApplicationContext withWorker = new SpringApplicationBuilder(
                withWorkerSources.toArray(Class<?>[]::new)).run(common.toArray(String[]::new));
        List<String> gatewayArgs = new ArrayList<>(common);
        gatewayArgs.add("--avatar.worker.enabled=false");
        ConfigurableApplicationContext gatewayOnly = new SpringApplicationBuilder(StandaloneApplication.class)
                .run(gatewayArgs.toArray(String[]::new));
        return new TwoGatewayReplicas(broker, withWorker, gatewayOnly);
    }

    /** The base URLs of the replica with the worker and of the gateway-only one, in that order. */
    List<String> baseUrls() {
        return List.of(baseUrl(withWorker), baseUrl(gatewayOnly));
    }

    JdbcClient jdbc() {
        return withWorker.getBean(JdbcClient.class);
    }

    @Override
    public void close() {
        gatewayOnly.close();
        withWorker.close();
        broker.destroy();
    }

    private static String baseUrl(ConfigurableApplicationContext context) {
        return "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
    }
}
