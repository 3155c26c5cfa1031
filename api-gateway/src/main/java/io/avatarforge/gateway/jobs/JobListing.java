package io.avatarforge.gateway.jobs;

import io.avatarforge.gateway.security.Caller;
import io.avatarforge.model.job.GenerationJob;
import io.avatarforge.model.job.JobId;
import io.avatarforge.model.job.JobState;
import io.avatarforge.platform.job.GenerationJobRows;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The job list and a job's details for the console and operators: reads of {@code generation_job} only (a retry's
 * link is written once, to a job that was just created, never a state).
 */
@Repository
class JobListing {

    private static final String COLUMNS = GenerationJobRows.COLUMNS
            + ", api_key_id, retry_of, input_purged_at, request_metadata, webhook_url";

    /** What the list is narrowed to; every field optional. {@code user} is already restricted for non-admins. */
    record Filter(@Nullable JobState state, @Nullable String user, @Nullable String style, @Nullable String provider,
            @Nullable Instant from, @Nullable Instant to) {
    }

    /** A position in the list, newest first: the last job of the previous page. */
    record Cursor(Instant createdAt, UUID id) {

        String encode() {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((createdAt + "|" + id).getBytes(StandardCharsets.UTF_8));
        }

        static Optional<Cursor> decode(String text) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split("\\|");
                return parts.length == 2
                        ? Optional.of(new Cursor(Instant.parse(parts[0]), UUID.fromString(parts[1])))
                        : Optional.empty();
            } catch (IllegalArgumentException | DateTimeParseException e) {
                return Optional.empty();
            }
        }
    }

    /** A job row with what only this listing reads. */
    record Row(GenerationJob job, @Nullable JobId retryOf, boolean inputPurged, @Nullable String metadataJson,
            @Nullable String webhookUrl) {
    }

    private final JdbcClient jdbc;

    JobListing(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Up to {@code limit} jobs {@code caller} may see after {@code after}, newest first; one more tells a next page. */
    List<Row> page(Filter filter, @Nullable Cursor after, int limit, Caller caller) {
        StringBuilder where = new StringBuilder("where 1 = 1");
        Map<String, @Nullable Object> params = new HashMap<>();
        if (!caller.isAdmin()) {
            // The same rule as Caller.mayAccess, in SQL: the caller's user or the caller's key.
            where.append(" and (user_id = :me").append(caller.keyId() == null ? ")" : " or api_key_id = :myKey)");
            params.put("me", caller.userId());
            params.put("myKey", caller.keyId());
        }
        condition(where, params, "state", "state = :state", filter.state() == null ? null : filter.state().name());
        condition(where, params, "user", "user_id = :user", filter.user());
        condition(where, params, "style", "style = :style", filter.style());
        condition(where, params, "provider", "provider = :provider", filter.provider());
        condition(where, params, "from", "created_at >= :from", GenerationJobRows.timestamp(filter.from()));
        condition(where, params, "to", "created_at < :to", GenerationJobRows.timestamp(filter.to()));
        if (after != null) {
            where.append(" and (created_at < :afterAt or (created_at = :afterAt and id < :afterId))");
            params.put("afterAt", GenerationJobRows.timestamp(after.createdAt()));
            params.put("afterId", after.id());
        }
        params.put("limit", limit);
        return jdbc.sql("select " + COLUMNS + " from generation_job " + where
                        + " order by created_at desc, id desc limit :limit")
                .params(params)
                .query((rs, n) -> row(rs))
                .list();
    }

    private static void condition(StringBuilder where, Map<String, @Nullable Object> params, String name, String sql,
            @Nullable Object value) {
        if (value != null) {
            where.append(" and ").append(sql);
            params.put(name, value);
        }
    }

    /** The job, if {@code caller} may see it; another caller's job as if it did not exist. */
    Optional<Row> find(JobId id, Caller caller) {
        return jdbc.sql("select " + COLUMNS + " from generation_job where id = :id")
                .param("id", id.value())
                .query((rs, n) -> caller.mayAccess(rs.getString("user_id"), rs.getObject("api_key_id", UUID.class))
                        ? Optional.of(row(rs)) : Optional.<Row>empty())
                .optional()
                .flatMap(visible -> visible);
    }

    /** The jobs created by retrying {@code id}, oldest first. */
    List<JobId> retriesOf(JobId id) {
        return jdbc.sql("select id from generation_job where retry_of = :id order by created_at, id")
                .param("id", id.value())
                .query((rs, n) -> new JobId(rs.getObject(1, UUID.class)))
                .list();
    }

    /** Links a job a retry just created to the job it retries. */
    void linkRetry(JobId retry, JobId original) {
        jdbc.sql("update generation_job set retry_of = :original where id = :retry")
                .param("original", original.value())
                .param("retry", retry.value())
                .update();
    }

    private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        UUID retryOf = rs.getObject("retry_of", UUID.class);
        return new Row(GenerationJobRows.map(rs), retryOf == null ? null : new JobId(retryOf),
                rs.getObject("input_purged_at") != null, rs.getString("request_metadata"), rs.getString("webhook_url"));
    }

    static List<Row> firstOf(List<Row> rows, int limit) {
        return rows.size() <= limit ? rows : new ArrayList<>(rows.subList(0, limit));
    }
}
