package io.avatarforge.gateway.security;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Who is calling: the API key's id and name, its scopes, and the user it is bound to (if any). Audit records name the
 * caller by {@link #actor()}, never by the secret.
 */
public record ApiKeyPrincipal(UUID keyId, String name, Set<String> scopes, @Nullable String userId) {

    public ApiKeyPrincipal {
        scopes = Set.copyOf(scopes);
    }

    public boolean hasScope(String scope) {
        return scopes.contains(scope);
    }

    public String actor() {
        return "api-key:" + name + "/" + keyId;
    }
}
