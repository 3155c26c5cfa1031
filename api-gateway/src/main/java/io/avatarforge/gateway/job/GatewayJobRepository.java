package io.avatarforge.gateway.job;

import io.avatarforge.gateway.security.Caller;
import io.avatarforge.model.job.GenerationJob;
import io.avatarforge.model.job.GenerationJobRows;
import io.avatarforge.model.job.JobErrorCode;
import io.avatarforge.model.job.JobId;
import io.avatarforge.model.job.JobState;
import io.avatarforge.model.storage.ImageRef;
import java.math.BigDecimal;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The gateway's reads and writes of {@code generation_job}. */
@Repository
public class GatewayJobRepository {

    private final JdbcClient jdbc;

    GatewayJobRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record NewJob(JobId id, @Nullable String userId, String style, String quality, String prompt,
            String provider, @Nullable String model, ImageRef inputImage, BigDecimal estimatedCost,
            long configVersion, Instant createdAt, @Nullable String requestMetadataJson, LocalDate budgetDay,
            BigDecimal reservedCost, @Nullable UUID apiKeyId) {
    }

    public void insert(NewJob job) {
        jdbc.sql("""
                insert into generation_job (id, state, user_id, style, quality, prompt, provider, model,
                    input_image_ref, estimated_cost, config_version, created_at, dispatched_at, request_metadata,
                    budget_day, reserved_cost, api_key_id)
                values (:id, :state, :userId, :style, :quality, :prompt, :provider, :model,
                    :input, :estimatedCost, :configVersion, :createdAt, :createdAt, :metadata, :budgetDay, :reserved, :apiKey)
                """)
                .param("id", job.id().value())
                .param("state", JobState.QUEUED.name())
                .param("userId", job.userId())
                .param("style", job.style())
                .param("quality", job.quality())
                .param("prompt", job.prompt())
                .param("provider", job.provider())
                .param("model", job.model())
                .param("input", job.inputImage().key())
                .param("estimatedCost", job.estimatedCost())
                .param("configVersion", job.configVersion())
                .param("createdAt", GenerationJobRows.timestamp(job.createdAt()))
                .param("metadata", json(job.requestMetadataJson()))
                .param("budgetDay", job.budgetDay())
                .param("reserved", job.reservedCost())
                .param("apiKey", job.apiKeyId())
                .update();
    }

    /** JSON text for a jsonb column (PostgreSQL) or a text column (H2): an untyped parameter suits both. */
    private static @Nullable SqlParameterValue json(@Nullable String text) {
        return text == null ? null : new SqlParameterValue(Types.OTHER, text);
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

    public List<JobId> terminalAmong(Collection<JobId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id from generation_job where id in (:ids) and state in ('COMPLETED','FAILED','CANCELED')")
                .param("ids", ids.stream().map(JobId::value).toList())
                .query((rs, n) -> new JobId(rs.getObject(1, java.util.UUID.class)))
                .list();
    }

    /**
     * Cancels a job that no worker has started: a conditional update, so it cannot race a worker's claim. Returns false
     * when the job is not queued (running jobs are not canceled: their provider call is already being paid for).
     */
    public boolean cancelQueued(JobId id, Instant now) {
        JobState.QUEUED.transitionTo(JobState.CANCELED);
        return jdbc.sql("""
                update generation_job set state = 'CANCELED', error_code = :code,
                    error_message = 'Canceled by the client before it started', finished_at = :now
                where id = :id and state = 'QUEUED'
                """)
                .param("code", JobErrorCode.CANCELED.apiCode())
                .param("now", GenerationJobRows.timestamp(now))
                .param("id", id.value())
                .update() == 1;
    }

    /** Mean end-to-end seconds of the latest completed jobs of one provider and quality, if any finished lately. */
    public OptionalDouble recentAverageSeconds(String provider, String quality, Instant since) {
        Double average = jdbc.sql("""
                select avg(total_time_ms) from (
                    select total_time_ms from generation_job
                    where provider = :provider and quality = :quality and state = 'COMPLETED'
                      and finished_at > :since and total_time_ms is not null
                    order by finished_at desc
                    limit 50) recent
                """)
                .param("provider", provider)
                .param("quality", quality)
                .param("since", GenerationJobRows.timestamp(since))
                .query(Double.class)
                .optional()
                .orElse(null);
        return average == null ? OptionalDouble.empty() : OptionalDouble.of(average / 1000.0);
    }
}
