package io.avatarforge.gateway.firebase;

import com.google.api.client.http.HttpTransport;
import com.google.auth.oauth2.AccessToken;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.firebase.FirebaseApp;
import com.google.firebase.FirebaseOptions;
import com.google.firebase.auth.FirebaseAuth;
import com.google.firebase.auth.FirebaseAuthException;
import com.google.firebase.auth.FirebaseToken;
import com.google.firebase.internal.FirebaseProcessEnvironment;
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
 *
 * <p>With Firebase's Auth emulator (the Local Emulator Suite Flutter developers run) the SDK is in emulator mode: its
 * tokens are unsigned ({@code alg: none}, an empty third segment) and the SDK checks everything but the signature.
 * Emulator mode is the SDK's own, read from the process environment's {@code FIREBASE_AUTH_EMULATOR_HOST}; this class
 * only widens its token-shape check to unsigned tokens when told the same host, and refuses to start when the two
 * disagree, so an unsigned token is never accepted in a process whose SDK still checks signatures, nor the other way.
 */
public final class FirebaseIdTokenVerifier {

    private static final Logger LOG = LoggerFactory.getLogger(FirebaseIdTokenVerifier.class);
    /** Three base64url segments, the first a JSON header: every Firebase ID token, and no API key. */
    private static final Pattern JWT_SHAPE = Pattern.compile("eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
    /** The Auth emulator's tokens: the same, with an empty signature segment. */
    private static final Pattern UNSIGNED_JWT_SHAPE = Pattern.compile("eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");
    /** The variable the Admin SDK reads to switch to emulator mode. */
    static final String EMULATOR_VARIABLE = "FIREBASE_AUTH_EMULATOR_HOST";

    /** A verified app user. */
    public record VerifiedUser(String uid) {
    }

    private final FirebaseAuth auth;
    private final Pattern tokenShape;

    private FirebaseIdTokenVerifier(FirebaseAuth auth, Pattern tokenShape) {
        this.auth = auth;
        this.tokenShape = tokenShape;
    }

    /** For {@code projectId}; {@code transport} is the SDK's HTTP transport (null: its default, Google's servers). */
    public static FirebaseIdTokenVerifier forProject(String projectId, @Nullable HttpTransport transport) {
        return forProject(projectId, transport, null);
    }

    /**
     * For {@code projectId}, accepting the Auth emulator's unsigned tokens when {@code authEmulatorHost} is set; the
     * SDK must then be in emulator mode for the same host ({@code FIREBASE_AUTH_EMULATOR_HOST} in the environment).
     */
    public static FirebaseIdTokenVerifier forProject(String projectId, @Nullable HttpTransport transport,
            @Nullable String authEmulatorHost) {
        boolean emulator = authEmulatorHost != null && !authEmulatorHost.isBlank();
        String sdkHost = FirebaseProcessEnvironment.getenv(EMULATOR_VARIABLE);
        if (emulator != (sdkHost != null && !sdkHost.isBlank()) || (emulator && !authEmulatorHost.equals(sdkHost))) {
            throw new IllegalStateException("The Firebase Auth emulator host is configured as '"
                    + (emulator ? authEmulatorHost : "") + "' but the Admin SDK reads '"
                    + (sdkHost == null ? "" : sdkHost) + "' from " + EMULATOR_VARIABLE
                    + "; set the environment variable " + EMULATOR_VARIABLE + " (and nothing else) to use the emulator");
        }
        if (emulator) {
            LOG.warn("Accepting unsigned Firebase ID tokens from the Auth emulator at {} (development only)",
                    authEmulatorHost);
        }
        FirebaseOptions.Builder options = FirebaseOptions.builder()
                .setProjectId(projectId)
                // Token verification uses no credential; a placeholder keeps the SDK from looking for one.
                .setCredentials(GoogleCredentials.create(new AccessToken("unused-for-id-token-verification", null)));
        if (transport != null) {
            options.setHttpTransport(transport);
        }
        // A named app per verifier, so several application contexts in one JVM never share or clash over one.
        FirebaseApp app = FirebaseApp.initializeApp(options.build(), "avatar-forge-" + UUID.randomUUID());
        return new FirebaseIdTokenVerifier(FirebaseAuth.getInstance(app), emulator ? UNSIGNED_JWT_SHAPE : JWT_SHAPE);
    }

    /** Whether {@code bearer} is shaped like an ID token this verifier checks (else it is taken for an API key). */
    public boolean looksLikeIdToken(String bearer) {
        return tokenShape.matcher(bearer).matches();
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
