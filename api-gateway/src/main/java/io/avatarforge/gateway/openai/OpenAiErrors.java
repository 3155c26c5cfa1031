package io.avatarforge.gateway.openai;

import io.avatarforge.gateway.web.ApiProblemException;
import io.avatarforge.gateway.web.ProblemCode;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Translates this service's refusals into OpenAI's error objects. The status decides which typed error an SDK raises
 * (400 BadRequestError, 401 AuthenticationError, 404 NotFoundError, 429 RateLimitError, 5xx InternalServerError), so it
 * stays the one the REST API sends, except that an unknown style is an unknown model (404, as OpenAI answers it). The
 * {@code code} stays this service's stable code, except where OpenAI's SDK users branch on OpenAI's own
 * ({@code invalid_api_key}, {@code model_not_found}, {@code rate_limit_exceeded}).
 */
final class OpenAiErrors {

    private static final Map<String, String> OPENAI_CODES = Map.of(
            ProblemCode.UNAUTHENTICATED.apiCode(), "invalid_api_key",
            ProblemCode.RATE_LIMITED.apiCode(), "rate_limit_exceeded");
    private static final Set<String> ABOUT_THE_IMAGE = Set.of(ProblemCode.INVALID_IMAGE.apiCode(),
            ProblemCode.IMAGE_TOO_LARGE.apiCode(), ProblemCode.UNSUPPORTED_IMAGE_FORMAT.apiCode());

    private OpenAiErrors() {
    }

    static ResponseEntity<OpenAiError> of(ApiProblemException problem) {
        String code = problem.code();
        if (problem.status() == ProblemCode.UNKNOWN_STYLE.status()
                && code.equals(ProblemCode.UNKNOWN_STYLE.apiCode())) {
            // Refused at intake. (A job whose style was removed after it was accepted fails with the same code and
            // 502, as in the REST API: that model existed.)
            return answer(HttpStatus.NOT_FOUND, "The model does not exist; models are this service's styles "
                    + "(GET /v1/models). " + problem.getMessage(), "model_not_found", "model", problem.headers());
        }
        return answer(problem.status(), problem.getMessage(), OPENAI_CODES.getOrDefault(code, code), paramOf(code),
                problem.headers());
    }

    static ResponseEntity<OpenAiError> of(OpenAiException refusal) {
        return answer(refusal.status(), refusal.getMessage(), refusal.code(), refusal.param(), refusal.headers());
    }

    static ResponseEntity<OpenAiError> answer(HttpStatusCode status, @Nullable String message, @Nullable String code,
            @Nullable String param, HttpHeaders headers) {
        return ResponseEntity.status(status)
                .headers(headers)
                .contentType(MediaType.APPLICATION_JSON)
                .body(new OpenAiError(message == null ? "The request was refused" : message, typeOf(status, code),
                        code, param));
    }

    /** OpenAI's {@code type}: {@code invalid_request_error} for client errors, as OpenAI uses it, but for 429s. */
    private static String typeOf(HttpStatusCode status, @Nullable String code) {
        if (status.is5xxServerError()) {
            return OpenAiError.SERVER_ERROR;
        }
        if (status.value() == HttpStatus.TOO_MANY_REQUESTS.value()) {
            return "rate_limit_exceeded".equals(code) ? "requests" : "insufficient_quota";
        }
        return OpenAiError.INVALID_REQUEST;
    }

    private static @Nullable String paramOf(String code) {
        if (ABOUT_THE_IMAGE.contains(code)) {
            return "image";
        }
        return code.equals(ProblemCode.INVALID_QUALITY.apiCode()) ? "quality" : null;
    }
}
