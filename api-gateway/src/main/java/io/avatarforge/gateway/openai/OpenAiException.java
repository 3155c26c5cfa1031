package io.avatarforge.gateway.openai;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * A refusal only the OpenAI-compatible endpoint makes (its own parameters: {@code n}, {@code mask}, ...), already in
 * OpenAI's terms. Refusals of the shared pipeline stay {@code ApiProblemException}s and are translated by
 * {@link OpenAiErrors}.
 */
final class OpenAiException extends RuntimeException {

    private final HttpStatus status;
    private final @Nullable String code;
    private final @Nullable String param;
    private final HttpHeaders headers;

    OpenAiException(HttpStatus status, @Nullable String code, @Nullable String param, String message,
            HttpHeaders headers) {
        super(message);
        this.status = status;
        this.code = code;
        this.param = param;
        this.headers = headers;
    }

    /** A 400 {@code invalid_request_error} about one parameter. */
    static OpenAiException invalid(String param, String code, String message) {
        return new OpenAiException(HttpStatus.BAD_REQUEST, code, param, message, HttpHeaders.EMPTY);
    }

    HttpStatus status() {
        return status;
    }

    @Nullable String code() {
        return code;
    }

    @Nullable String param() {
        return param;
    }

    HttpHeaders headers() {
        return headers;
    }
}
