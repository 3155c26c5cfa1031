package io.avatarforge.gateway.webhook;

import io.avatarforge.model.job.JobId;
import io.avatarforge.platform.job.GenerationJobRows;
import io.avatarforge.platform.webhook.WebhookDeliveries;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code webhook_delivery} queue and its {@code webhook_attempt} history. Dispatchers on every gateway share the
 * queue: {@link #claim} locks due rows with {@code SKIP LOCKED}, leases them and commits at once, so no row lock or
 * transaction is held while a receiver answers; {@link #record} writes the outcome conditionally on the series and
 * attempt it claimed, so a redelivery or another dispatcher that took the row over after its lease is never undone.
 */
@Repository
class WebhookDeliveryRepository {

    /** A due event, claimed for one attempt. */
    record Claimed(UUID id, JobId jobId, String webhookId, String eventType, String url, @Nullable UUID apiKeyId,
            int attempts, int series, @Nullable String baseUrl, @Nullable String traceparent) {
    }

    /** How an attempt ends the delivery's current step. */
    record Outcome(String state, Instant nextAttemptAt, @Nullable Instant settledAt) {
    }

    /** A job's event delivery as its owner sees it; {@code webhookUrl} null: the job has no webhook. */
    record Delivery(@Nullable String webhookUrl, @Nullable UUID id, @Nullable String webhookId,
            @Nullable String eventType, @Nullable String state, int attempts, int series,
            @Nullable Instant nextAttemptAt, @Nullable Instant settledAt) {
    }

    record Attempt(int series, Instant attemptedAt, @Nullable Integer httpStatus, long latencyMs,
            @Nullable String error) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    WebhookDeliveryRepository(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** Up to {@code limit} due events, leased to the caller until {@code leaseUntil}; committed before it returns. */
    List<Claimed> claim(Instant now, Instant leaseUntil, int limit) {
        List<Claimed> claimed = transactions.execute(status -> {
            List<UUID> ids = jdbc.sql("""
                    select id from webhook_delivery
                    where state = :pending and next_attempt_at <= :now and (locked_until is null or locked_until <= :now)
                    order by next_attempt_at limit :limit for update skip locked
                    """)
                    .param("pending", WebhookDeliveries.PENDING)
                    .param("now", GenerationJobRows.timestamp(now))
                    .param("limit", limit)
                    .query((rs, n) -> rs.getObject(1, UUID.class))
                    .list();
            if (ids.isEmpty()) {
                return List.of();
            }
            jdbc.sql("update webhook_delivery set locked_until = :until where id in (:ids)")
                    .param("until", GenerationJobRows.timestamp(leaseUntil))
                    .param("ids", ids)
                    .update();
            return jdbc.sql("""
                    select d.id, d.job_id, d.webhook_id, d.event_type, d.url, d.api_key_id, d.attempts, d.series,
                        j.webhook_base_url, d.traceparent
                    from webhook_delivery d join generation_job j on j.id = d.job_id
                    where d.id in (:ids)
                    """)
                    .param("ids", ids)
                    .query((rs, n) -> new Claimed(rs.getObject(1, UUID.class), new JobId(rs.getObject(2, UUID.class)),
                            rs.getString(3), rs.getString(4), rs.getString(5), rs.getObject(6, UUID.class),
                            rs.getInt(7), rs.getInt(8), rs.getString(9), rs.getString(10)))
                    .list();
        });
        return claimed == null ? List.of() : claimed;
    }

    /**
     * Records an attempt and, when the row is still at the series and attempt that was claimed, its outcome; false
     * when it was not (redelivered meanwhile, or taken over after the lease ran out), and the outcome is dropped.
     */
    boolean record(Claimed claimed, Instant attemptedAt, WebhookSender.Result result, Outcome outcome) {
        Boolean applied = transactions.execute(status -> {
            jdbc.sql("""
                    insert into webhook_attempt (delivery_id, series, attempted_at, http_status, latency_ms, error)
                    values (:delivery, :series, :at, :status, :latency, :error)
                    """)
                    .param("delivery", claimed.id())
                    .param("series", claimed.series())
                    .param("at", GenerationJobRows.timestamp(attemptedAt))
                    .param("status", result.status())
                    .param("latency", result.latencyMs())
                    .param("error", result.error())
                    .update();
            return jdbc.sql("""
                    update webhook_delivery set attempts = :attempts, state = :state, next_attempt_at = :next,
                        locked_until = null, settled_at = :settled
                    where id = :id and series = :series and attempts = :claimedAttempts
                    """)
                    .param("attempts", claimed.attempts() + 1)
                    .param("state", outcome.state())
                    .param("next", GenerationJobRows.timestamp(outcome.nextAttemptAt()))
                    .param("settled", GenerationJobRows.timestamp(outcome.settledAt()))
                    .param("id", claimed.id())
                    .param("series", claimed.series())
                    .param("claimedAttempts", claimed.attempts())
                    .update() == 1;
        });
        return Boolean.TRUE.equals(applied);
    }

    /** The job's webhook and the delivery of its event, if it has one yet. */
    Optional<Delivery> find(JobId jobId) {
        return jdbc.sql("""
                select j.webhook_url, d.id, d.webhook_id, d.event_type, d.state, d.attempts, d.series,
                    d.next_attempt_at, d.settled_at
                from generation_job j left join webhook_delivery d on d.job_id = j.id
                where j.id = :job
                """)
                .param("job", jobId.value())
                .query((rs, n) -> new Delivery(rs.getString(1), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getInt(6), rs.getInt(7), instant(rs, 8),
                        instant(rs, 9)))
                .optional();
    }

    List<Attempt> attempts(UUID deliveryId) {
        return jdbc.sql("""
                select series, attempted_at, http_status, latency_ms, error from webhook_attempt
                where delivery_id = :delivery order by id
                """)
                .param("delivery", deliveryId)
                .query((rs, n) -> new Attempt(rs.getInt(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                        rs.getObject(3, Integer.class), rs.getLong(4), rs.getString(5)))
                .list();
    }

    /**
     * Queues the job's event again as a new series, due now, whatever became of the last one; false when the job has
     * no delivery (no webhook, or not finished yet).
     */
    boolean redeliver(JobId jobId, Instant now) {
        return jdbc.sql("""
                update webhook_delivery set state = :pending, attempts = 0, series = series + 1,
                    next_attempt_at = :now, locked_until = null, settled_at = null
                where job_id = :job
                """)
                .param("pending", WebhookDeliveries.PENDING)
                .param("now", GenerationJobRows.timestamp(now))
                .param("job", jobId.value())
                .update() == 1;
    }

    private static @Nullable Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
