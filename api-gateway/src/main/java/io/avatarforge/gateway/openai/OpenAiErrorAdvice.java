package io.avatarforge.gateway.openai;

import io.avatarforge.gateway.web.ApiProblemException;
import io.avatarforge.gateway.web.DatabaseOutages;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Errors of the OpenAI-compatible controller as OpenAI's error objects. Scoped to that controller and ordered before
 * the REST API's one advice ({@code ProblemDetailsAdvice}), which stays in charge of everything else. It extends
 * {@link ResponseEntityExceptionHandler} so that every error Spring MVC detects itself (a missing part, an oversized
 * upload, ...) is covered too: {@link #createResponseEntity} turns each of those problems into OpenAI's shape.
 */
@RestControllerAdvice(assignableTypes = OpenAiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class OpenAiErrorAdvice extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(OpenAiErrorAdvice.class);
    private static final List<String> REQUIRED_CONSTRAINTS = List.of("NotNull", "NotBlank", "NotEmpty");

    @ExceptionHandler(OpenAiException.class)
    ResponseEntity<OpenAiError> handleOpenAi(OpenAiException ex) {
        return OpenAiErrors.of(ex);
    }

    @ExceptionHandler(ApiProblemException.class)
    ResponseEntity<OpenAiError> handleApiProblem(ApiProblemException ex) {
        return OpenAiErrors.of(ex);
    }

    /** A body that claims to be multipart but cannot be read as such. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<OpenAiError> handleMultipart(MultipartException ex) {
        return OpenAiErrors.answer(HttpStatus.BAD_REQUEST, "The multipart/form-data body could not be read",
                "invalid_multipart", null, HttpHeaders.EMPTY);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<OpenAiError> handleUnexpected(Exception ex, HttpServletRequest request) {
        if (DatabaseOutages.causedBy(ex)) {
            return OpenAiErrors.of(DatabaseOutages.refusal(ex, request.getMethod() + " " + request.getRequestURI()));
        }
        LOG.error("Unexpected error while handling an OpenAI-compatible request", ex);
        return OpenAiErrors.answer(HttpStatus.INTERNAL_SERVER_ERROR,
                "The server could not handle this request. It has been logged.", "internal_error", null,
                HttpHeaders.EMPTY);
    }

    /** The first invalid form field, named as the SDKs send it ({@code output_format}), in OpenAI's words. */
    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        FieldError error = ex.getBindingResult().getFieldErrors().stream().findFirst().orElse(null);
        if (error == null) {
            return asObject(OpenAiErrors.answer(HttpStatus.BAD_REQUEST, "The request is not valid", "invalid_value",
                    null, HttpHeaders.EMPTY));
        }
        String param = error.getField().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
        boolean missing = REQUIRED_CONSTRAINTS.contains(error.getCode())
                && (error.getRejectedValue() == null || error.getRejectedValue().toString().isBlank());
        if (missing) {
            return asObject(OpenAiErrors.answer(HttpStatus.BAD_REQUEST,
                    "Missing required parameter: '" + param + "'.", "missing_required_parameter", param,
                    HttpHeaders.EMPTY));
        }
        // A conversion failure's default message is Spring's, not written for clients.
        String reason = error.isBindingFailure() ? "" : " " + error.getDefaultMessage();
        return asObject(OpenAiErrors.answer(HttpStatus.BAD_REQUEST,
                "Invalid value for '" + param + "':" + (reason.isEmpty() ? " not of the expected type" : reason)
                        + ".", "invalid_value", param, HttpHeaders.EMPTY));
    }

    /** Every other problem Spring MVC renders itself, in OpenAI's shape with the status Spring chose. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        String message = body instanceof ProblemDetail problem ? problem.getDetail() : null;
        String code = statusCode.is5xxServerError() ? "internal_error"
                : HttpStatus.resolve(statusCode.value()) == null ? "bad_request"
                : HttpStatus.valueOf(statusCode.value()).name().toLowerCase(Locale.ROOT);
        return asObject(OpenAiErrors.answer(statusCode, message, code, null, headers));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ResponseEntity<Object> asObject(ResponseEntity<OpenAiError> entity) {
        return (ResponseEntity) entity;
    }
}
