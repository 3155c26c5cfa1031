package io.avatarforge.worker.dispatch;

import io.avatarforge.model.event.Topics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.util.backoff.FixedBackOff;

/**
 * The generation request listener's container: Boot's settings, plus an error handler that retries a request whose
 * handling failed ({@code avatar.worker.dead-letter.*}) and then publishes it, with the reason in Spring Kafka's
 * {@code kafka_dlt-*} headers (exception class, message, stack trace, original topic, partition and offset), to
 * {@link Topics#GENERATION_REQUESTED_DLT}. The partition moves on, and the job, still QUEUED, is re-dispatched by the
 * sweeper. Only this listener gets it: the completion and configuration listeners handle their own failures.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeadLetterProperties.class)
class DeadLetters {

    static final String CONTAINER_FACTORY = "generationRequestContainerFactory";
    private static final Logger LOG = LoggerFactory.getLogger(DeadLetters.class);

    @Bean(CONTAINER_FACTORY)
    ConcurrentKafkaListenerContainerFactory<Object, Object> generationRequestContainerFactory(
            ConcurrentKafkaListenerContainerFactoryConfigurer configurer, ConsumerFactory<Object, Object> consumers,
            KafkaOperations<?, ?> kafka, MeterRegistry meters, DeadLetterProperties properties,
            LostMessageRedispatch redispatch) {
        ConcurrentKafkaListenerContainerFactory<Object, Object> factory = new ConcurrentKafkaListenerContainerFactory<>();
        configurer.configure(factory, consumers);
        factory.getContainerProperties().setConsumerRebalanceListener(redispatch);
        factory.setCommonErrorHandler(errorHandler(kafka, meters, properties));
        return factory;
    }

    private static DefaultErrorHandler errorHandler(KafkaOperations<?, ?> kafka, MeterRegistry meters,
            DeadLetterProperties settings) {
        Counter deadLettered = Counter.builder("avatar.generation.dead_letters")
                .description("Generation requests put on the dead-letter topic")
                .register(meters);
        // No partition: the key picks one, so the topic need not have as many partitions as the one it backs.
        DeadLetterPublishingRecoverer publisher = new DeadLetterPublishingRecoverer(kafka,
                (record, e) -> new TopicPartition(Topics.GENERATION_REQUESTED_DLT, -1));
        ConsumerRecordRecoverer recoverer = (record, e) -> {
            // Throws when the topic cannot be written; then the record is tried again rather than lost.
            publisher.accept(record, e);
            deadLettered.increment();
            LOG.warn("Generation request {}-{}@{} (key {}) put on {}: {}", record.topic(), record.partition(),
                    record.offset(), record.key(), Topics.GENERATION_REQUESTED_DLT, reason(e));
            LOG.debug("Why generation request {}-{}@{} was dead-lettered", record.topic(), record.partition(),
                    record.offset(), e);
        };
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer,
                new FixedBackOff(settings.backoff().toMillis(), settings.retries()));
        handler.addNotRetryableExceptions(UnreadableRequestException.class);
        // Failed attempts are logged at DEBUG: the outcome is logged once, at WARN, above.
        handler.setLogLevel(KafkaException.Level.DEBUG);
        return handler;
    }

    /** What the listener threw, without the container's wrapper: one line, for the warning. */
    private static String reason(Exception e) {
        Throwable cause = e instanceof ListenerExecutionFailedException && e.getCause() != null ? e.getCause() : e;
        return cause.toString().lines().findFirst().orElse(cause.getClass().getName());
    }
}
