package io.avatarforge.gateway.openai;

import static org.assertj.core.api.Assertions.assertThat;

import io.avatarforge.gateway.web.ApiProblemException;
import io.avatarforge.gateway.web.ProblemCode;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The translation of this service's refusals into OpenAI's error objects, status by status. */
class OpenAiErrorsTest {

    @Test
    void aStyleRefusedAtIntakeIsAnUnknownModel() {
        ResponseEntity<OpenAiError> answer = OpenAiErrors.of(new ApiProblemException(ProblemCode.UNKNOWN_STYLE,
                "Unknown style_config 'dall-e-2'. Known styles: pixel_art"));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(body(answer)).isEqualTo(new OpenAiError.Body("The model does not exist; models are this service's "
                + "styles (GET /v1/models). Unknown style_config 'dall-e-2'. Known styles: pixel_art",
                "invalid_request_error", "model_not_found", "model"));
    }

    @Test
    void aJobWhoseStyleWasRemovedAfterItWasAcceptedStaysAnUpstreamFailure() {
        ResponseEntity<OpenAiError> answer = OpenAiErrors.of(ApiProblemException.failedJob(HttpStatus.BAD_GATEWAY,
                "unknown_style", "The style was removed"));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_GATEWAY);
        assertThat(body(answer)).isEqualTo(new OpenAiError.Body("The style was removed", "server_error",
                "unknown_style", null));
    }

    @Test
    void aRateLimitIsOpenAisRateLimitExceededAndKeepsItsRetryAfter() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, "17");

        ResponseEntity<OpenAiError> answer = OpenAiErrors.of(new ApiProblemException(ProblemCode.RATE_LIMITED,
                "Too many requests", headers));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("17");
        assertThat(body(answer).type()).isEqualTo("requests");
        assertThat(body(answer).code()).isEqualTo("rate_limit_exceeded");
    }

    @Test
    void aUsedUpBudgetIsInsufficientQuotaWithItsOwnCode() {
        ResponseEntity<OpenAiError> answer = OpenAiErrors.of(new ApiProblemException(
                ProblemCode.DAILY_BUDGET_EXHAUSTED, "The daily budget is used up"));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(body(answer).type()).isEqualTo("insufficient_quota");
        assertThat(body(answer).code()).isEqualTo("daily_budget_exhausted");
    }

    @Test
    void anImageRefusedAtIntakeNamesTheImageParameterAndAMissingKeyIsAnInvalidApiKey() {
        assertThat(body(OpenAiErrors.of(new ApiProblemException(ProblemCode.IMAGE_TOO_LARGE, "Too large"))).param())
                .isEqualTo("image");
        ResponseEntity<OpenAiError> unauthenticated = OpenAiErrors.of(new ApiProblemException(
                ProblemCode.UNAUTHENTICATED, "This operation needs an API key"));
        assertThat(unauthenticated.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(body(unauthenticated).code()).isEqualTo("invalid_api_key");
        assertThat(body(unauthenticated).param()).isNull();
    }

    private static OpenAiError.Body body(ResponseEntity<OpenAiError> answer) {
        return Objects.requireNonNull(answer.getBody()).error();
    }
}
