package io.avatarforge.platform.job;

import io.avatarforge.model.job.JobState;
import io.avatarforge.platform.config.AvatarConfigHolder;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Queue depth and the age of the oldest queued job, per provider, as gauges ({@code avatar.queue.depth},
 * {@code avatar.queue.oldest_age} in seconds): the signal for adding workers and for the "stuck queue" alert. Read by
 * one grouped query every 15 s (on the {@code generation_job_queue_idx} index), not per scrape, so any
 * number of scrapers costs the database nothing more. Every configured provider is reported, at 0 when nothing waits
 * for it, so the series exist before the first job. Every process reports the same values: aggregate with {@code max}.
 */
@Component
class JobQueueGauges {

    private static final Logger LOG = LoggerFactory.getLogger(JobQueueGauges.class);

    private record Queue(long depth, double oldestAgeSeconds) {
    }

    private final JdbcClient jdbc;
    private final AvatarConfigHolder config;
    private final Clock clock;
    private final MultiGauge depth;
    private final MultiGauge oldestAge;

    JobQueueGauges(JdbcClient jdbc, AvatarConfigHolder config, Clock clock, ObjectProvider<MeterRegistry> meters) {
        this.jdbc = jdbc;
        this.config = config;
        this.clock = clock;
        MeterRegistry registry = meters.getIfAvailable(() -> Metrics.globalRegistry);
        this.depth = MultiGauge.builder("avatar.queue.depth").description("Queued jobs, per provider")
                .register(registry);
        this.oldestAge = MultiGauge.builder("avatar.queue.oldest_age").baseUnit("seconds")
                .description("Age of the oldest queued job, per provider").register(registry);
    }

    @Scheduled(fixedDelay = 15, timeUnit = TimeUnit.SECONDS)
    void refresh() {
        try {
            Map<String, Queue> queues = read();
            List<MultiGauge.Row<?>> depths = new ArrayList<>();
            List<MultiGauge.Row<?>> ages = new ArrayList<>();
            queues.forEach((provider, queue) -> {
                depths.add(MultiGauge.Row.of(Tags.of("provider", provider), queue.depth()));
                ages.add(MultiGauge.Row.of(Tags.of("provider", provider), queue.oldestAgeSeconds()));
            });
            depth.register(depths, true);
            oldestAge.register(ages, true);
        } catch (RuntimeException e) {
            // The database is down: the last values stay; the next refresh tries again.
            LOG.debug("Could not read the queue for its gauges: {}", e.toString());
        }
    }

    private Map<String, Queue> read() {
        Instant now = clock.instant();
        Map<String, Queue> queues = new TreeMap<>();
        config.config().providerConfig().keySet().forEach(provider -> queues.put(provider, new Queue(0, 0)));
        jdbc.sql("""
                select provider, count(*), min(created_at) from generation_job
                where state = :queued group by provider
                """)
                .param("queued", JobState.QUEUED.name())
                .query((rs, n) -> {
                    OffsetDateTime oldest = rs.getObject(3, OffsetDateTime.class);
                    double age = oldest == null ? 0
                            : Math.max(0, Duration.between(oldest.toInstant(), now).toMillis() / 1000.0);
                    queues.put(rs.getString(1), new Queue(rs.getLong(2), age));
                    return true;
                })
                .list();
        return queues;
    }
}
