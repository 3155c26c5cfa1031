package io.avatarforge.gateway.firebase;

import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(FirebaseIdTokenVerifier.looksLikeIdToken(GOOGLE.idToken("u", PROJECT, Instant.now()))).isTrue();
        assertThat(FirebaseIdTokenVerifier.looksLikeIdToken("afk_0123456789abcdef")).isFalse();
        assertThat(FirebaseIdTokenVerifier.looksLikeIdToken("eyJ.only-two")).isFalse();
    }
}
