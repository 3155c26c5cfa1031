package io.avatarforge.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import io.avatarforge.gateway.GatewayProperties;
import io.avatarforge.gateway.webhook.WebhookProperties;
import io.avatarforge.model.SpecEnvironment;
import io.avatarforge.model.event.Topics;
import io.avatarforge.platform.PlatformProperties;
import io.avatarforge.platform.storage.firebase.FirebaseStorageProperties;
import io.avatarforge.testkit.ApiClient;
import io.avatarforge.worker.WorkerProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The manifests under {@code ops/k8s} are checked, not just shipped: every document is valid against its kind's schema
 * (npm {@code kubernetes-models} for Kubernetes' own kinds, {@code @kubernetes-models/keda} for the ScaledObject),
 * and what a schema cannot know is checked against the code: every environment variable is one the apps read, the
 * probe and scrape paths answer on a running app, the ports agree, and KEDA watches the worker group's real
 * consumer group and topic.
 */
class KubernetesManifestsTest {

    private static final Path MANIFESTS = Path.of("..", "ops", "k8s").toAbsolutePath().normalize();
    private static final List<JsonNode> DOCUMENTS = new ArrayList<>();

    @BeforeAll
    static void validateEveryManifestAgainstItsSchema() throws Exception {
        JsonMapper mapper = JsonMapper.builder().build();
        List<String> lines = new ArrayList<>();
        try (NodeClient node = NodeClient.start("k8s-manifests", "validate.mjs", MANIFESTS.toString())) {
            for (String line = node.nextLine(Duration.ofMinutes(1)); line != null;
                    line = node.nextLine(Duration.ofSeconds(30))) {
                lines.add(line);
            }
            // A failure names the file, kind and schema error on stderr (inherited: in the test's output).
            assertThat(node.awaitExit(Duration.ofSeconds(30))).as("validate.mjs exit code").isZero();
        }
        for (String line : lines) {
            DOCUMENTS.add(mapper.readTree(line).get("manifest"));
        }
    }

    @Test
    void everyManifestIsValidAgainstTheKubernetesAndKedaSchemas() {
        assertThat(DOCUMENTS).extracting(doc -> doc.get("kind").asString() + "/" + doc.at("/metadata/name").asString())
                .containsExactlyInAnyOrder("ConfigMap/avatar-forge", "Deployment/avatar-gateway",
                        "Service/avatar-gateway", "PodDisruptionBudget/avatar-gateway", "Deployment/avatar-worker",
                        "PodDisruptionBudget/avatar-worker", "ScaledObject/avatar-worker");
    }

    @Test
    void kedaScalesTheWorkerDeploymentOnTheWorkerGroupsLagOnTheRequestTopic() throws Exception {
        JsonNode scaler = document("ScaledObject", "avatar-worker");
        assertThat(scaler.at("/spec/scaleTargetRef/name").asString()).isEqualTo(document("Deployment",
                "avatar-worker").at("/metadata/name").asString());
        JsonNode trigger = scaler.at("/spec/triggers/0");
        assertThat(trigger.get("type").asString()).isEqualTo("kafka");
        JsonNode metadata = trigger.get("metadata");
        // The schema types trigger metadata as a free map: the keys are checked here against KEDA's kafka scaler.
        assertThat(metadata.propertyNames()).isSubsetOf("bootstrapServers", "consumerGroup", "topic",
                "lagThreshold", "activationLagThreshold", "offsetResetPolicy", "allowIdleConsumers",
                "scaleToZeroOnInvalidOffset", "excludePersistentLag", "limitToPartitionsWithLag");
        Binder defaults = binder(Map.of());
        assertThat(metadata.get("consumerGroup").asString())
                .isEqualTo(defaults.bindOrCreate("avatar.worker", WorkerProperties.class).consumerGroup());
        assertThat(metadata.get("topic").asString()).isEqualTo(Topics.GENERATION_REQUESTED);
        assertThat(metadata.get("offsetResetPolicy").asString())
                .isEqualTo(defaults.bind("spring.kafka.consumer.auto-offset-reset", String.class).get());
        assertThat(metadata.get("bootstrapServers").asString())
                .isEqualTo(configMap().get("SPRING_KAFKA_BOOTSTRAP_SERVERS").asString());
        // More consumers than the topic's partitions would sit idle.
        assertThat(scaler.at("/spec/maxReplicaCount").asInt())
                .isEqualTo(defaults.bindOrCreate("avatar.gateway", GatewayProperties.class).topicPartitions());
        assertThat(Integer.parseInt(metadata.get("lagThreshold").asString())).isPositive();
    }

    @Test
    void everyEnvironmentVariableOfTheManifestsIsOneTheAppsRead() throws Exception {
        Map<String, String> env = new HashMap<>();
        configMap().propertyNames().forEach(name -> env.put(name, configMap().get(name).asString()));
        for (JsonNode container : containers()) {
            for (JsonNode variable : container.path("env")) {
                String name = variable.get("name").asString();
                // A secret's value is the operator's: any text stands in for it.
                env.put(name, variable.path("value").asString("value-of-" + name));
            }
        }
        Binder binder = binder(env);
        Map<String, Function<Binder, @Nullable Object>> readers = new HashMap<>();
        readers.put("SPRING_DATASOURCE_URL", b -> dataSource(b).getUrl());
        readers.put("SPRING_DATASOURCE_USERNAME", b -> dataSource(b).getUsername());
        readers.put("SPRING_DATASOURCE_PASSWORD", b -> dataSource(b).getPassword());
        readers.put("SPRING_KAFKA_BOOTSTRAP_SERVERS",
                b -> String.join(",", b.bindOrCreate("spring.kafka", KafkaProperties.class).getBootstrapServers()));
        readers.put("SERVER_PORT", b -> String.valueOf(server(b).getPort()));
        readers.put("AVATAR_DATA_DIR", b -> platform(b).dataDir().toString());
        readers.put("AVATAR_CONFIG_PATH", b -> platform(b).configPath().toString());
        readers.put("FIREBASE_STORAGE_BUCKET",
                b -> b.bindOrCreate("avatar.storage.firebase", FirebaseStorageProperties.class).bucket());
        readers.put("AVATAR_GATEWAY_PUBLIC_BASE_URL", b -> gateway(b).publicBaseUrl());
        readers.put("AVATAR_GATEWAY_IMAGE_SIGNING_KEY", b -> gateway(b).imageSigningKey());
        readers.put("AVATAR_BOOTSTRAP_ADMIN_KEY", b -> gateway(b).security().bootstrapAdminKey());
        readers.put("AVATAR_WEBHOOK_SECRET",
                b -> b.bindOrCreate("avatar.webhooks", WebhookProperties.class).serviceSecret());
        Set<String> notBound = new TreeSet<>();
        for (String name : env.keySet()) {
            Function<Binder, @Nullable Object> reader = readers.get(name);
            if (reader != null) {
                assertThat(reader.apply(binder)).as(name).isEqualTo(env.get(name));
            } else {
                notBound.add(name);
            }
        }
        // Not Spring properties: LOG_FORMAT is the specification's variable, mapped by SpecEnvironment; the provider
        // key is read by the configuration loader as ${OPENAI_API_KEY} (ConfigLoader's environment overrides).
        assertThat(notBound).containsExactlyInAnyOrder("LOG_FORMAT", "OPENAI_API_KEY");
        assertThat(SpecEnvironment.springProperties(Map.of("LOG_FORMAT", configMap().get("LOG_FORMAT").asString())::get))
                .isNotEmpty();
    }

    @Test
    void probesAndScrapePathsAnswerOnARunningAppAndNameTheContainersPorts() throws Exception {
        Set<String> paths = new TreeSet<>();
        for (String name : List.of("avatar-gateway", "avatar-worker")) {
            JsonNode pod = document("Deployment", name).at("/spec/template");
            JsonNode selector = document("Deployment", name).at("/spec/selector/matchLabels");
            for (String label : selector.propertyNames()) {
                assertThat(pod.at("/metadata/labels").path(label)).as(name + " selector " + label)
                        .isEqualTo(selector.get(label));
            }
            assertThat(document("PodDisruptionBudget", name).at("/spec/selector/matchLabels")).isEqualTo(selector);
            JsonNode container = pod.at("/spec/containers/0");
            assertThat(container.at("/livenessProbe/httpGet/path").asString()).isEqualTo("/actuator/health/liveness");
            assertThat(container.at("/startupProbe/httpGet/path").asString()).isEqualTo("/actuator/health/liveness");
            assertThat(container.at("/readinessProbe/httpGet/path").asString())
                    .isEqualTo("/actuator/health/readiness");
            for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
                assertThat(container.at("/" + probe + "/httpGet/port").asString()).isEqualTo("http");
            }
            JsonNode port = container.at("/ports/0");
            assertThat(port.get("name").asString()).isEqualTo("http");
            int listening = container.path("env").valueStream()
                    .filter(v -> v.get("name").asString().equals("SERVER_PORT"))
                    .map(v -> Integer.parseInt(v.get("value").asString())).findFirst().orElse(8080);
            assertThat(port.get("containerPort").asInt()).as(name + " port").isEqualTo(listening);
            assertThat(pod.at("/metadata/annotations/prometheus.io~1port").asString())
                    .isEqualTo(String.valueOf(listening));
            paths.add(container.at("/livenessProbe/httpGet/path").asString());
            paths.add(container.at("/readinessProbe/httpGet/path").asString());
            paths.add(pod.at("/metadata/annotations/prometheus.io~1path").asString());
        }
        assertThat(document("Service", "avatar-gateway").at("/spec/ports/0/targetPort").asString()).isEqualTo("http");

        Path dataDir = Files.createTempDirectory("avatar-k8s");
        try (ConfigurableApplicationContext app = StandaloneApplication.start("--server.port=0",
                "--avatar.data-dir=" + dataDir, "--avatar.config-path=" + dataDir.resolve("no-config-here.json"))) {
            ApiClient api = ApiClient.at("http://localhost:" + app.getEnvironment().getProperty("local.server.port"));
            for (String path : paths) {
                assertThat(api.get(path).statusCode()).as(path).isEqualTo(200);
            }
        }
    }

    private static JsonNode document(String kind, String name) {
        return DOCUMENTS.stream().filter(doc -> doc.get("kind").asString().equals(kind)
                && doc.at("/metadata/name").asString().equals(name)).findFirst().orElseThrow();
    }

    private static JsonNode configMap() {
        return document("ConfigMap", "avatar-forge").get("data");
    }

    private static List<JsonNode> containers() {
        return DOCUMENTS.stream().filter(doc -> doc.get("kind").asString().equals("Deployment"))
                .flatMap(doc -> doc.at("/spec/template/spec/containers").valueStream()).toList();
    }

    /** Binds as the apps would: the given environment over each role's packaged defaults (placeholders resolved). */
    private static Binder binder(Map<String, String> environment) throws Exception {
        StandardEnvironment spring = new StandardEnvironment();
        spring.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        spring.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        spring.getPropertySources().addFirst(new SystemEnvironmentPropertySource("k8s", Map.copyOf(environment)));
        for (String defaults : List.of("avatar-gateway-defaults.properties", "avatar-worker-defaults.properties",
                "avatar-platform-defaults.properties")) {
            spring.getPropertySources().addLast(new ResourcePropertySource(new ClassPathResource(defaults)));
        }
        ConfigurationPropertySources.attach(spring);
        return Binder.get(spring);
    }

    private static DataSourceProperties dataSource(Binder binder) {
        return binder.bindOrCreate("spring.datasource", DataSourceProperties.class);
    }

    private static ServerProperties server(Binder binder) {
        return binder.bindOrCreate("server", ServerProperties.class);
    }

    private static PlatformProperties platform(Binder binder) {
        return binder.bindOrCreate("avatar", PlatformProperties.class);
    }

    private static GatewayProperties gateway(Binder binder) {
        return binder.bindOrCreate("avatar.gateway", GatewayProperties.class);
    }
}
