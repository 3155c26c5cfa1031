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

    public ApiProblemException(HttpStatus status, String code, String detail) {
        this(status, code, detail, HttpHeaders.EMPTY);
    }

    public ApiProblemException(HttpStatus status, String code, String detail, HttpHeaders headers) {
        super(detail);
        this.status = status;
        this.code = code;
        this.headers = headers;
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
