package io.avatarforge.gateway.firebase;

import com.google.api.client.http.HttpTransport;
import com.google.auth.oauth2.AccessToken;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.firebase.FirebaseApp;
import com.google.firebase.FirebaseOptions;
import com.google.firebase.auth.FirebaseAuth;
import com.google.firebase.auth.FirebaseAuthException;
import com.google.firebase.auth.FirebaseToken;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Verifies Firebase ID tokens with the official Admin SDK: signature against Google's published signing certificates
 * (fetched and cached by the SDK), issuer and audience for the configured project, expiry and subject. Only a project
 * id is needed: verifying tokens calls no authenticated Google API, so no service-account key has to be deployed.
 */
public final class FirebaseIdTokenVerifier {

    private static final Logger LOG = LoggerFactory.getLogger(FirebaseIdTokenVerifier.class);
    /** Three base64url segments, the first a JSON header: every Firebase ID token, and no API key. */
    private static final Pattern JWT_SHAPE = Pattern.compile("eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");

    /** A verified app user. */
    public record VerifiedUser(String uid) {
    }

    private final FirebaseAuth auth;

    private FirebaseIdTokenVerifier(FirebaseAuth auth) {
        this.auth = auth;
    }

    /** For {@code projectId}; {@code transport} is the SDK's HTTP transport (null: its default, Google's servers). */
    public static FirebaseIdTokenVerifier forProject(String projectId, @Nullable HttpTransport transport) {
        FirebaseOptions.Builder options = FirebaseOptions.builder()
                .setProjectId(projectId)
                // Token verification uses no credential; a placeholder keeps the SDK from looking for one.
                .setCredentials(GoogleCredentials.create(new AccessToken("unused-for-id-token-verification", null)));
        if (transport != null) {
            options.setHttpTransport(transport);
        }
        // A named app per verifier, so several application contexts in one JVM never share or clash over one.
        FirebaseApp app = FirebaseApp.initializeApp(options.build(), "avatar-forge-" + UUID.randomUUID());
        return new FirebaseIdTokenVerifier(FirebaseAuth.getInstance(app));
    }

    public static boolean looksLikeIdToken(String bearer) {
        return JWT_SHAPE.matcher(bearer).matches();
    }

    /** The token's user, or empty when it is not a valid ID token for this project (the reason is logged). */
    public Optional<VerifiedUser> verify(String idToken) {
        try {
            FirebaseToken token = auth.verifyIdToken(idToken);
            return Optional.of(new VerifiedUser(token.getUid()));
        } catch (FirebaseAuthException | IllegalArgumentException e) {
            // The SDK's messages name the failed check (expired, wrong audience...), never the token itself.
            LOG.info("Rejected a Firebase ID token: {}", e.getMessage());
            return Optional.empty();
        }
    }
}
