package io.avatarforge.gateway.idempotency;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * The settings, and the cleanup of expired keys: every gateway deletes them every
 * {@code avatar.gateway.idempotency.cleanup-interval}, a bounded batch per statement. Replicas need not coordinate:
 * a row two of them delete at once is deleted once, and a request never relies on the cleanup (an expired row it
 * meets is taken over).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdempotencyProperties.class)
class IdempotencyConfiguration implements SchedulingConfigurer {

    private static final Logger LOG = LoggerFactory.getLogger(IdempotencyConfiguration.class);
    /** Batches per run at most, so one run stays short however far behind the cleanup is. */
    private static final int MAX_BATCHES = 20;

    private final IdempotencyRepository repository;
    private final IdempotencyProperties properties;
    private final Clock clock;

    IdempotencyConfiguration(IdempotencyRepository repository, IdempotencyProperties properties, Clock clock) {
        this.repository = repository;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(this::deleteExpired, properties.cleanupInterval());
    }

    void deleteExpired() {
        try {
            int batches = 0;
            int deleted;
            do {
                deleted = repository.deleteCreatedBefore(clock.instant().minus(properties.ttl()),
                        properties.cleanupBatch());
                batches++;
            } while (deleted == properties.cleanupBatch() && batches < MAX_BATCHES);
        } catch (RuntimeException e) {
            LOG.warn("Could not delete expired idempotency keys; will try again: {}", e.toString());
        }
    }
}
