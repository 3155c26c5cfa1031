package io.avatarforge.worker.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProviderErrorsTest {

    @Test
    void anAuthFailureNeverRepeatsTheKeyTheProviderEchoed() {
        ProviderException e = ProviderErrors.authFailed("gpt_image_1",
                "Incorrect API key provided: sk-proj-abc1****************wxyz. You can find your API key at ...");

        assertThat(e.getMessage()).doesNotContain("abc1").doesNotContain("wxyz").contains("[redacted]")
                .contains("Incorrect API key provided");
    }

    @Test
    void retryAfterIsReadInMillisecondsFirstThenSeconds() {
        assertThat(ProviderErrors.retryAfter("250", "7")).isEqualTo(Duration.ofMillis(250));
        assertThat(ProviderErrors.retryAfter(null, "2")).isEqualTo(Duration.ofSeconds(2));
        assertThat(ProviderErrors.retryAfter(null, "Wed, 25 Nov 2026 09:00:00 GMT")).isNull();
        assertThat(ProviderErrors.retryAfter(null, null)).isNull();
    }

    @Test
    void statusesMapToTheSharedCodes() {
        assertThat(ProviderErrors.fromHttpStatus("p", 401, "m", null).code()).isEqualTo("provider_auth_failed");
        assertThat(ProviderErrors.fromHttpStatus("p", 403, "m", null).code()).isEqualTo("provider_auth_failed");
        assertThat(ProviderErrors.fromHttpStatus("p", 429, "m", null).code()).isEqualTo("provider_rate_limited");
        assertThat(ProviderErrors.fromHttpStatus("p", 502, "m", null).retryable()).isTrue();
        assertThat(ProviderErrors.fromHttpStatus("p", 422, "m", null).code())
                .isEqualTo("provider_rejected_request");
    }
}
