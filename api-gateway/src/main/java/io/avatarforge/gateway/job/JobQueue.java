package io.avatarforge.gateway.job;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.avatarforge.gateway.GatewayProperties;
import io.avatarforge.model.job.GenerationJob;
import io.avatarforge.model.job.JobState;
import io.avatarforge.platform.config.AvatarConfigHolder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Where a queued job stands in its provider's queue, and when it should be done.
 *
 * <p>The position is the number of the provider's QUEUED jobs created before the job. It is read from a per-provider
 * snapshot, at most {@link #SNAPSHOT_TTL} old, of the oldest {@link #SNAPSHOT_LIMIT} queued creation times (one ordered
 * index-only read per provider per second, however many clients poll), and found by binary search; only a job beyond
 * the snapshot's end (a queue longer than the limit) costs a count of its own.
 *
 * <p>The estimate is the wait plus the run: the jobs ahead divided by how fast the provider's queue drained over the
 * last minute (jobs that ended, from {@code finished_at}), plus the mean run time (start to finish) of its latest
 * completed jobs of that quality. The gateway cannot see how many workers are alive; the drain rate measures what
 * they actually achieve. When nothing of the provider ended in the last minute, one worker's
 * {@code max_concurrent_generations} slots are assumed. The counts behind it (queued, ended in the last minute) are
 * two index-bounded counts per provider, also at most a second old; intake's 202 estimate needs only those.
 */
@Component
public class JobQueue {

    /** A queued job's place: how many queued jobs of its provider are ahead of it, and the seconds to its completion. */
    public record Standing(long position, long estimatedSeconds) {
    }

    static final int SNAPSHOT_LIMIT = 10_000;
    private static final Duration SNAPSHOT_TTL = Duration.ofSeconds(1);
    private static final Duration THROUGHPUT_WINDOW = Duration.ofMinutes(1);
    private static final Duration RUN_TIME_LOOKBACK = Duration.ofHours(6);
    private static final Duration RUN_TIME_REUSE = Duration.ofSeconds(5);

    /** The provider's queue as the oldest queued creation times in epoch microseconds (the database's precision). */
    private record Snapshot(long[] createdAtMicros, boolean truncated) {
    }

    /** How many of the provider's jobs are queued, and how many ended in the last minute. */
    private record Pace(long queued, long finishedLastMinute) {
    }

    private final JobQueueRepository repository;
    private final AvatarConfigHolder config;
    private final Clock clock;
    private final double defaultRunSeconds;
    private final Cache<String, Snapshot> snapshots = Caffeine.newBuilder()
            .expireAfterWrite(SNAPSHOT_TTL)
            .maximumSize(1_000)
            .build();
    private final Cache<String, Pace> paces = Caffeine.newBuilder()
            .expireAfterWrite(SNAPSHOT_TTL)
            .maximumSize(1_000)
            .build();
    private final Cache<String, Double> runSeconds = Caffeine.newBuilder()
            .expireAfterWrite(RUN_TIME_REUSE)
            .maximumSize(1_000)
            .build();

    JobQueue(JobQueueRepository repository, AvatarConfigHolder config, Clock clock, GatewayProperties properties) {
        this.repository = repository;
        this.config = config;
        this.clock = clock;
        this.defaultRunSeconds = properties.defaultEstimateSeconds();
    }

    /** The job's standing while it is queued; null in every other state. */
    public @Nullable Standing standingOf(GenerationJob job) {
        if (job.state() != JobState.QUEUED) {
            return null;
        }
        Snapshot snapshot = snapshots.get(job.provider(), this::snapshot);
        long micros = micros(job.createdAt());
        long position;
        if (!snapshot.truncated() || micros <= last(snapshot)) {
            position = countBefore(snapshot.createdAtMicros(), micros);
        } else {
            // Past the snapshot's end: only a queue longer than SNAPSHOT_LIMIT gets here.
            position = repository.queuedBefore(job.provider(), job.createdAt());
        }
        return new Standing(position, estimate(job.provider(), job.quality(), position));
    }

    /**
     * The estimate for a job just queued, for the 202 answer: it stands behind everything queued for its provider.
     * Answered from the per-provider counts (at most a second old), so intake never reads the queue itself.
     */
    public long estimatedSecondsForNewJob(String provider, String quality) {
        return estimate(provider, quality, pace(provider).queued());
    }

    private long estimate(String provider, String quality, long position) {
        double run = runSeconds.get(provider + '\u0000' + quality, ignored -> repository
                .recentRunSeconds(provider, quality, clock.instant().minus(RUN_TIME_LOOKBACK))
                .orElse(defaultRunSeconds));
        double wait = 0;
        if (position > 0) {
            double drainedPerSecond = pace(provider).finishedLastMinute() / (double) THROUGHPUT_WINDOW.toSeconds();
            if (drainedPerSecond > 0) {
                wait = position / drainedPerSecond;
            } else {
                int slots = Math.max(1, config.config().serviceConfig().maxConcurrentGenerations());
                wait = position * run / slots;
            }
        }
        return Math.max(1, Math.round(wait + run));
    }

    private Snapshot snapshot(String provider) {
        List<Instant> oldest = repository.queuedCreatedAt(provider, SNAPSHOT_LIMIT + 1);
        return new Snapshot(oldest.stream().limit(SNAPSHOT_LIMIT).mapToLong(JobQueue::micros).toArray(),
                oldest.size() > SNAPSHOT_LIMIT);
    }

    private Pace pace(String provider) {
        return paces.get(provider, ignored -> new Pace(repository.queuedCount(provider),
                repository.finishedSince(provider, clock.instant().minus(THROUGHPUT_WINDOW))));
    }

    /** How many of the sorted {@code values} are below {@code key}. */
    private static long countBefore(long[] values, long key) {
        int low = 0;
        int high = values.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (values[mid] < key) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static long last(Snapshot snapshot) {
        long[] values = snapshot.createdAtMicros();
        return values.length == 0 ? Long.MIN_VALUE : values[values.length - 1];
    }

    private static long micros(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
    }
}
