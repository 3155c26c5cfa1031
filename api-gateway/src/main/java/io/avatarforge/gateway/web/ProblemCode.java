package io.avatarforge.gateway.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/**
 * Every {@code code} a refusal of the gateway's own can carry, with the status it is sent with. Clients branch on
 * these strings, so none may change. A synchronous request whose job failed is answered with the job's code instead
 * ({@link io.avatarforge.model.job.JobErrorCode}, through {@code JobViews}); some strings stand in both lists, each
 * with its own status (an {@code invalid_image} refused at intake is a 400, one the worker refuses a 422).
 */
public enum ProblemCode {

    /** The body is not JSON, or is missing. */
    INVALID_JSON("invalid_json", HttpStatus.BAD_REQUEST),
    /** A required field is absent. */
    MISSING_FIELD("missing_field", HttpStatus.BAD_REQUEST),
    /** A field or parameter has the wrong type, format or value. */
    INVALID_FIELD("invalid_field", HttpStatus.BAD_REQUEST),
    /** A property the request body does not have (misspelt, or camelCase instead of snake_case); named in {@code field}. */
    UNKNOWN_FIELD("unknown_field", HttpStatus.BAD_REQUEST),
    INVALID_QUALITY("invalid_quality", HttpStatus.BAD_REQUEST),
    UNKNOWN_STYLE("unknown_style", HttpStatus.BAD_REQUEST),
    /**
     * Any other client error Spring MVC detects itself (a malformed query parameter, ...): sent with the status Spring
     * chose, 400 for most.
     */
    BAD_REQUEST("bad_request", HttpStatus.BAD_REQUEST),
    /**
     * Refused before any routing, by Spring Security's firewall or by Tomcat itself: a URL with an encoded {@code %},
     * {@code /}, {@code \}, {@code ;} or {@code .}, invalid percent-encoding or UTF-8, characters a URL may not hold,
     * or a header with control characters. Its own code because nothing behind it ran: the same request will always
     * be refused, whatever the path or the caller.
     */
    REQUEST_REJECTED("request_rejected", HttpStatus.BAD_REQUEST),

    /** The image is neither valid base64, a {@code data:} URI nor an http(s) URL, or its bytes are no image. */
    INVALID_IMAGE("invalid_image", HttpStatus.BAD_REQUEST),
    /** Over the byte size or the declared pixel count the gateway accepts. */
    IMAGE_TOO_LARGE("image_too_large", HttpStatus.CONTENT_TOO_LARGE),
    /** Not PNG, JPEG or WebP, recognised from its bytes. */
    UNSUPPORTED_IMAGE_FORMAT("unsupported_image_format", HttpStatus.UNSUPPORTED_MEDIA_TYPE),
    /** An image URL or webhook_url that is not http(s) (https) or points at an address that is not public. */
    URL_NOT_ALLOWED("url_not_allowed", HttpStatus.BAD_REQUEST),
    /** An image URL that could not be fetched (error answer, timeout, too many redirects). */
    IMAGE_FETCH_FAILED("image_fetch_failed", HttpStatus.BAD_REQUEST),
    /** The request body is over the gateway's limit. */
    PAYLOAD_TOO_LARGE("payload_too_large", HttpStatus.CONTENT_TOO_LARGE),

    /** No API key, or one that is not valid (any more). */
    UNAUTHENTICATED("unauthenticated", HttpStatus.UNAUTHORIZED),
    /** The caller may not do this (the key lacks the scope, or the data is another caller's). */
    FORBIDDEN("forbidden", HttpStatus.FORBIDDEN),
    /** An image URL whose signature is wrong or expired. */
    INVALID_SIGNATURE("invalid_signature", HttpStatus.FORBIDDEN),
    /**
     * A browser request from an origin not in {@code avatar.gateway.cors.allowed-origins}, or a preflight asking for a
     * method or header that is not allowed. Its own code so that a developer seeing it knows the fix is the server's
     * CORS setting, not the key or the request.
     */
    CORS_REJECTED("cors_rejected", HttpStatus.FORBIDDEN),

    /** Unknown path. */
    NOT_FOUND("not_found", HttpStatus.NOT_FOUND),
    /** No job with this id that the caller may see. */
    JOB_NOT_FOUND("job_not_found", HttpStatus.NOT_FOUND),
    IMAGE_NOT_FOUND("image_not_found", HttpStatus.NOT_FOUND),
    /** The job's image existed and was deleted: its retention period ended, or it was erased on request. */
    IMAGE_EXPIRED("image_expired", HttpStatus.GONE),
    API_KEY_NOT_FOUND("api_key_not_found", HttpStatus.NOT_FOUND),
    CONFIG_VERSION_NOT_FOUND("config_version_not_found", HttpStatus.NOT_FOUND),
    METHOD_NOT_ALLOWED("method_not_allowed", HttpStatus.METHOD_NOT_ALLOWED),
    NOT_ACCEPTABLE("not_acceptable", HttpStatus.NOT_ACCEPTABLE),
    UNSUPPORTED_MEDIA_TYPE("unsupported_media_type", HttpStatus.UNSUPPORTED_MEDIA_TYPE),

    /** Only a queued job can be canceled. */
    JOB_NOT_CANCELABLE("job_not_cancelable", HttpStatus.CONFLICT),
    /** A job a worker is running cannot be erased (its result would land after the erasure); retry when it ended. */
    JOB_RUNNING("job_running", HttpStatus.CONFLICT),
    /** Only a failed or canceled job can be retried. */
    JOB_NOT_RETRYABLE("job_not_retryable", HttpStatus.CONFLICT),
    /** Others kept changing the configuration while this change was being applied; retry it. */
    CONFIG_CONFLICT("config_conflict", HttpStatus.CONFLICT),
    /** A redelivery of a job's webhook event, when the job has no webhook_url or has not finished. */
    NO_WEBHOOK_EVENT("no_webhook_event", HttpStatus.CONFLICT),

    /** The first request with this {@code Idempotency-Key} is still being answered; with {@code Retry-After}. */
    IDEMPOTENCY_KEY_IN_USE("idempotency_key_in_use", HttpStatus.CONFLICT),
    /** This {@code Idempotency-Key} was used before with another request body. */
    IDEMPOTENCY_KEY_REUSED("idempotency_key_reused", HttpStatus.UNPROCESSABLE_CONTENT),

    /** A request rate limit (per key or per user); with {@code Retry-After}. */
    RATE_LIMITED("rate_limited", HttpStatus.TOO_MANY_REQUESTS),
    /** The service's daily budget or generation count is used up; with {@code Retry-After}. */
    DAILY_BUDGET_EXHAUSTED("daily_budget_exhausted", HttpStatus.TOO_MANY_REQUESTS),
    /** The caller's daily generations or budget are used up; with {@code Retry-After}. */
    USER_DAILY_LIMIT_REACHED("user_daily_limit_reached", HttpStatus.TOO_MANY_REQUESTS),

    /**
     * The gateway failed unexpectedly (logged, never detailed to the client); also any other server error Spring MVC
     * renders itself, with the status it chose.
     */
    INTERNAL_ERROR("internal_error", HttpStatus.INTERNAL_SERVER_ERROR),
    /**
     * The database cannot be reached (or did not answer within the request path's timeouts): retry after
     * {@code Retry-After}. Answered within a few seconds, never after a long hang; see README "Failure behaviour".
     */
    SERVICE_UNAVAILABLE("service_unavailable", HttpStatus.SERVICE_UNAVAILABLE),
    /** The configuration in force is not in the database. */
    CONFIG_UNAVAILABLE("config_unavailable", HttpStatus.SERVICE_UNAVAILABLE),
    /** This replica holds as many open status streams as {@code avatar.gateway.status-stream.max-open} allows. */
    TOO_MANY_STREAMS("too_many_streams", HttpStatus.SERVICE_UNAVAILABLE);

    private final String apiCode;
    private final HttpStatus status;

    ProblemCode(String apiCode, HttpStatus status) {
        this.apiCode = apiCode;
        this.status = status;
    }

    /**
     * The code of a refusal the gateway did not choose itself (Spring MVC's, Tomcat's): by its status, which stays the
     * one they chose, also where it is not the code's usual one.
     */
    public static ProblemCode forStatus(HttpStatusCode status) {
        return switch (status.value()) {
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            default -> status.is4xxClientError() ? BAD_REQUEST : INTERNAL_ERROR;
        };
    }

    /** The problem's {@code code} on the wire. */
    public String apiCode() {
        return apiCode;
    }

    public HttpStatus status() {
        return status;
    }
}
