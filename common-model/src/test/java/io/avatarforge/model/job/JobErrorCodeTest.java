package io.avatarforge.model.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class JobErrorCodeTest {

    @Test
    void aContentPolicyRefusalAnswers422() {
        assertThat(JobErrorCode.CONTENT_POLICY_VIOLATION.kind()).isEqualTo(JobErrorCode.Kind.CLIENT);
        assertThat(JobErrorCode.CONTENT_POLICY_VIOLATION.httpStatus()).isEqualTo(422);
    }

    @Test
    void aRefusedImageAnswers422LikeAnyOtherFaultOfTheRequest() {
        assertThat(JobErrorCode.INVALID_IMAGE.httpStatus()).isEqualTo(422);
        assertThat(JobErrorCode.IMAGE_TOO_LARGE.httpStatus()).isEqualTo(422);
        assertThat(JobErrorCode.UNSUPPORTED_IMAGE_FORMAT.httpStatus()).isEqualTo(422);
        assertThat(JobErrorCode.PROVIDER_REJECTED_REQUEST.httpStatus()).isEqualTo(422);
    }

    @Test
    void aCanceledJobAnswers409() {
        assertThat(JobErrorCode.CANCELED.httpStatus()).isEqualTo(409);
    }

    @Test
    void aPassingConditionAnswers503SoTheClientMayRetry() {
        assertThat(JobErrorCode.PROVIDER_RATE_LIMITED.httpStatus()).isEqualTo(503);
        assertThat(JobErrorCode.PROVIDER_UNAVAILABLE.httpStatus()).isEqualTo(503);
        assertThat(JobErrorCode.WORKER_LOST.httpStatus()).isEqualTo(503);
        assertThat(JobErrorCode.WORKER_BUSY.kind()).isEqualTo(JobErrorCode.Kind.TRANSIENT);
    }

    @Test
    void aProviderOrServiceFaultAnswers502() {
        assertThat(JobErrorCode.PROVIDER_AUTH_FAILED.httpStatus()).isEqualTo(502);
        assertThat(JobErrorCode.PROVIDER_MODEL_UNAVAILABLE.kind()).isEqualTo(JobErrorCode.Kind.UPSTREAM);
        assertThat(JobErrorCode.INTERNAL_ERROR.httpStatus()).isEqualTo(502);
        assertThat(JobErrorCode.GENERATION_FAILED.httpStatus()).isEqualTo(502);
    }

    @Test
    void everyCodeIsReadBackFromItsApiString() {
        for (JobErrorCode code : JobErrorCode.values()) {
            assertThat(JobErrorCode.fromApiCode(code.apiCode())).contains(code);
        }
    }

    @Test
    void theApiStringsAreTheOnesClientsHaveAlwaysSeen() {
        assertThat(Arrays.stream(JobErrorCode.values()).map(JobErrorCode::apiCode)).containsExactlyInAnyOrder(
                "content_policy_violation", "provider_rejected_request", "invalid_image", "image_too_large",
                "unsupported_image_format", "canceled", "provider_unavailable", "provider_rate_limited",
                "provider_circuit_open", "provider_timeout", "worker_busy", "worker_lost", "provider_auth_failed",
                "provider_model_unavailable", "provider_not_configured", "unknown_style", "input_image_missing",
                "internal_error", "generation_failed");
    }

    @Test
    void aBrokenUploadIsTheClientsErrorAndAnOldRowsNameForItReadsAsTheCurrentOne() {
        assertThat(JobErrorCode.INVALID_IMAGE.httpStatus()).isEqualTo(422);
        assertThat(JobErrorCode.fromApiCode("invalid_input_image")).contains(JobErrorCode.INVALID_IMAGE);
        assertThat(JobErrorCode.canonical("invalid_input_image")).isEqualTo("invalid_image");
        assertThat(JobErrorCode.canonical("simulated_failure")).as("an unknown code stays as stored")
                .isEqualTo("simulated_failure");
    }

    @Test
    void anUnknownOrMissingCodeIsNotGuessed() {
        assertThat(JobErrorCode.fromApiCode("rate_limited")).isEmpty();
        assertThat(JobErrorCode.fromApiCode("CONTENT_POLICY_VIOLATION")).isEmpty();
        assertThat(JobErrorCode.fromApiCode("")).isEmpty();
        assertThat(JobErrorCode.fromApiCode(null)).isEmpty();
    }
}
