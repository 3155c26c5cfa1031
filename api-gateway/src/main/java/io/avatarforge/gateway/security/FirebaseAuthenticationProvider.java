package io.avatarforge.gateway.security;

import io.avatarforge.gateway.firebase.FirebaseIdTokenVerifier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Accepts bearer tokens shaped like JWTs as Firebase ID tokens; anything else is left to the API-key provider. A
 * JWT-shaped token that fails verification is refused, never tried as a key.
 */
final class FirebaseAuthenticationProvider implements AuthenticationProvider {

    private final FirebaseIdTokenVerifier verifier;

    FirebaseAuthenticationProvider(FirebaseIdTokenVerifier verifier) {
        this.verifier = verifier;
    }

    @Override
    public @Nullable Authentication authenticate(Authentication authentication) throws AuthenticationException {
        if (!(authentication.getCredentials() instanceof String token) || !verifier.looksLikeIdToken(token)) {
            return null;
        }
        return verifier.verify(token)
                .map(user -> (Authentication) new FirebaseUserAuthentication(user.uid()))
                .orElseThrow(() -> new BadCredentialsException("The Firebase ID token is not valid for this project"));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return ApiKeyAuthentication.class.isAssignableFrom(authentication);
    }
}
