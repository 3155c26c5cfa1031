package io.avatarforge.gateway.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * A refusal that reaches the client as {@code application/problem+json} with a stable {@code code}. Thrown anywhere in
 * the gateway; {@link ProblemDetailsAdvice} is the one place that renders it.
 */
public class ApiProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final HttpHeaders headers;

    public ApiProblemException(ProblemCode code, String detail) {
        this(code, detail, HttpHeaders.EMPTY);
    }

    public ApiProblemException(ProblemCode code, String detail, HttpHeaders headers) {
        this(code.status(), code.apiCode(), detail, headers);
    }

    private ApiProblemException(HttpStatus status, String code, String detail, HttpHeaders headers) {
        super(detail);
        this.status = status;
        this.code = code;
        this.headers = headers;
    }

    /**
     * A synchronous request's answer when its job failed. The code is the job's own, as stored (a
     * {@code JobErrorCode}'s, or one this gateway does not know), not a {@link ProblemCode}: the client sees the same
     * code here as in the job's status. {@code JobViews} chooses the status.
     */
    public static ApiProblemException failedJob(HttpStatus status, String errorCode, String detail) {
        return new ApiProblemException(status, errorCode, detail, HttpHeaders.EMPTY);
    }

    /**
     * A refusal sent again as it was sent the first time (an idempotent replay): status, code, detail and headers as
     * recorded then, rendered by whatever rendered the original.
     */
    public static ApiProblemException replayed(int status, String code, String detail, HttpHeaders headers) {
        return new ApiProblemException(HttpStatus.valueOf(status), code, detail, headers);
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public HttpHeaders headers() {
        return headers;
    }
}
