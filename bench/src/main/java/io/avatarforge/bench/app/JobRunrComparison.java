package io.avatarforge.bench.app;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import javax.sql.DataSource;
import org.jobrunr.configuration.JobRunr;
import org.jobrunr.configuration.JobRunrConfiguration;
import org.jobrunr.jobs.lambdas.JobRequest;
import org.jobrunr.jobs.lambdas.JobRequestHandler;
import org.jobrunr.scheduling.JobRequestScheduler;
import org.jobrunr.server.BackgroundJobServerConfiguration;
import org.jobrunr.server.JobActivator;
import org.jobrunr.storage.sql.postgres.PostgresStorageProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JobRunr comparison: JobRunr (open-source edition, from Maven Central) on the same PostgreSQL, behind an endpoint
 * of the same stack that reads the same request body. Its enqueue stores only a small job (no image preparation, no
 * image storage, no budget), so the comparison favours JobRunr. The background job server runs in this process with
 * the shortest poll interval JobRunr accepts; each job records how long after its enqueue it started.
 */
@RestController
class JobRunrComparison implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(JobRunrComparison.class);
    /** Bounded on purpose: every benchmark phase is bounded in count. */
    private static final int MAX_SAMPLES = 200_000;

    /** The job: when it was enqueued, in microseconds since the epoch (same process, same clock). */
    public record PickupProbe(long enqueuedAtMicros) implements JobRequest {
        @Override
        public Class<PickupHandler> getJobRequestHandler() {
            return PickupHandler.class;
        }
    }

    /** Records the pickup delay of each probe. */
    public static final class PickupHandler implements JobRequestHandler<PickupProbe> {

        static final AtomicLongArray DELAYS_MICROS = new AtomicLongArray(MAX_SAMPLES);
        static final AtomicInteger COUNT = new AtomicInteger();

        @Override
        public void run(PickupProbe probe) {
            long delay = nowMicros() - probe.enqueuedAtMicros();
            int slot = COUNT.getAndIncrement();
            if (slot < MAX_SAMPLES) {
                DELAYS_MICROS.set(slot, delay);
            }
        }
    }

    private final JobRequestScheduler scheduler;
    private final Duration pollInterval;

    JobRunrComparison(DataSource dataSource) {
        PickupHandler handler = new PickupHandler();
        JobActivator activator = new JobActivator() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> T activateJob(Class<T> type) {
                return type == PickupHandler.class ? (T) handler : null;
            }
        };
        Duration chosen = Duration.ofSeconds(1);
        JobRunrConfiguration.JobRunrConfigurationResult result = null;
        // The shortest poll interval JobRunr accepts; older and newer versions differ in their minimum.
        for (Duration candidate : new Duration[] {Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(5),
                Duration.ofSeconds(15)}) {
            try {
                BackgroundJobServerConfiguration server = BackgroundJobServerConfiguration
                        .usingStandardBackgroundJobServerConfiguration().andPollInterval(candidate);
                result = JobRunr.configure()
                        .useJobActivator(activator)
                        .useStorageProvider(new PostgresStorageProvider(dataSource))
                        .useBackgroundJobServer(server)
                        .initialize();
                chosen = candidate;
                break;
            } catch (IllegalArgumentException e) {
                LOG.info("JobRunr refused poll interval {}: {}", candidate, e.getMessage());
            }
        }
        if (result == null) {
            throw new IllegalStateException("JobRunr accepted none of the poll intervals tried");
        }
        this.scheduler = result.getJobRequestScheduler();
        this.pollInterval = chosen;
        LOG.info("JobRunr comparison ready, poll interval {}", chosen);
    }

    @PostMapping(path = "/bench/jobrunr/generate", consumes = "application/json")
    ResponseEntity<Map<String, Object>> generate(@RequestBody byte[] body) {
        String id = scheduler.enqueue(new PickupProbe(nowMicros())).toString();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("status", "accepted");
        answer.put("job_id", id);
        answer.put("bytes_read", body.length);
        return ResponseEntity.accepted().body(answer);
    }

    /** The pickup delays recorded since the last reset, in milliseconds. */
    @GetMapping("/bench/jobrunr/pickup")
    Map<String, Object> pickup() {
        int count = Math.min(PickupHandler.COUNT.get(), MAX_SAMPLES);
        long[] delays = new long[count];
        for (int i = 0; i < count; i++) {
            delays[i] = PickupHandler.DELAYS_MICROS.get(i);
        }
        Arrays.sort(delays);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("count", count);
        answer.put("poll_interval_ms", pollInterval.toMillis());
        answer.put("p50_ms", percentileMs(delays, 0.50));
        answer.put("p99_ms", percentileMs(delays, 0.99));
        answer.put("max_ms", count == 0 ? 0 : delays[count - 1] / 1000.0);
        return answer;
    }

    @PostMapping("/bench/jobrunr/pickup/reset")
    ResponseEntity<Void> reset() {
        PickupHandler.COUNT.set(0);
        return ResponseEntity.noContent().build();
    }

    private static double percentileMs(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1000.0;
    }

    private static long nowMicros() {
        java.time.Instant now = java.time.Instant.now();
        return now.getEpochSecond() * 1_000_000L + now.getNano() / 1000;
    }

    @Override
    public void destroy() {
        JobRunr.destroy();
    }
}
