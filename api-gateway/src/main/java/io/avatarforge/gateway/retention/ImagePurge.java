package io.avatarforge.gateway.retention;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes photos {@code avatar.retention.input-hours} and results {@code avatar.retention.result-days} after their job
 * ended, in batches of one transaction each. Every gateway runs it every {@code interval}; the rows a batch takes are
 * locked with {@code SKIP LOCKED}, so replicas share the work and never delete the same job's images twice at once
 * (PostgreSQL, and H2 for the standalone app, both support it).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RetentionProperties.class)
class ImagePurge implements SchedulingConfigurer {

    private static final Logger LOG = LoggerFactory.getLogger(ImagePurge.class);
    /** Batches per kind and run at most, so one run stays short however far behind the purge is. */
    private static final int MAX_BATCHES = 50;

    private final JobImages images;
    private final TransactionTemplate transactions;
    private final RetentionProperties properties;
    private final Clock clock;

    ImagePurge(JobImages images, TransactionTemplate transactions, RetentionProperties properties, Clock clock) {
        this.images = images;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(this::purgeQuietly, properties.interval());
    }

    /** One run: every image past its retention, up to the batch bound; returns how many jobs' images went. */
    int purge() {
        Instant now = clock.instant();
        int inputs = batches(() -> images.purgeInputs(now.minus(properties.inputRetention()),
                properties.batchSize(), now));
        int results = batches(() -> images.purgeResults(now.minus(properties.resultRetention()),
                properties.batchSize(), now));
        if (inputs + results > 0) {
            LOG.info("Retention deleted the photos of {} jobs and the results of {}", inputs, results);
        }
        return inputs + results;
    }

    private int batches(java.util.function.IntSupplier batch) {
        int total = 0;
        for (int i = 0; i < MAX_BATCHES; i++) {
            Integer done = transactions.execute(status -> batch.getAsInt());
            int count = done == null ? 0 : done;
            total += count;
            if (count < properties.batchSize()) {
                break;
            }
        }
        return total;
    }

    private void purgeQuietly() {
        try {
            purge();
        } catch (RuntimeException e) {
            LOG.warn("Retention purge failed; will try again: {}", e.toString());
        }
    }
}
