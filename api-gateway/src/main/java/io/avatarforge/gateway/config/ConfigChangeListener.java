package io.avatarforge.gateway.config;

import io.avatarforge.model.config.ConfigSynchronizer;
import io.avatarforge.model.event.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Brings this gateway onto a new configuration version: at once on every {@code avatar.config.changed} event (each
 * process in a consumer group of its own, so every replica hears every change), and by a cheap version check every
 * second in case an event was missed. The worker has the same listener; in the standalone process this one serves both.
 */
@Component
public class ConfigChangeListener {

    private static final Logger LOG = LoggerFactory.getLogger(ConfigChangeListener.class);

    private final ConfigSynchronizer synchronizer;

    ConfigChangeListener(ConfigSynchronizer synchronizer) {
        this.synchronizer = synchronizer;
    }

    @KafkaListener(
            id = "gateway-config-changes",
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
