package io.avatarforge.gateway.idempotency;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code idempotency_key} table. Every statement runs on its own (autocommit), outside the request's transaction:
 * other requests with the key, on any gateway replica, must see the row in flight as soon as it is inserted. Each
 * write after the insert is conditional on the request's {@code attempt}, so only the request holding the row changes
 * it.
 */
@Component
class IdempotencyRepository {

    static final String IN_FLIGHT = "in_flight";
    static final String DONE = "done";

    /** A key's row as stored; {@code answer} is null while its request is in flight. */
    record StoredKey(String fingerprint, UUID attempt, Instant lockedUntil, Instant createdAt,
            @Nullable RecordedAnswer answer) {
    }

    private static final TypeReference<Map<String, List<String>>> HEADERS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper jsonMapper;

    IdempotencyRepository(JdbcClient jdbc, JsonMapper jsonMapper) {
        this.jdbc = jdbc;
        this.jsonMapper = jsonMapper;
    }

    /**
     * Inserts the key in flight for {@code attempt}; false when a row for it exists. The primary key makes this the
     * one decision between requests racing on any number of replicas: exactly one insert wins.
     */
    boolean insert(IdempotencyKey key, UUID attempt, Instant lockedUntil, Instant now) {
        return jdbc.sql("""
                insert into idempotency_key (scope, client_key, fingerprint, state, attempt, locked_until, created_at)
                values (:scope, :key, :fingerprint, :state, :attempt, :lockedUntil, :now)
                on conflict do nothing""")
                .param("scope", key.scope())
                .param("key", key.key())
                .param("fingerprint", key.fingerprint())
                .param("state", IN_FLIGHT)
                .param("attempt", attempt)
                .param("lockedUntil", timestamp(lockedUntil))
                .param("now", timestamp(now))
                .update() == 1;
    }

    Optional<StoredKey> find(IdempotencyKey key) {
        return jdbc.sql("""
                select fingerprint, state, attempt, locked_until, created_at, response_kind, response_status,
                       response_headers, response_body
                from idempotency_key where scope = :scope and client_key = :key""")
                .param("scope", key.scope())
                .param("key", key.key())
                .query((rs, n) -> stored(rs))
                .optional();
    }

    /**
     * Makes an expired or abandoned row {@code key}'s again, in flight for {@code attempt}; false when another request
     * changed the row since it was read as {@code seenAttempt} (that request won).
     */
    boolean takeOver(IdempotencyKey key, UUID seenAttempt, UUID attempt, Instant lockedUntil, Instant now) {
        return jdbc.sql("""
                update idempotency_key set fingerprint = :fingerprint, state = :state, attempt = :attempt,
                       locked_until = :lockedUntil, created_at = :now, response_kind = null, response_status = null,
                       response_headers = null, response_body = null
                where scope = :scope and client_key = :key and attempt = :seenAttempt""")
                .param("fingerprint", key.fingerprint())
                .param("state", IN_FLIGHT)
                .param("attempt", attempt)
                .param("lockedUntil", timestamp(lockedUntil))
                .param("now", timestamp(now))
                .param("scope", key.scope())
                .param("key", key.key())
                .param("seenAttempt", seenAttempt)
                .update() == 1;
    }

    /** Records the answer of the request holding the row; false when the row is no longer {@code attempt}'s. */
    boolean record(IdempotencyKey key, UUID attempt, RecordedAnswer answer) {
        return jdbc.sql("""
                update idempotency_key set state = :state, response_kind = :kind, response_status = :status,
                       response_headers = :headers, response_body = :body
                where scope = :scope and client_key = :key and attempt = :attempt""")
                .param("state", DONE)
                .param("kind", answer.kind().column())
                .param("status", answer.status())
                .param("headers", jsonMapper.writeValueAsString(answer.headers()))
                .param("body", answer.body())
                .param("scope", key.scope())
                .param("key", key.key())
                .param("attempt", attempt)
                .update() == 1;
    }

    /** Deletes the row of the request holding it, so the key can be used again; false when it is not its row. */
    boolean release(IdempotencyKey key, UUID attempt) {
        return jdbc.sql("delete from idempotency_key where scope = :scope and client_key = :key and attempt = :attempt")
                .param("scope", key.scope())
                .param("key", key.key())
                .param("attempt", attempt)
                .update() == 1;
    }

    /**
     * Deletes at most {@code limit} rows created before {@code cutoff}. The outer condition repeats the cutoff because
     * PostgreSQL re-checks it on a row that changed since the subquery read it: a row taken over meanwhile stays.
     */
    int deleteCreatedBefore(Instant cutoff, int limit) {
        return jdbc.sql("""
                delete from idempotency_key where created_at < :cutoff and (scope, client_key) in (
                    select scope, client_key from idempotency_key where created_at < :cutoff limit :limit)""")
                .param("cutoff", timestamp(cutoff))
                .param("limit", limit)
                .update();
    }

    private StoredKey stored(ResultSet rs) throws SQLException {
        RecordedAnswer answer = null;
        if (DONE.equals(rs.getString("state"))) {
            String headers = rs.getString("response_headers");
            answer = new RecordedAnswer(RecordedAnswer.Kind.ofColumn(rs.getString("response_kind")),
                    rs.getInt("response_status"),
                    headers == null ? Map.of() : jsonMapper.readValue(headers, HEADERS),
                    rs.getString("response_body"));
        }
        return new StoredKey(rs.getString("fingerprint"), rs.getObject("attempt", UUID.class),
                rs.getObject("locked_until", OffsetDateTime.class).toInstant(),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), answer);
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
