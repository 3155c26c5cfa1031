package io.avatarforge.standalone;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.springframework.util.FileSystemUtils;

/**
 * The standalone app's single-node KRaft broker (combined broker + controller), run in this process by Kafka's own
 * cluster kit, with its files in {@code <data-dir>/kafka} rather than the system temp directory. Used directly, not
 * through spring-kafka-test's {@code EmbeddedKafkaKraftBroker}, whose test dependencies (spring-test, the JUnit launcher)
 * the jar does not need and which always writes to the temp directory.
 */
final class InProcessBroker implements AutoCloseable {

    private static final Map<String, String> PROPERTIES = Map.of(
            "auto.create.topics.enable", "true",
            "num.partitions", "12",
            "log.retention.hours", "24",
            "offsets.topic.replication.factor", "1",
            // One partition for the consumer groups' offsets, not 50: a laptop has a handful of groups, and the group
            // coordinator loads every partition at start (CPU a two-core laptop feels) and logs an ERROR for each one
            // still loading when a Ctrl-C comes right after the start.
            "offsets.topic.num.partitions", "1",
            "transaction.state.log.replication.factor", "1",
            "transaction.state.log.min.isr", "1",
            "group.initial.rebalance.delay.ms", "0");

    private final KafkaClusterTestKit cluster;
    private final CompletableFuture<Void> ready;

    private InProcessBroker(KafkaClusterTestKit cluster, CompletableFuture<Void> ready) {
        this.cluster = cluster;
        this.ready = ready;
    }

    /**
     * Formats a fresh log directory (the broker's messages do not survive a restart: queued jobs are re-dispatched
     * from the database) and starts the broker in the background, so the application context (database, Flyway,
     * web server) starts meanwhile and only what reads the broker's address waits ({@link #bootstrapServers}).
     */
    static InProcessBroker start(Path directory) {
        deleteRecursively(directory);
        KafkaClusterTestKit cluster = null;
        try {
            TestKitNodes nodes = new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .setBaseDirectory(directory)
                    .build();
            KafkaClusterTestKit.Builder builder = new KafkaClusterTestKit.Builder(nodes).setDeleteOnClose(false);
            PROPERTIES.forEach(builder::setConfigProp);
            cluster = builder.build();
            cluster.format();
        } catch (Exception e) {
            closeAfterFailure(cluster, e);
            throw new IllegalStateException("Cannot start the in-process Kafka broker in " + directory, e);
        }
        KafkaClusterTestKit started = cluster;
        CompletableFuture<Void> ready = new CompletableFuture<>();
        Thread.ofPlatform().name("in-process-kafka-start").daemon().start(() -> {
            try {
                started.startup();
                started.waitForReadyBrokers();
                ready.complete(null);
            } catch (Exception e) {
                ready.completeExceptionally(e);
            }
        });
        return new InProcessBroker(cluster, ready);
    }

    /** The broker's address, once it accepts clients (this blocks until then); throws if it could not start. */
    String bootstrapServers() {
        try {
            ready.join();
        } catch (CompletionException e) {
            throw new IllegalStateException("The in-process Kafka broker did not start", e.getCause());
        }
        return cluster.bootstrapServers();
    }

    @Override
    public void close() {
        try {
            // A broker still starting is closed once it has started (or failed to), not under its own feet.
            ready.exceptionally(failure -> null).join();
            cluster.close();
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("The in-process Kafka broker did not stop cleanly", e);
        }
    }

    private static void closeAfterFailure(KafkaClusterTestKit cluster, Exception failure) {
        if (cluster != null) {
            try {
                cluster.close();
            } catch (Exception suppressed) {
                failure.addSuppressed(suppressed);
            }
        }
    }

    private static void deleteRecursively(Path directory) {
        try {
            FileSystemUtils.deleteRecursively(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clear the broker directory " + directory, e);
        }
    }
}
