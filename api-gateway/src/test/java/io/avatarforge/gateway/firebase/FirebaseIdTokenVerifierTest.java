package io.avatarforge.gateway.firebase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The official Admin SDK verifying ID tokens against a stand-in for Google's certificate endpoint. */
class FirebaseIdTokenVerifierTest {

    private static final String PROJECT = "avatar-forge-test";
    private static final FirebaseStandIn GOOGLE = new FirebaseStandIn();

    private final FirebaseIdTokenVerifier verifier = FirebaseIdTokenVerifier.forProject(PROJECT, GOOGLE.transport());

    @Test
    void aValidTokenForTheProjectYieldsItsUser() {
        assertThat(verifier.verify(GOOGLE.idToken("uid-123", PROJECT, Instant.now().plusSeconds(3600))))
                .hasValueSatisfying(user -> assertThat(user.uid()).isEqualTo("uid-123"));
        assertThat(GOOGLE.requestedUrls()).isNotEmpty()
                .allSatisfy(url -> assertThat(url).contains("securetoken@system.gserviceaccount.com"));
    }

    @Test
    void aTokenForAnotherProjectIsRejected() {
        assertThat(verifier.verify(GOOGLE.idToken("uid-123", "someone-elses-project", Instant.now().plusSeconds(3600))))
                .isEmpty();
    }

    @Test
    void anExpiredTokenIsRejected() {
        assertThat(verifier.verify(GOOGLE.idToken("uid-123", PROJECT, Instant.now().minusSeconds(600)))).isEmpty();
    }

    @Test
    void aTokenSignedByAnyoneButGoogleIsRejected() {
        assertThat(verifier.verify(GOOGLE.forgedIdToken("uid-123", PROJECT, Instant.now().plusSeconds(3600))))
                .isEmpty();
    }

    @Test
    void onlyJwtShapedBearersAreTakenForIdTokens() {
        assertThat(verifier.looksLikeIdToken(GOOGLE.idToken("u", PROJECT, Instant.now()))).isTrue();
        assertThat(verifier.looksLikeIdToken("afk_0123456789abcdef")).isFalse();
        assertThat(verifier.looksLikeIdToken("eyJ.only-two")).isFalse();
    }

    @Test
    void withoutTheEmulatorAnUnsignedTokenIsNeitherTakenForAnIdTokenNorVerified() {
        String unsigned = GOOGLE.unsignedIdToken("uid-123", PROJECT, Instant.now().plusSeconds(3600));
        assertThat(verifier.looksLikeIdToken(unsigned)).isFalse();
        assertThat(verifier.verify(unsigned)).isEmpty();
    }

    @Test
    void anEmulatorHostTheAdminSdkDoesNotReadRefusesToStart() {
        // FIREBASE_AUTH_EMULATOR_HOST is not set in this process: configuring the host alone would make the gateway
        // take unsigned tokens for ID tokens that the SDK then checks for a signature, or worse, the other way round.
        assertThatThrownBy(() -> FirebaseIdTokenVerifier.forProject(PROJECT, GOOGLE.transport(), "127.0.0.1:9099"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("FIREBASE_AUTH_EMULATOR_HOST");
    }
}
