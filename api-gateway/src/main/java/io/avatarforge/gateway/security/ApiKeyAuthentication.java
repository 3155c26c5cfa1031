package io.avatarforge.gateway.security;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A bearer API key: unauthenticated it carries the presented secret, authenticated the key's principal. */
final class ApiKeyAuthentication extends AbstractAuthenticationToken {

    private final @Nullable ApiKeyPrincipal principal;
    private @Nullable String secret;

    private ApiKeyAuthentication(String secret) {
        super(List.of());
        this.principal = null;
        this.secret = secret;
        setAuthenticated(false);
    }

    private ApiKeyAuthentication(ApiKeyPrincipal principal) {
        super(principal.scopes().stream().map(s -> new SimpleGrantedAuthority(ApiKeyScopes.authority(s))).toList());
        this.principal = principal;
        this.secret = null;
        super.setAuthenticated(true);
    }

    static ApiKeyAuthentication unauthenticated(String secret) {
        return new ApiKeyAuthentication(secret);
    }

    static ApiKeyAuthentication authenticated(ApiKeyPrincipal principal) {
        return new ApiKeyAuthentication(principal);
    }

    @Override
    public @Nullable Object getCredentials() {
        return secret;
    }

    @Override
    public @Nullable Object getPrincipal() {
        return principal;
    }

    @Override
    public String getName() {
        return principal == null ? "unauthenticated-api-key" : principal.actor();
    }

    @Override
    public void eraseCredentials() {
        secret = null;
        super.eraseCredentials();
    }
}
