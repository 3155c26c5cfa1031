package io.avatarforge.worker.job;

import io.avatarforge.model.job.GenerationJob;
import io.avatarforge.model.job.JobId;
import io.avatarforge.platform.job.JobTransitions;
import io.avatarforge.worker.WorkerProperties;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Keeps the lease of every job this worker runs alive: every {@code leaseRenewal} it pushes each one out to now +
 * {@code lease}, from the claim until the job's final write (through the provider call and any retried write). So the
 * lease can be short: a worker that dies stops renewing, and its jobs are taken over within one lease, not after the
 * longest provider call.
 */
@Component
public class LeaseHeartbeat implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(LeaseHeartbeat.class);

    /** A job held by this worker; closing it stops the renewals. */
    public interface Held extends AutoCloseable {

        @Override
        void close();
    }

    private final JobTransitions transitions;
    private final Clock clock;
    private final WorkerProperties properties;
    private final Map<JobId, GenerationJob> held = new ConcurrentHashMap<>();
    private @Nullable ScheduledExecutorService timer;
    private volatile boolean failing;
    private volatile long lastBeat = System.nanoTime();

    public LeaseHeartbeat(JobTransitions transitions, Clock clock, WorkerProperties properties) {
        this.transitions = transitions;
        this.clock = clock;
        this.properties = properties;
    }

    /** Renews {@code job}'s lease until the returned handle is closed. */
    public Held hold(GenerationJob job) {
        held.put(job.id(), job);
        return () -> held.remove(job.id());
    }

    /** One beat: renews every held job's lease; a job no longer this worker's is dropped. Returns how many renewed. */
    public int renewAll() {
        int renewed = 0;
        boolean failed = false;
        for (GenerationJob job : held.values()) {
            try {
                if (transitions.extendLease(job, clock.instant().plus(properties.lease()))) {
                    renewed++;
                } else {
                    LOG.info("Job {} is no longer this worker's; its lease is not renewed", job.id());
                    held.remove(job.id());
                }
            } catch (RuntimeException e) {
                // A database outage: beats come every second until one works (see tick), so that when the database
                // comes back this worker's leases are renewed before a sweeper finds them expired, if it can be.
                // If the lease runs out meanwhile, the job's conditional writes tell this worker it lost the job.
                failed = true;
                LOG.warn("Could not renew the lease of job {}: {}", job.id(), e.toString());
            }
        }
        failing = failed;
        return renewed;
    }

    /** Whether the last beat could not reach the database (beats then come every second). */
    boolean failing() {
        return failing;
    }

    /** Every second: a beat when {@code leaseRenewal} has passed since the last, or when the last one failed. */
    private void tick() {
        if (failing || System.nanoTime() - lastBeat >= properties.leaseRenewal().toNanos()) {
            lastBeat = System.nanoTime();
            renewAll();
        }
    }

    @Override
    public void start() {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("lease-heartbeat").daemon().factory());
        long every = Math.min(1000, properties.leaseRenewal().toMillis());
        executor.scheduleWithFixedDelay(this::tick, every, every, TimeUnit.MILLISECONDS);
        timer = executor;
    }

    @Override
    public void stop() {
        ScheduledExecutorService current = timer;
        if (current != null) {
            current.shutdownNow();
        }
        timer = null;
    }

    @Override
    public boolean isRunning() {
        return timer != null;
    }
}
