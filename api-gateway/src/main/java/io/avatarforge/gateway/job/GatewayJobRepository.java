package io.avatarforge.gateway.job;

import io.avatarforge.gateway.security.Caller;
import io.avatarforge.model.job.GenerationJob;
import io.avatarforge.platform.job.GenerationJobRows;
import io.avatarforge.model.job.JobId;
import io.avatarforge.model.job.JobState;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The gateway's reads of {@code generation_job} (every write of a job's state is the platform's {@code JobTransitions}). */
@Repository
public class GatewayJobRepository {

    private static final List<String> TERMINAL = Stream.of(JobState.values()).filter(JobState::isTerminal)
            .map(JobState::name).toList();

    private final JdbcClient jdbc;

    GatewayJobRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The job, if {@code caller} may see it: its creator (user or key) or an admin; otherwise as if it did not exist. */
    public Optional<GenerationJob> findVisibleTo(JobId id, Caller caller) {
        // One read for both the ownership check and the view: status polling is the hottest read path.
        return jdbc.sql("select " + GenerationJobRows.COLUMNS + ", api_key_id from generation_job where id = :id")
                .param("id", id.value())
                .query((rs, n) -> new Visibility(GenerationJobRows.map(rs),
                        caller.mayAccess(rs.getString("user_id"), rs.getObject("api_key_id", UUID.class))))
                .optional()
                .filter(Visibility::visible)
                .map(Visibility::job);
    }

    private record Visibility(GenerationJob job, boolean visible) {
    }

    public Optional<GenerationJob> find(JobId id) {
        return jdbc.sql("select " + GenerationJobRows.COLUMNS + " from generation_job where id = :id")
                .param("id", id.value())
                .query((rs, n) -> GenerationJobRows.map(rs))
                .optional();
    }

    /** The jobs among {@code ids} that exist; at most a few hundred ids per call. */
    public List<GenerationJob> findAll(Collection<JobId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + GenerationJobRows.COLUMNS + " from generation_job where id in (:ids)")
                .param("ids", ids.stream().map(JobId::value).toList())
                .query((rs, n) -> GenerationJobRows.map(rs))
                .list();
    }

    public List<JobId> terminalAmong(Collection<JobId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id from generation_job where id in (:ids) and state in (:terminal)")
                .param("ids", ids.stream().map(JobId::value).toList())
                .param("terminal", TERMINAL)
                .query((rs, n) -> new JobId(rs.getObject(1, java.util.UUID.class)))
                .list();
    }

    /** Mean end-to-end seconds of the latest completed jobs of one provider and quality, if any finished lately. */
    public OptionalDouble recentAverageSeconds(String provider, String quality, Instant since) {
        Double average = jdbc.sql("""
                select avg(total_time_ms) from (
                    select total_time_ms from generation_job
                    where provider = :provider and quality = :quality and state = :completed
                      and finished_at > :since and total_time_ms is not null
                    order by finished_at desc
                    limit 50) recent
                """)
                .param("provider", provider)
                .param("quality", quality)
                .param("completed", JobState.COMPLETED.name())
                .param("since", GenerationJobRows.timestamp(since))
                .query(Double.class)
                .optional()
                .orElse(null);
        return average == null ? OptionalDouble.empty() : OptionalDouble.of(average / 1000.0);
    }
}
