package io.avatarforge.gateway.webhook.secrets;

import io.avatarforge.platform.job.GenerationJobRows;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code webhook_secret} table: each API key's signing secret, and the service's. A secret is shown once, when it
 * is issued (with its key, or by a rotation), and is never logged. A rotation keeps the previous secret signing for
 * {@code rotationGrace}, so receivers can switch without dropping an event; rotating again within the grace ends the
 * older one at once. A key created before webhooks existed gets its secret on first use, and its owner learns it by
 * rotating.
 *
 * <p>The service secret signs events of jobs submitted without a key (Firebase users, anonymous development callers):
 * {@code avatar.webhooks.service-secret} ({@code AVATAR_WEBHOOK_SECRET}) when set, otherwise one generated once into
 * this table, so every gateway replica signs with the same one.
 */
public class WebhookSecrets {

    static final String SERVICE = "service";

    /** A freshly issued secret, shown to its owner this once, and until when the one it replaced still signs. */
    public record Issued(String secret, @Nullable Instant previousValidUntil) {
    }

    private record Stored(String secret, @Nullable String previous, @Nullable Instant previousValidUntil) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration rotationGrace;
    private final @Nullable String configuredServiceSecret;

    public WebhookSecrets(JdbcClient jdbc, Clock clock, Duration rotationGrace,
            @Nullable String configuredServiceSecret) {
        if (configuredServiceSecret != null) {
            WebhookSignature.requireValid(configuredServiceSecret, "avatar.webhooks.service-secret (AVATAR_WEBHOOK_SECRET)");
        }
        this.jdbc = jdbc;
        this.clock = clock;
        this.rotationGrace = rotationGrace;
        this.configuredServiceSecret = configuredServiceSecret;
    }

    /** Issues the secret of a new key, in the caller's transaction (the key's insert). */
    public String issueForKey(UUID keyId) {
        String secret = WebhookSignature.newSecret();
        jdbc.sql("insert into webhook_secret (owner, secret, created_at) values (:owner, :secret, :now)")
                .param("owner", keyOwner(keyId))
                .param("secret", secret)
                .param("now", GenerationJobRows.timestamp(clock.instant()))
                .update();
        return secret;
    }

    /** Gives the key a new secret; the current one keeps signing alongside it until the grace period ends. */
    public Issued rotateForKey(UUID keyId) {
        String secret = WebhookSignature.newSecret();
        Instant now = clock.instant();
        Instant until = now.plus(rotationGrace);
        // The right-hand sides read the row as it was, so the current secret becomes the previous one.
        int rotated = jdbc.sql("""
                update webhook_secret set previous_secret = secret, previous_valid_until = :until, secret = :secret,
                    rotated_at = :now
                where owner = :owner
                """)
                .param("until", GenerationJobRows.timestamp(until))
                .param("secret", secret)
                .param("now", GenerationJobRows.timestamp(now))
                .param("owner", keyOwner(keyId))
                .update();
        if (rotated == 1) {
            return new Issued(secret, until);
        }
        // A key from before webhooks: nobody knew a secret of it, so there is none to keep signing.
        try {
            jdbc.sql("insert into webhook_secret (owner, secret, created_at, rotated_at) values (:owner, :secret, :now, :now)")
                    .param("owner", keyOwner(keyId))
                    .param("secret", secret)
                    .param("now", GenerationJobRows.timestamp(now))
                    .update();
            return new Issued(secret, null);
        } catch (DuplicateKeyException e) {
            // Its first event created one at the same moment; rotate that one.
            return rotateForKey(keyId);
        }
    }

    /**
     * The secrets an event of a job submitted with {@code keyId} (null: without a key) is signed with: the current
     * one, and the previous one while its grace period lasts.
     */
    public List<String> signingSecrets(@Nullable UUID keyId) {
        if (keyId == null && configuredServiceSecret != null) {
            return List.of(configuredServiceSecret);
        }
        String owner = keyId == null ? SERVICE : keyOwner(keyId);
        Stored stored = find(owner).orElseGet(() -> createOnFirstUse(owner));
        List<String> secrets = new ArrayList<>(2);
        secrets.add(stored.secret());
        if (stored.previous() != null && stored.previousValidUntil() != null
                && stored.previousValidUntil().isAfter(clock.instant())) {
            secrets.add(stored.previous());
        }
        return secrets;
    }

    private Stored createOnFirstUse(String owner) {
        try {
            jdbc.sql("insert into webhook_secret (owner, secret, created_at) values (:owner, :secret, :now)")
                    .param("owner", owner)
                    .param("secret", WebhookSignature.newSecret())
                    .param("now", GenerationJobRows.timestamp(clock.instant()))
                    .update();
        } catch (DuplicateKeyException e) {
            // Another dispatcher created it first; theirs is the one.
        }
        return find(owner).orElseThrow();
    }

    private Optional<Stored> find(String owner) {
        return jdbc.sql("select secret, previous_secret, previous_valid_until from webhook_secret where owner = :owner")
                .param("owner", owner)
                .query((rs, n) -> {
                    OffsetDateTime until = rs.getObject(3, OffsetDateTime.class);
                    return new Stored(rs.getString(1), rs.getString(2), until == null ? null : until.toInstant());
                })
                .optional();
    }

    private static String keyOwner(UUID keyId) {
        return "key:" + keyId;
    }
}
