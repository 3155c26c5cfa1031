package io.avatarforge.gateway.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * The one place that turns exceptions into RFC 9457 problem details. Every answer carries a stable {@code code};
 * none carries a stack trace or an exception message that was not written for clients. Every problem body Spring MVC
 * writes, whichever handler made it, is counted here (through {@link ProblemResponses}, which owns the count and
 * counts the refusals made before Spring MVC).
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler implements ResponseBodyAdvice<Object> {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    private static final List<String> REQUIRED_CONSTRAINTS = List.of("NotNull", "NotBlank", "NotEmpty");

    private final ProblemResponses refusals;

    ProblemDetailsAdvice(ProblemResponses refusals) {
        this.refusals = refusals;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public @Nullable Object beforeBodyWrite(@Nullable Object body, MethodParameter returnType, MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
            ServerHttpResponse response) {
        if (body instanceof ProblemDetail problem) {
            refusals.count(problem);
        }
        return body;
    }

    @ExceptionHandler(ApiProblemException.class)
    ResponseEntity<ProblemDetail> handleApiProblem(ApiProblemException ex) {
        return problem(ex.status(), ex.code(), ex.getMessage(), ex.headers());
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> handleConstraintViolation(ConstraintViolationException ex) {
        String detail = ex.getConstraintViolations().stream()
                .map(v -> v.getPropertyPath() + " " + v.getMessage())
                .sorted()
                .reduce((a, b) -> a + "; " + b)
                .orElse("Invalid request");
        return problem(ProblemCode.INVALID_FIELD, detail);
    }

    /**
     * Tomcat parses the query string (or a form body) only when a parameter is first asked for, and then throws on
     * what it cannot parse, such as a parameter without a name ({@code ?=x}): the client's mistake, answered with the
     * status Tomcat chose (400, or 413 for too many parameters), never as an unexpected failure.
     */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> handleInvalidParameter(InvalidParameterException ex) {
        HttpStatus status = HttpStatus.resolve(ex.getErrorCode());
        HttpStatusCode chosen = status != null && status.is4xxClientError() ? status : HttpStatus.BAD_REQUEST;
        return problem(chosen, ProblemCode.forStatus(chosen).apiCode(), "The query string could not be parsed: "
                + "every parameter needs a name, and percent-encoding must be valid", HttpHeaders.EMPTY);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> handleUnexpected(Exception ex, HttpServletRequest request) {
        if (DatabaseOutages.causedBy(ex)) {
            return handleApiProblem(DatabaseOutages.refusal(ex, request.getMethod() + " " + request.getRequestURI()));
        }
        LOG.error("Unexpected error while handling a request", ex);
        return problem(ProblemCode.INTERNAL_ERROR, "The server could not handle this request. It has been logged.");
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = ex.getBindingResult().getFieldErrors();
        boolean missing = !errors.isEmpty() && errors.stream().allMatch(
                e -> e.getRejectedValue() == null && REQUIRED_CONSTRAINTS.contains(e.getCode()));
        String detail = errors.stream()
                .map(e -> snakeCase(e.getField()) + ": " + (missing ? "is required" : e.getDefaultMessage()))
                .sorted()
                .reduce((a, b) -> a + "; " + b)
                .orElse("Invalid request");
        ProblemCode code = missing ? ProblemCode.MISSING_FIELD : ProblemCode.INVALID_FIELD;
        ProblemDetail body = ProblemDetail.forStatusAndDetail(code.status(), detail);
        body.setProperty("code", code.apiCode());
        body.setProperty("errors", errors.stream()
                .map(e -> Map.of("field", snakeCase(e.getField()), "message", String.valueOf(e.getDefaultMessage())))
                .toList());
        return ResponseEntity.badRequest().contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ApiProblemException cause = findCause(ex, ApiProblemException.class);
        if (cause != null) {
            return asObject(handleApiProblem(cause));
        }
        UnrecognizedPropertyException unknown = findCause(ex, UnrecognizedPropertyException.class);
        if (unknown != null) {
            String field = path(unknown);
            ResponseEntity<ProblemDetail> answer = problem(ProblemCode.UNKNOWN_FIELD,
                    field + ": is not a property of this request (names are snake_case)");
            Objects.requireNonNull(answer.getBody()).setProperty("field", field);
            return asObject(answer);
        }
        DatabindException binding = findCause(ex, DatabindException.class);
        if (binding != null && findCause(ex, StreamReadException.class) == null) {
            return asObject(problem(ProblemCode.INVALID_FIELD, path(binding) + ": has the wrong type or format"));
        }
        return asObject(problem(ProblemCode.INVALID_JSON, "The request body is not valid JSON or is missing"));
    }

    /** Adds a {@code code} to every problem Spring MVC renders itself (405, 415, 404 for unknown paths, ...). */
    @Override
    protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail problem && (problem.getProperties() == null
                || !problem.getProperties().containsKey("code"))) {
            problem.setProperty("code", ProblemCode.forStatus(statusCode).apiCode());
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private static ResponseEntity<ProblemDetail> problem(ProblemCode code, String detail) {
        return problem(code.status(), code.apiCode(), detail, HttpHeaders.EMPTY);
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatusCode status, String code, String detail,
            HttpHeaders headers) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setProperty("code", code);
        return ResponseEntity.status(status)
                .headers(headers)
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ResponseEntity<Object> asObject(ResponseEntity<ProblemDetail> entity) {
        return (ResponseEntity) entity;
    }

    /** Where in the body the binding failed, as {@code a.b.[0].c}. */
    private static String path(DatabindException binding) {
        return binding.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .reduce((a, b) -> a + "." + b)
                .orElse("body");
    }

    private static <T extends Throwable> @Nullable T findCause(Throwable ex, Class<T> type) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String snakeCase(String field) {
        return field.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}
