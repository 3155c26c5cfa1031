package io.avatarforge.gateway.security;

import io.avatarforge.gateway.web.ApiProblemException;
import io.avatarforge.gateway.web.ProblemCode;
import io.avatarforge.gateway.webhook.secrets.WebhookSecrets;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates, lists and revokes API keys. A new key's secret is returned once and then exists only as a hash; its webhook
 * signing secret is returned once too, with the key or from a rotation.
 */
@Service
class ApiKeys {

    /** The bootstrap admin key always has this id, so every instance's start-up updates the same row. */
    static final UUID BOOTSTRAP_ID = UUID.nameUUIDFromBytes(
            "avatar-forge:bootstrap-admin-key".getBytes(StandardCharsets.UTF_8));
    static final int MIN_BOOTSTRAP_LENGTH = 32;

    record CreatedKey(UUID id, String name, String key, String keyPrefix, Set<String> scopes, @Nullable String userId,
            String webhookSecret) {
    }

    /** A key's new webhook secret, and until when its previous one still signs (null: it had none). */
    record RotatedWebhookSecret(UUID id, String webhookSecret, @Nullable Instant previousValidUntil) {
    }

    private final ApiKeyRepository repository;
    private final WebhookSecrets webhookSecrets;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ApiKeys(ApiKeyRepository repository, WebhookSecrets webhookSecrets, TransactionTemplate transactions,
            Clock clock) {
        this.repository = repository;
        this.webhookSecrets = webhookSecrets;
        this.transactions = transactions;
        this.clock = clock;
    }

    CreatedKey create(String name, List<String> requestedScopes, @Nullable String userId, ApiKeyPrincipal creator) {
        Set<String> scopes = validScopes(requestedScopes);
        String secret = ApiKeySecrets.newSecret();
        UUID id = UUID.randomUUID();
        String prefix = ApiKeySecrets.displayPrefix(secret);
        // The key and its webhook secret together: a key is never handed out without the secret that signs for it.
        String webhookSecret = transactions.execute(status -> {
            repository.insert(id, name.strip(), ApiKeySecrets.hash(secret), prefix, scopes, blankToNull(userId),
                    creator.actor(), clock.instant());
            return webhookSecrets.issueForKey(id);
        });
        return new CreatedKey(id, name.strip(), secret, prefix, scopes, blankToNull(userId),
                Objects.requireNonNull(webhookSecret));
    }

    /** Gives the key a new webhook secret; the previous one keeps signing next to it for the grace period. */
    RotatedWebhookSecret rotateWebhookSecret(UUID id) {
        if (!repository.exists(id)) {
            throw new ApiProblemException(ProblemCode.API_KEY_NOT_FOUND, "No API key has id " + id);
        }
        WebhookSecrets.Issued issued = webhookSecrets.rotateForKey(id);
        return new RotatedWebhookSecret(id, issued.secret(), issued.previousValidUntil());
    }

    void revoke(UUID id) {
        if (!repository.revoke(id, clock.instant())) {
            throw new ApiProblemException(ProblemCode.API_KEY_NOT_FOUND, "No API key has id " + id);
        }
    }

    List<ApiKeyRepository.KeyView> list() {
        return repository.list();
    }

    /** Makes {@code secret} the bootstrap admin key (creating or updating it), so operators can always get in. */
    void installBootstrapKey(String secret) {
        if (secret.strip().length() < MIN_BOOTSTRAP_LENGTH) {
            throw new IllegalStateException("AVATAR_BOOTSTRAP_ADMIN_KEY must be at least " + MIN_BOOTSTRAP_LENGTH
                    + " characters of random text (e.g. `openssl rand -base64 32`)");
        }
        String key = secret.strip();
        repository.upsert(BOOTSTRAP_ID, "bootstrap-admin", ApiKeySecrets.hash(key), ApiKeySecrets.displayPrefix(key),
                new LinkedHashSet<>(List.of(ApiKeyScopes.ADMIN, ApiKeyScopes.GENERATE)), "system:bootstrap",
                clock.instant());
    }

    private static Set<String> validScopes(List<String> requested) {
        Set<String> scopes = new TreeSet<>(requested);
        if (scopes.isEmpty() || !ApiKeyScopes.ALL.containsAll(scopes)) {
            throw new ApiProblemException(ProblemCode.INVALID_FIELD,
                    "scopes: must be one or more of " + new TreeSet<>(ApiKeyScopes.ALL));
        }
        return scopes;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
