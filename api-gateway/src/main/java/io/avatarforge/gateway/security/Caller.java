package io.avatarforge.gateway.security;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is calling, whatever the credential: an API key (optionally bound to a user), a Firebase app user, or nobody
 * (allowed only in the standalone development mode). {@code userId} is whom usage, limits and ownership are counted
 * for; {@code keyId} the key that made the call, when one did.
 */
public record Caller(String userId, @Nullable UUID keyId, Set<String> scopes, String actor) {

    public static final String ANONYMOUS = "anonymous";

    public Caller {
        scopes = Set.copyOf(scopes);
    }

    public boolean hasScope(String scope) {
        return scopes.contains(scope);
    }

    public boolean isAdmin() {
        return hasScope(ApiKeyScopes.ADMIN);
    }

    public boolean isAnonymous() {
        return keyId == null && actor.equals(ANONYMOUS);
    }

    /**
     * The user a generation is for: a {@code trusted_server} key (a backend acting for its users) may name one in the
     * request; everyone else is who their credential says.
     */
    public String userFor(@Nullable String requestedUserId) {
        if (hasScope(ApiKeyScopes.TRUSTED_SERVER) && requestedUserId != null && !requestedUserId.isBlank()) {
            return requestedUserId;
        }
        return userId;
    }

    /** May this caller see a job created by {@code ownerUserId} with {@code ownerKeyId}? (OWASP API1) */
    public boolean mayAccess(@Nullable String ownerUserId, @Nullable UUID ownerKeyId) {
        return isAdmin() || userId.equals(ownerUserId) || (keyId != null && keyId.equals(ownerKeyId));
    }

    /** The caller of the current request. */
    public static Caller current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        Object principal = authentication == null ? null : authentication.getPrincipal();
        if (principal instanceof ApiKeyPrincipal key) {
            String user = key.userId() != null && !key.userId().isBlank() ? key.userId() : "key:" + key.keyId();
            return new Caller(user, key.keyId(), key.scopes(), key.actor());
        }
        if (principal instanceof FirebaseUserAuthentication.FirebaseUser user) {
            return new Caller(user.uid(), null, Set.of(ApiKeyScopes.GENERATE), "firebase:" + user.uid());
        }
        return new Caller(ANONYMOUS, null, Set.of(ApiKeyScopes.GENERATE), ANONYMOUS);
    }
}
