package io.avatarforge.platform.job;

import io.avatarforge.model.job.JobId;
import io.avatarforge.model.job.GenerationJob;
import io.avatarforge.model.job.JobState;

import io.avatarforge.model.storage.ImageRef;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Maps {@code generation_job} rows; plain JDBC so both PostgreSQL and H2 share it. */
public final class GenerationJobRows {

    public static final String COLUMNS = "id, state, user_id, style, quality, prompt, provider, model, input_image_ref, "
            + "result_image_ref, estimated_cost, actual_cost, error_code, error_message, attempts, config_version, "
            + "created_at, started_at, finished_at, provider_time_ms, total_time_ms, result_metadata, cache_source_id, "
            + "result_purged_at, wait_reason, not_before, waiting_since, deferrals";

    private GenerationJobRows() {
    }

    public static GenerationJob map(ResultSet rs) throws SQLException {
        String result = rs.getString("result_image_ref");
        UUID cachedFrom = rs.getObject("cache_source_id", UUID.class);
        return new GenerationJob(
                new JobId(rs.getObject("id", UUID.class)),
                JobState.valueOf(rs.getString("state")),
                rs.getString("user_id"),
                rs.getString("style"),
                rs.getString("quality"),
                rs.getString("prompt"),
                rs.getString("provider"),
                rs.getString("model"),
                new ImageRef(rs.getString("input_image_ref")),
                result == null ? null : new ImageRef(result),
                rs.getBigDecimal("estimated_cost"),
                rs.getBigDecimal("actual_cost"),
                rs.getString("error_code"),
                rs.getString("error_message"),
                rs.getInt("attempts"),
                rs.getLong("config_version"),
                instant(rs, "created_at"),
                instant(rs, "started_at"),
                instant(rs, "finished_at"),
                rs.getObject("provider_time_ms", Long.class),
                rs.getObject("total_time_ms", Long.class),
                rs.getString("result_metadata"),
                cachedFrom == null ? null : new JobId(cachedFrom),
                instant(rs, "result_purged_at"),
                new GenerationJob.Waiting(rs.getString("wait_reason"), instant(rs, "not_before"),
                        instant(rs, "waiting_since"), rs.getInt("deferrals")));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** Binds an instant for a {@code timestamp with time zone} column portably. */
    public static @Nullable OffsetDateTime timestamp(@Nullable Instant instant) {
        return instant == null ? null : instant.atOffset(java.time.ZoneOffset.UTC);
    }
}
