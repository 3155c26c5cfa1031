package io.avatarforge.gateway.security;

import io.avatarforge.gateway.web.DatabaseOutages;
import io.avatarforge.platform.job.GenerationJobRows;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code api_key} table. Only hashes go in; nothing here ever sees a secret. */
@Repository
class ApiKeyRepository {

    /** A key as listed to admins: no hash, no secret. */
    record KeyView(UUID id, String name, String keyPrefix, Set<String> scopes, @Nullable String userId,
            String createdBy, Instant createdAt, @Nullable Instant revokedAt) {
    }

    /**
     * Valid keys seen in the last {@link #REVOCATION_DELAY}: every authenticated request would otherwise cost a query.
     * Only hits are kept (a key created a moment ago is never refused for having been unknown), a revocation or update
     * on this instance clears it at once, and on every other instance a revoked key stops working within the delay.
     */
    static final Duration REVOCATION_DELAY = Duration.ofSeconds(2);

    /**
     * How long a key verified against the database keeps authenticating while the database cannot be reached. The
     * copies in {@link #verified} are read only then, never while the database answers, so a revocation takes effect
     * as usual; the one gap is a key revoked on another instance less than this long before an outage, which that
     * instance's copy still admits until it expires. A key the database no longer finds is dropped from it at once.
     */
    static final Duration OUTAGE_GRACE = Duration.ofMinutes(2);

    private final JdbcClient jdbc;
    private final Cache<String, ApiKeyPrincipal> verified = Caffeine.newBuilder()
            .expireAfterWrite(OUTAGE_GRACE)
            .maximumSize(100_000)
            .build();
    private final Cache<String, ApiKeyPrincipal> active = Caffeine.newBuilder()
            .expireAfterWrite(REVOCATION_DELAY)
            .maximumSize(100_000)
            .build();

    ApiKeyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ApiKeyPrincipal> findActive(String hash) {
        ApiKeyPrincipal cached = active.getIfPresent(hash);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<ApiKeyPrincipal> found;
        try {
            found = jdbc.sql(
                            "select id, name, scopes, user_id from api_key where key_hash = ? and revoked_at is null")
                    .param(hash)
                    .query((rs, n) -> new ApiKeyPrincipal(rs.getObject(1, UUID.class), rs.getString(2),
                            scopes(rs.getString(3)), rs.getString(4)))
                    .optional();
        } catch (RuntimeException e) {
            ApiKeyPrincipal remembered = DatabaseOutages.causedBy(e) ? verified.getIfPresent(hash) : null;
            if (remembered == null) {
                throw e;
            }
            return Optional.of(remembered);
        }
        found.ifPresentOrElse(principal -> {
            active.put(hash, principal);
            verified.put(hash, principal);
        }, () -> verified.invalidate(hash));
        return found;
    }

    void insert(UUID id, String name, String hash, String prefix, Set<String> scopes, @Nullable String userId,
            String createdBy, Instant createdAt) {
        jdbc.sql("""
                insert into api_key (id, name, key_hash, key_prefix, scopes, user_id, created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(id, name, hash, prefix, String.join(" ", scopes), userId, createdBy,
                        GenerationJobRows.timestamp(createdAt))
                .update();
    }

    /** Creates the key with this id, or gives the existing one this secret and scopes and un-revokes it. */
    void upsert(UUID id, String name, String hash, String prefix, Set<String> scopes, String createdBy,
            Instant now) {
        active.invalidateAll();
        verified.invalidateAll();
        for (int attempt = 0; attempt < 3; attempt++) {
            int updated = jdbc.sql("""
                    update api_key set key_hash = ?, key_prefix = ?, scopes = ?, revoked_at = null where id = ?
                    """)
                    .params(hash, prefix, String.join(" ", scopes), id)
                    .update();
            if (updated > 0) {
                return;
            }
            try {
                insert(id, name, hash, prefix, scopes, null, createdBy, now);
                return;
            } catch (DuplicateKeyException e) {
                // Another instance inserted it at the same moment; the update on the next attempt wins.
            }
        }
        throw new IllegalStateException("Could not store the key " + name);
    }

    boolean exists(UUID id) {
        return jdbc.sql("select count(*) from api_key where id = ?").param(id).query(Long.class).single() > 0;
    }

    boolean revoke(UUID id, Instant now) {
        boolean revoked = jdbc.sql("update api_key set revoked_at = coalesce(revoked_at, ?) where id = ?")
                .params(GenerationJobRows.timestamp(now), id)
                .update() > 0;
        active.invalidateAll();
        verified.invalidateAll();
        return revoked;
    }

    List<KeyView> list() {
        return jdbc.sql("""
                select id, name, key_prefix, scopes, user_id, created_by, created_at, revoked_at
                from api_key order by created_at, id
                """)
                .query((rs, n) -> new KeyView(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        scopes(rs.getString(4)), rs.getString(5), rs.getString(6),
                        rs.getObject(7, OffsetDateTime.class).toInstant(),
                        rs.getObject(8, OffsetDateTime.class) == null ? null
                                : rs.getObject(8, OffsetDateTime.class).toInstant()))
                .list();
    }

    private static Set<String> scopes(String text) {
        return new LinkedHashSet<>(Arrays.asList(text.trim().split("\\s+")));
    }
}
