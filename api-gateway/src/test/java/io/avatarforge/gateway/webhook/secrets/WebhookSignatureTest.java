package io.avatarforge.gateway.webhook.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Signatures against the Standard Webhooks specification's own example, and the secret format it prescribes. */
class WebhookSignatureTest {

    /** The example of the specification (and of its reference libraries' tests). */
    private static final String SPEC_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String SPEC_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long SPEC_TIMESTAMP = 1614265330;
    private static final String SPEC_BODY = "{\"test\": 2432232314}";
    private static final String SPEC_SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    @Test
    void theSpecificationsExampleIsSignedAsTheSpecificationSays() {
        assertThat(WebhookSignature.sign(SPEC_SECRET, SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY)).isEqualTo(SPEC_SIGNATURE);
    }

    @Test
    void anyChangeToIdTimestampOrBodyChangesTheSignature() {
        assertThat(WebhookSignature.sign(SPEC_SECRET, SPEC_ID + "x", SPEC_TIMESTAMP, SPEC_BODY))
                .isNotEqualTo(SPEC_SIGNATURE);
        assertThat(WebhookSignature.sign(SPEC_SECRET, SPEC_ID, SPEC_TIMESTAMP + 1, SPEC_BODY))
                .isNotEqualTo(SPEC_SIGNATURE);
        assertThat(WebhookSignature.sign(SPEC_SECRET, SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY + " "))
                .isNotEqualTo(SPEC_SIGNATURE);
    }

    @Test
    void severalSecretsSignSpaceSeparatedInTheirOrder() {
        String other = WebhookSignature.newSecret();

        String header = WebhookSignature.header(List.of(other, SPEC_SECRET), SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY);

        assertThat(header.split(" ")).containsExactly(
                WebhookSignature.sign(other, SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY), SPEC_SIGNATURE);
    }

    @Test
    void aNewSecretIsWhsecAndTheBase64Of32RandomBytes() {
        String secret = WebhookSignature.newSecret();

        assertThat(secret).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(secret.substring(6))).hasSize(32);
        assertThat(WebhookSignature.newSecret()).isNotEqualTo(secret);
        WebhookSignature.requireValid(secret, "it");
    }

    @Test
    void secretsThatAreNotWhsecBase64OfEnoughBytesAreRefusedWithoutBeingQuoted() {
        for (String bad : List.of("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "whsec_not base64!", "whsec_c2hvcnQ=")) {
            assertThatThrownBy(() -> WebhookSignature.requireValid(bad, "AVATAR_WEBHOOK_SECRET"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("AVATAR_WEBHOOK_SECRET")
                    .hasMessageNotContaining(bad);
        }
    }
}
