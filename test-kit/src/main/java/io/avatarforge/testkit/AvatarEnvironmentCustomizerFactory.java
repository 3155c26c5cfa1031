package io.avatarforge.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.test.context.support.TestPropertySourceUtils;
import org.springframework.util.ClassUtils;

/**
 * Gives each {@link AvatarServerTest} class its infrastructure when its context is built (and only then: a cached
 * context keeps its schema). Registered by the annotation ({@code @ContextCustomizerFactories}), not globally, so no
 * other Spring test sees it. A customizer rather than {@code @DynamicPropertySource}: those must be static methods on
 * the test class itself, which is the copied block this replaces.
 */
final class AvatarEnvironmentCustomizerFactory implements ContextCustomizerFactory {

    private static final boolean KAFKA_TEST_PRESENT = ClassUtils.isPresent(
            "org.springframework.kafka.test.EmbeddedKafkaKraftBroker",
            AvatarEnvironmentCustomizerFactory.class.getClassLoader());
    /** Partitions of every topic the test broker creates up front. */
    private static final int PARTITIONS = 2;

    @Override
    public @Nullable ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        var declared = TestContextAnnotationUtils.findAnnotationDescriptor(testClass, AvatarServerTest.class);
        if (declared == null) {
            return null;
        }
        TestConfigFile config = TestContextAnnotationUtils.findMergedAnnotation(testClass, TestConfigFile.class);
        AvatarIntegrationTest integration = TestContextAnnotationUtils.findMergedAnnotation(testClass,
                AvatarIntegrationTest.class);
        if (integration != null && !KAFKA_TEST_PRESENT) {
            throw new IllegalStateException("@AvatarIntegrationTest on " + testClass.getName()
                    + " needs spring-kafka-test on the test class path");
        }
        return new Customizer(declared.getRootDeclaringClass(), config == null ? "" : config.value(),
                config == null ? "" : config.resource(), integration == null ? List.of() : List.of(integration.topics()));
    }

    /**
     * Equal for the same test class and configuration, so the context is cached for that class; never equal across
     * classes, so no two classes share a schema.
     */
    private record Customizer(Class<?> testClass, String configContent, String configResource,
            List<String> kafkaTopics) implements ContextCustomizer {

        private static final String DYNAMIC_PROPERTIES = "Dynamic Test Properties";
        private static final System.Logger LOG = System.getLogger(AvatarEnvironmentCustomizerFactory.class.getName());

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
            // The broker first: a disposable bean registered before any other is destroyed after all of them, so it
            // outlives the listener containers and producers that talk to it.
            String kafka = kafkaTopics.isEmpty() ? null : TestServices.containers()
                    ? ContainerBroker.start(context, kafkaTopics) : EmbeddedBroker.start(context, kafkaTopics);
            TestInfrastructure infrastructure = createInfrastructure(kafka);
            LOG.log(System.Logger.Level.INFO, "{0} runs on {1} with data in {2}", testClass.getSimpleName(),
                    infrastructure.databaseUrl(), infrastructure.dataDir());

            MutablePropertySources sources = context.getEnvironment().getPropertySources();
            sources.addFirst(new MapPropertySource("avatarTestInfrastructure", infrastructure.properties()));
            // A class's @DynamicPropertySource still wins (a database reached through a TcpGate, for one), whichever
            // of the two customizers ran first.
            var dynamic = sources.remove(DYNAMIC_PROPERTIES);
            if (dynamic != null) {
                sources.addFirst(dynamic);
            }
            // Below the class's own properties (the inlined ones), above everything else, as if every class set them.
            MapPropertySource defaults = new MapPropertySource("avatarTestDefaults", defaults(kafka));
            String inlined = TestPropertySourceUtils.INLINED_PROPERTIES_PROPERTY_SOURCE_NAME;
            sources.addAfter(sources.contains(inlined) ? inlined : "avatarTestInfrastructure", defaults);

            context.getBeanFactory().registerSingleton("avatarTestInfrastructure", infrastructure);
            context.getBeanFactory().registerSingleton("avatarTestApiClient",
                    ApiClient.onLocalServer(context.getEnvironment()));
        }

        private Map<String, Object> defaults(@Nullable String kafka) {
            Map<String, Object> defaults = new LinkedHashMap<>();
            defaults.put("avatar.gateway.image-signing-key", "test-signing-key-0123456789abcdef0123456789");
            defaults.put("avatar.gateway.topic-partitions", String.valueOf(PARTITIONS));
            if (kafka != null) {
                defaults.put("spring.kafka.bootstrap-servers", kafka);
            }
            return defaults;
        }

        private TestInfrastructure createInfrastructure(@Nullable String kafka) {
            String name = testClass.getSimpleName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
            String databaseUrl = PostgresTestDatabase.freshSchemaUrl(name.substring(0, Math.min(name.length(), 40)));
            try {
                Path dataDir = Files.createTempDirectory("avatar-" + name + "-");
                Path configPath = dataDir.resolve("avatar_config.json");
                byte[] config = configBytes();
                if (config != null) {
                    Files.write(configPath, config);
                }
                return new TestInfrastructure(databaseUrl, dataDir, configPath, kafka);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private byte @Nullable [] configBytes() throws IOException {
            if (!configContent.isEmpty() && !configResource.isEmpty()) {
                throw new IllegalStateException("@TestConfigFile on " + testClass.getName()
                        + " gives both content and a resource; give one");
            }
            if (!configResource.isEmpty()) {
                try (InputStream in = testClass.getResourceAsStream(configResource)) {
                    if (in == null) {
                        throw new IllegalStateException("@TestConfigFile on " + testClass.getName()
                                + ": no class path resource " + configResource);
                    }
                    return in.readAllBytes();
                }
            }
            return configContent.isEmpty() ? null : configContent.getBytes(StandardCharsets.UTF_8);
        }
    }

    /**
     * The in-process broker, registered as spring-kafka-test's {@code @EmbeddedKafka} registers its own (a bean named
     * {@code embeddedKafka}, destroyed with the context). Kept apart so that it is loaded only when spring-kafka-test
     * is there.
     */
    private static final class EmbeddedBroker {

        static String start(ConfigurableApplicationContext context, List<String> topics) {
            var broker = new org.springframework.kafka.test.EmbeddedKafkaKraftBroker(1, PARTITIONS,
                    topics.toArray(String[]::new));
            broker.afterPropertiesSet();
            var beans = (DefaultListableBeanFactory) context.getBeanFactory();
            beans.registerSingleton(org.springframework.kafka.test.EmbeddedKafkaBroker.BEAN_NAME, broker);
            beans.registerDisposableBean(org.springframework.kafka.test.EmbeddedKafkaBroker.BEAN_NAME, broker);
            return broker.getBrokersAsString();
        }
    }

    /** A Testcontainers Kafka of the context's own, stopped with it. Loaded only when the containers were chosen. */
    private static final class ContainerBroker {

        static String start(ConfigurableApplicationContext context, List<String> topics) {
            var kafka = KafkaTestContainers.kafka(PARTITIONS, topics.toArray(String[]::new));
            ((DefaultListableBeanFactory) context.getBeanFactory()).registerDisposableBean("avatarTestKafkaContainer",
                    kafka::stop);
            return kafka.getBootstrapServers();
        }
    }
}
