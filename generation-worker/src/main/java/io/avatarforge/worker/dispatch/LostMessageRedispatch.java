package io.avatarforge.worker.dispatch;

import io.avatarforge.platform.job.JobTransitions;
import io.avatarforge.worker.WorkerProperties;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.ConsumerAwareRebalanceListener;
import org.springframework.stereotype.Component;

/**
 * When this worker is given partitions (it joined the group, or the group came back with a broker that restarted), it
 * re-announces the queued jobs that have waited longer than {@code avatar.worker.redispatch-on-join-after}: a broker
 * that came back empty lost their messages, and without this they would wait for the sweeper's age. A message that
 * was not lost becomes a duplicate, which costs one refused claim. Runs off the consumer thread, so the poll loop and
 * the rebalance are never held up by the database.
 */
@Component
class LostMessageRedispatch implements ConsumerAwareRebalanceListener {

    private static final Logger LOG = LoggerFactory.getLogger(LostMessageRedispatch.class);
    private static final int LIMIT = 1000;

    private final JobTransitions transitions;
    private final Clock clock;
    private final WorkerProperties properties;

    LostMessageRedispatch(JobTransitions transitions, Clock clock, WorkerProperties properties) {
        this.transitions = transitions;
        this.clock = clock;
        this.properties = properties;
    }

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        if (!partitions.isEmpty()) {
            Thread.ofVirtual().name("redispatch-on-join").start(this::redispatch);
        }
    }

    /** Re-announces the queued jobs older than the setting; returns how many. */
    int redispatch() {
        Instant now = clock.instant();
        try {
            int count = transitions.redispatchStaleQueued(now.minus(properties.redispatchOnJoinAfter()), now, LIMIT);
            if (count > 0) {
                LOG.info("Re-dispatched {} queued jobs on joining the consumer group (their messages may have been "
                        + "lost with the broker)", count);
            }
            return count;
        } catch (RuntimeException e) {
            LOG.warn("Could not re-dispatch queued jobs on joining the consumer group; the sweeper will: {}",
                    e.toString());
            return 0;
        }
    }
}
