package io.avatarforge.gateway.security;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** An app user authenticated by a verified Firebase ID token: allowed to generate, as themself. */
final class FirebaseUserAuthentication extends AbstractAuthenticationToken {

    /** The principal: the Firebase uid. */
    record FirebaseUser(String uid) {
    }

    private final FirebaseUser user;

    FirebaseUserAuthentication(String uid) {
        super(List.of(new SimpleGrantedAuthority(ApiKeyScopes.authority(ApiKeyScopes.GENERATE))));
        this.user = new FirebaseUser(uid);
        super.setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return user;
    }

    @Override
    public String getName() {
        return "firebase:" + user.uid();
    }
}
