package io.avatarforge.gateway.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/** Authenticates a bearer secret against the stored key hashes; revoked and unknown keys are the same failure. */
@Component
class ApiKeyAuthenticationProvider implements AuthenticationProvider {

    private final ApiKeyRepository keys;

    ApiKeyAuthenticationProvider(ApiKeyRepository keys) {
        this.keys = keys;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        Object secret = authentication.getCredentials();
        if (!(secret instanceof String text) || text.isBlank()) {
            throw new BadCredentialsException("The API key is missing");
        }
        return keys.findActive(ApiKeySecrets.hash(text))
                .map(ApiKeyAuthentication::authenticated)
                .orElseThrow(() -> new BadCredentialsException("The API key is not valid or was revoked"));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return ApiKeyAuthentication.class.isAssignableFrom(authentication);
    }
}
