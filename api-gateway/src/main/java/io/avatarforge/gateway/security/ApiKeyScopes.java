package io.avatarforge.gateway.security;

import java.util.Set;

/**
 * The scopes a key may carry. {@code trusted_server} is reserved for backend-to-backend callers that may act for a
 * user named in the request (cost control); granting it today has no effect yet.
 */
public final class ApiKeyScopes {

    public static final String GENERATE = "generate";
    public static final String ADMIN = "admin";
    public static final String TRUSTED_SERVER = "trusted_server";
    public static final Set<String> ALL = Set.of(GENERATE, ADMIN, TRUSTED_SERVER);

    /** Spring Security authority for a scope, as used in {@code hasAuthority(...)}. */
    public static String authority(String scope) {
        return "SCOPE_" + scope;
    }

    private ApiKeyScopes() {
    }
}
