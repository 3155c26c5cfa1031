package io.avatarforge.gateway.job;

import io.avatarforge.model.job.JobState;
import io.avatarforge.model.job.Quality;
import io.avatarforge.platform.job.GenerationJobRows;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The reads behind queue positions and queued estimates. Each is bounded by an index: queued jobs by
 * {@code generation_job_queue_idx} (provider, state, created_at), finished jobs by {@code generation_job_recent_idx}
 * (provider, quality, finished_at).
 */
@Repository
class JobQueueRepository {

    /** Every quality, so that a provider's finished jobs are read as one index range per quality, not a scan. */
    private static final List<String> QUALITIES = Stream.of(Quality.values()).map(Quality::apiName).toList();

    private final JdbcClient jdbc;

    JobQueueRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Creation times of the provider's queued jobs, oldest first, at most {@code limit}. */
    List<Instant> queuedCreatedAt(String provider, int limit) {
        return jdbc.sql("""
                select created_at from generation_job
                where provider = :provider and state = :queued
                order by created_at limit :limit
                """)
                .param("provider", provider)
                .param("queued", JobState.QUEUED.name())
                .param("limit", limit)
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant())
                .list();
    }

    long queuedCount(String provider) {
        return queuedBefore(provider, null);
    }

    /** The provider's queued jobs created before {@code createdAt} (all of them when it is null). */
    long queuedBefore(String provider, @Nullable Instant createdAt) {
        return jdbc.sql("select count(*) from generation_job where provider = :provider and state = :queued"
                        + (createdAt == null ? "" : " and created_at < :createdAt"))
                .param("provider", provider)
                .param("queued", JobState.QUEUED.name())
                .param("createdAt", GenerationJobRows.timestamp(createdAt))
                .query(Long.class)
                .single();
    }

    /**
     * Jobs of the provider that ended (any way) after {@code since}: how fast its queue drains. Jobs answered from the
     * result cache never were in the queue, so they do not count.
     */
    long finishedSince(String provider, Instant since) {
        return jdbc.sql("""
                select count(*) from generation_job
                where provider = :provider and quality in (:qualities) and finished_at > :since
                  and cache_source_id is null
                """)
                .param("provider", provider)
                .param("qualities", QUALITIES)
                .param("since", GenerationJobRows.timestamp(since))
                .query(Long.class)
                .single();
    }

    /**
     * Mean seconds from a worker's start to the end of the latest completed jobs of one provider and quality: the run
     * time alone, without the wait in the queue that {@code total_time_ms} includes.
     */
    OptionalDouble recentRunSeconds(String provider, String quality, Instant since) {
        return jdbc.sql("""
                select started_at, finished_at from generation_job
                where provider = :provider and quality = :quality and finished_at > :since
                  and state = :completed and started_at is not null
                order by finished_at desc
                limit 50
                """)
                .param("provider", provider)
                .param("quality", quality)
                .param("since", GenerationJobRows.timestamp(since))
                .param("completed", JobState.COMPLETED.name())
                .query((rs, n) -> Duration.between(rs.getObject(1, OffsetDateTime.class),
                        rs.getObject(2, OffsetDateTime.class)).toMillis() / 1000.0)
                .list()
                .stream()
                .mapToDouble(Double::doubleValue)
                .average();
    }
}
