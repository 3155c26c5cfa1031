package io.avatarforge.worker.dispatch;

import io.avatarforge.platform.config.AvatarConfigHolder;
import io.avatarforge.model.job.JobId;
import io.avatarforge.worker.pipeline.GenerationPipeline;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.stereotype.Component;

/**
 * Runs jobs on virtual threads, at most {@code service_config.max_concurrent_generations} at once (read live, so a
 * config change applies at once). The Kafka listener never blocks: when every slot is taken the consumer is paused
 * (it keeps polling, so the group does not rebalance) and the few records already fetched wait here; consumption
 * resumes as soon as a slot frees. A job waiting here is still QUEUED in the database, so a crash loses nothing.
 */
@Component
public class GenerationExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(GenerationExecutor.class);

    private final GenerationPipeline pipeline;
    private final AvatarConfigHolder config;
    private final KafkaListenerEndpointRegistry registry;
    private final AtomicInteger running = new AtomicInteger();
    private final Queue<Pending> waiting = new ConcurrentLinkedQueue<>();
    private final ObservationRegistry observations;

    /** A job handed over, with the observation it was handed over in (the Kafka record's), its run's parent. */
    private record Pending(JobId id, @Nullable Observation parent) {
    }

    GenerationExecutor(GenerationPipeline pipeline, AvatarConfigHolder config, KafkaListenerEndpointRegistry registry,
            ObjectProvider<ObservationRegistry> observations) {
        this.pipeline = pipeline;
        this.config = config;
        this.registry = registry;
        this.observations = observations.getIfAvailable(() -> ObservationRegistry.NOOP);
    }

    void submit(JobId jobId) {
        Pending id = new Pending(jobId, observations.getCurrentObservation());
        if (tryTakeSlot()) {
            launch(id);
        } else {
            waiting.add(id);
            // A slot may have freed between the failed take and the add; without this the job could sit here.
            if (tryTakeSlot()) {
                Pending next = waiting.poll();
                if (next != null) {
                    launch(next);
                } else {
                    running.decrementAndGet();
                }
            }
        }
        if (running.get() >= capacity()) {
            container().ifPresent(MessageListenerContainer::pause);
        }
    }

    public int running() {
        return running.get();
    }

    private boolean tryTakeSlot() {
        int limit = capacity();
        while (true) {
            int now = running.get();
            if (now >= limit) {
                return false;
            }
            if (running.compareAndSet(now, now + 1)) {
                return true;
            }
        }
    }

    private void launch(Pending job) {
        JobId id = job.id();
        Thread.ofVirtual().name("generation-" + id).start(() -> {
            try {
                // The job's run continues the trace of the record that announced it (intake's, through the outbox).
                Observation.createNotStarted("avatar.job.run", observations).parentObservation(job.parent())
                        .contextualName("job run").observe(() -> pipeline.run(id));
            } catch (RuntimeException e) {
                LOG.error("Job {} escaped the pipeline's error handling", id, e);
            } finally {
                finished();
            }
        });
    }

    private void finished() {
        Pending next = waiting.poll();
        if (next != null) {
            launch(next);
            return;
        }
        running.decrementAndGet();
        if (running.get() < capacity()) {
            container().filter(MessageListenerContainer::isPauseRequested).ifPresent(MessageListenerContainer::resume);
        }
    }

    private int capacity() {
        return Math.max(1, config.config().serviceConfig().maxConcurrentGenerations());
    }

    private java.util.Optional<MessageListenerContainer> container() {
        @Nullable MessageListenerContainer container = registry.getListenerContainer(GenerationRequestListener.ID);
        return java.util.Optional.ofNullable(container);
    }
}
