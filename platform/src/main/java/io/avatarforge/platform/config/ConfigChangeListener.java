package io.avatarforge.platform.config;

import io.avatarforge.model.event.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.scheduling.TaskScheduler;

/**
 * Brings this process onto a new configuration version: at once on every {@code avatar.config.changed} event (each
 * process in a consumer group of its own, so every replica hears every change), and by a cheap version check every
 * {@code avatar.config.poll-interval} in case an event was missed. One per process, whichever roles it runs.
 */
public class ConfigChangeListener implements SmartLifecycle {

    /** The Kafka listener container's id, for operators and tests that pause it. */
    public static final String LISTENER_ID = "config-changes";

    private static final Logger LOG = LoggerFactory.getLogger(ConfigChangeListener.class);

    private final ConfigSynchronizer synchronizer;
    private final TaskScheduler scheduler;
    private final Duration pollInterval;
    private @Nullable ScheduledFuture<?> poll;

    public ConfigChangeListener(ConfigSynchronizer synchronizer, TaskScheduler scheduler, Duration pollInterval) {
        this.synchronizer = synchronizer;
        this.scheduler = scheduler;
        this.pollInterval = pollInterval;
    }

    @KafkaListener(
            id = LISTENER_ID,
            topics = Topics.CONFIG_CHANGED,
            groupId = "avatar-config-#{T(java.util.UUID).randomUUID()}",
            properties = {"auto.offset.reset=latest", "enable.auto.commit=false"})
    void onChanged(String payload) {
        refresh();
    }

    private void refresh() {
        try {
            synchronizer.refresh();
        } catch (RuntimeException e) {
            LOG.warn("Could not check for a new configuration version: {}", e.toString());
        }
    }

    @Override
    public void start() {
        poll = scheduler.scheduleWithFixedDelay(this::refresh, Instant.now().plus(pollInterval), pollInterval);
    }

    @Override
    public void stop() {
        ScheduledFuture<?> current = poll;
        if (current != null) {
            current.cancel(false);
        }
        poll = null;
    }

    @Override
    public boolean isRunning() {
        return poll != null;
    }
}
