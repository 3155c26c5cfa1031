package io.avatarforge.testkit;

import java.util.Arrays;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The Kafka brokers {@link TestServices} starts when a Docker engine answers; apart from {@link TestContainers} so
 * that modules whose tests have no Kafka on their class path never load it. Untested here, like it (no engine).
 */
final class KafkaTestContainers {

    /** The broker docker-compose.yml runs. */
    private static final String KAFKA_IMAGE = "apache/kafka:4.2.1";

    private KafkaTestContainers() {
    }

    /**
     * A broker of its own for one test context, with {@code topics} created up front with {@code partitions} each (what
     * the in-process broker gets): a context cached by an earlier class keeps its listeners running, and on a shared
     * broker they would take this class's records. The caller stops it with the context.
     */
    static KafkaContainer kafka(int partitions, String... topics) {
        KafkaContainer kafka = new KafkaContainer(KAFKA_IMAGE);
        kafka.start();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.getBootstrapServers()))) {
            admin.createTopics(Arrays.stream(topics).map(topic -> new NewTopic(topic, partitions, (short) 1)).toList())
                    .all().get();
        } catch (Exception e) {
            kafka.stop();
            throw new IllegalStateException("Could not create the test topics on the Kafka container", e);
        }
        return kafka;
    }

}
