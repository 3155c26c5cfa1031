package io.avatarforge.worker.config;

import io.avatarforge.model.config.ConfigSynchronizer;
import io.avatarforge.model.event.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Brings this worker onto a new configuration version: at once on every {@code avatar.config.changed} event (a
 * consumer group per process, so every worker hears every change) and by a cheap version check every second in case
 * an event was missed. Created only where no gateway in the same process already does this.
 */
public class WorkerConfigChangeListener {

    private static final Logger LOG = LoggerFactory.getLogger(WorkerConfigChangeListener.class);

    private final ConfigSynchronizer synchronizer;

    public WorkerConfigChangeListener(ConfigSynchronizer synchronizer) {
        this.synchronizer = synchronizer;
    }

    @KafkaListener(
            id = "worker-config-changes",
            topics = Topics.CONFIG_CHANGED,
            groupId = "avatar-config-#{T(java.util.UUID).randomUUID()}",
            properties = {"auto.offset.reset=latest", "enable.auto.commit=false"})
    void onChanged(String payload) {
        refresh();
    }

    @Scheduled(fixedDelayString = "${avatar.config.poll-interval:1s}", initialDelayString = "${avatar.config.poll-interval:1s}")
    void poll() {
        refresh();
    }

    private void refresh() {
        try {
            synchronizer.refresh();
        } catch (RuntimeException e) {
            LOG.warn("Could not check for a new configuration version: {}", e.toString());
        }
    }
}
