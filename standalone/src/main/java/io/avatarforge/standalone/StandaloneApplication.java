package io.avatarforge.standalone;

import io.avatarforge.gateway.webhook.secrets.WebhookSignature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;

/**
 * The whole product in one process for a laptop: gateway + worker, an in-process KRaft broker, an H2 file database in
 * PostgreSQL mode, local-disk storage and the offline stylizer. Its development defaults are in this module's
 * {@code application.properties}; none of them is used by the production gateway or worker.
 */
@SpringBootApplication
public class StandaloneApplication {

    private static final Logger LOG = LoggerFactory.getLogger(StandaloneApplication.class);
    private static final String ADMIN_KEY_PROPERTY = "avatar.gateway.security.bootstrap-admin-key";
    private static final String WEBHOOK_SECRET_PROPERTY = "avatar.webhooks.service-secret";
    private static final String BOOTSTRAP_SERVERS_PROPERTY = "spring.kafka.bootstrap-servers";

    public static void main(String[] args) {
        start(args);
    }

    /** Starts the in-process broker and, meanwhile, the application on it; closing the context stops both. */
    public static ConfigurableApplicationContext start(String... args) {
        long started = System.nanoTime();
        SpringApplication application = new SpringApplication(StandaloneApplication.class);
        application.addInitializers(context -> {
            Path dataDir = Path.of(context.getEnvironment().getProperty("avatar.data-dir", "./data"));
            InProcessBroker broker = InProcessBroker.start(dataDir.resolve("kafka"));
            // Registered before any other bean, so destroyed after all of them: the listener containers, the outbox
            // relay and the webhook dispatcher stop (SmartLifecycle) and the producers and the database pool close
            // (bean destruction) while the broker still answers; it goes last. Stopping it first (as on
            // ContextClosedEvent, which comes before all that) made a Ctrl-C print a hundred WARN/ERROR lines.
            context.getBeanFactory().registerSingleton("inProcessKafkaBroker", broker);
            ((DefaultListableBeanFactory) context.getBeanFactory()).registerDisposableBean("inProcessKafkaBroker", () -> {
                // Every client of the application is closed by now. The broker's own controller channel then warns
                // that it is "closing a NetworkClient that has already been closed": Kafka's shutdown order, harmless.
                LoggingSystem.get(StandaloneApplication.class.getClassLoader())
                        .setLogLevel("org.apache.kafka.clients.NetworkClient", LogLevel.ERROR);
                broker.close();
            });
            // The broker starts while the context does: whatever first reads its address (the Kafka clients' beans)
            // waits until it is ready.
            context.getEnvironment().getPropertySources().addFirst(new PropertySource<>("in-process-kafka", broker) {
                @Override
                public @Nullable Object getProperty(String name) {
                    return BOOTSTRAP_SERVERS_PROPERTY.equals(name) ? source.bootstrapServers() : null;
                }
            });
            Map<String, Object> runtime = new java.util.HashMap<>(Map.of(
                    "avatar.gateway.image-signing-key", devSigningKey(dataDir)));
            String adminKey = context.getEnvironment().getProperty(ADMIN_KEY_PROPERTY);
            if (adminKey == null || adminKey.isBlank()) {
                runtime.put(ADMIN_KEY_PROPERTY, devAdminKey(dataDir));
            }
            String webhookSecret = context.getEnvironment().getProperty(WEBHOOK_SECRET_PROPERTY);
            if (webhookSecret == null || webhookSecret.isBlank()) {
                runtime.put(WEBHOOK_SECRET_PROPERTY, devWebhookSecret(dataDir));
            }
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("standalone-runtime", runtime));
        });
        ConfigurableApplicationContext context = application.run(args);
        LOG.info("Avatar Forge standalone is up in {} ms. DEVELOPMENT MODE: H2 file database, in-process Kafka, "
                + "offline stylizer. Not for production.", (System.nanoTime() - started) / 1_000_000);
        return context;
    }

    /**
     * Without {@code AVATAR_BOOTSTRAP_ADMIN_KEY}, a development admin API key: generated once, kept in the data
     * directory readable by the owner only, and printed to the log only when it is created, so the developer can use
     * the admin endpoints. Production never does this: there the key comes from the environment or not at all.
     */
    static String devAdminKey(Path dataDir) {
        Path file = dataDir.resolve("dev-admin-api.key");
        try {
            if (Files.isRegularFile(file)) {
                LOG.info("Development admin API key: in {}", file.toAbsolutePath());
                return Files.readString(file).strip();
            }
            Files.createDirectories(dataDir);
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            String key = "afk_dev_" + HexFormat.of().formatHex(bytes);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(file);
                LOG.warn("Cannot restrict permissions of {} on this file system", file);
            }
            Files.writeString(file, key);
            // The key itself never goes to the log (logs are shipped and kept); the file is where a developer reads it.
            LOG.warn("DEVELOPMENT MODE: generated an admin API key in {} (readable by you only). "
                    + "Set AVATAR_BOOTSTRAP_ADMIN_KEY to choose your own.", file.toAbsolutePath());
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the data directory " + dataDir, e);
        }
    }

    /**
     * A random image-URL signing key kept in the data directory, readable by the owner only, so signed URLs survive a
     * restart and no two installations share a key.
     */
    static String devSigningKey(Path dataDir) {
        return ownerOnlyFile(dataDir, "dev-image-signing.key", () -> {
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            return HexFormat.of().formatHex(bytes);
        });
    }

    /**
     * Without {@code AVATAR_WEBHOOK_SECRET}, the secret that signs webhook events of jobs submitted without a key
     * (anonymous development callers): generated once into the data directory, readable by the owner only, where a
     * developer's receiver reads it. Never logged.
     */
    static String devWebhookSecret(Path dataDir) {
        String secret = ownerOnlyFile(dataDir, "dev-webhook.secret", WebhookSignature::newSecret);
        LOG.info("Development webhook signing secret (jobs without an API key): in {}",
                dataDir.resolve("dev-webhook.secret").toAbsolutePath());
        return secret;
    }

    /** The content of {@code name} in the data directory; created from {@code generate}, owner-only, when absent. */
    private static String ownerOnlyFile(Path dataDir, String name, Supplier<String> generate) {
        Path file = dataDir.resolve(name);
        try {
            if (Files.isRegularFile(file)) {
                return Files.readString(file).strip();
            }
            Files.createDirectories(dataDir);
            String value = generate.get();
            Files.writeString(file, value);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                LOG.warn("Cannot restrict permissions of {} on this file system", file);
            }
            return value;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the data directory " + dataDir, e);
        }
    }
}
