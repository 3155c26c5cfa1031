package io.avatarforge.testkit;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.test.utils.KafkaTestUtils;

/**
 * A test's own Kafka consumers on its context's broker, whichever {@link TestServices} chose (the embedded broker's
 * {@code consumeFromAnEmbeddedTopic} exists only on the in-process one).
 */
public final class TestKafka {

    private static final Duration ASSIGNMENT_WAIT = Duration.ofSeconds(60);

    private TestKafka() {
    }

    /** Consumer properties for {@code group} on the context's broker, as {@code KafkaTestUtils.consumerProps}. */
    public static Map<String, Object> consumerProps(TestInfrastructure infrastructure, String group,
            boolean autoCommit) {
        return KafkaTestUtils.consumerProps(infrastructure.kafkaBootstrapServers(), group, autoCommit);
    }

    /**
     * Subscribes {@code consumer} to {@code topic} and returns once its partitions are assigned, so that what is sent
     * next is what it reads; records it read while waiting are read again by its next poll.
     */
    public static void subscribe(Consumer<?, ?> consumer, String topic) {
        boolean[] assigned = {false};
        consumer.subscribe(List.of(topic), new ConsumerRebalanceListener() {
            @Override
            public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            }

            @Override
            public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                assigned[0] = true;
            }
        });
        Instant deadline = Instant.now().plus(ASSIGNMENT_WAIT);
        while (!assigned[0]) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("No partition of " + topic + " was assigned within " + ASSIGNMENT_WAIT);
            }
            var records = consumer.poll(Duration.ofMillis(100));
            for (TopicPartition partition : records.partitions()) {
                consumer.seek(partition, records.records(partition).getFirst().offset());
            }
        }
    }
}
