package io.avatarforge.model.job;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Every code a job can fail with: what the worker and the gateway write to {@code generation_job.error_code}, what
 * {@code GET /status} shows as {@code error_code} and what a synchronous request receives as its problem's
 * {@code code}. The API strings are a public contract: a client branches on them, so none may change.
 *
 * <p>Each code has a {@link Kind}, which alone decides the HTTP status a synchronous request is answered with.
 */
public enum JobErrorCode {

    /** The provider's moderation refused the input or the output; retrying cannot help. */
    CONTENT_POLICY_VIOLATION("content_policy_violation", Kind.CLIENT),
    /** Any other 4xx from the provider: its own message is kept for the operator. */
    PROVIDER_REJECTED_REQUEST("provider_rejected_request", Kind.CLIENT),
    /**
     * The upload's data is broken though it passed intake: the worker's preparation could not decode it, or, for an
     * upload passed on undecoded, the offline stylizer could not. The client sent it, so a client error (422), never a
     * server failure.
     */
    INVALID_IMAGE("invalid_image", Kind.CLIENT),
    /** The upload is over the image limits (the worker's preparation checks them again). */
    IMAGE_TOO_LARGE("image_too_large", Kind.CLIENT),
    /** The upload is not PNG, JPEG or WebP (the worker's preparation checks it again). */
    UNSUPPORTED_IMAGE_FORMAT("unsupported_image_format", Kind.CLIENT),

    /** Withdrawn by the client before a worker started it. */
    CANCELED("canceled", Kind.CANCELED),

    /** 5xx, timeouts, connection errors, unreadable answers: retried with backoff, this code when retries ran out. */
    PROVIDER_UNAVAILABLE("provider_unavailable", Kind.TRANSIENT),
    /** 429: retried after the provider's retry-after; this code only when retries ran out. */
    PROVIDER_RATE_LIMITED("provider_rate_limited", Kind.TRANSIENT),
    /** The provider's circuit is open: calls are refused locally until it half-opens. */
    PROVIDER_CIRCUIT_OPEN("provider_circuit_open", Kind.TRANSIENT),
    /** The provider did not answer within its timeout. */
    PROVIDER_TIMEOUT("provider_timeout", Kind.TRANSIENT),
    /** No generation slot freed on the worker in time (the bulkhead); the next provider may be tried. */
    WORKER_BUSY("worker_busy", Kind.TRANSIENT),
    /** The job's worker stopped renewing its lease too many times (the gateway's sweeper gave up on it). */
    WORKER_LOST("worker_lost", Kind.TRANSIENT),

    /** Bad or revoked key, unverified organisation: the provider's circuit opens. */
    PROVIDER_AUTH_FAILED("provider_auth_failed", Kind.UPSTREAM),
    /** The configured model does not exist (any more): the operator must change {@code model}. */
    PROVIDER_MODEL_UNAVAILABLE("provider_model_unavailable", Kind.UPSTREAM),
    /** The job's provider is not in {@code provider_config}, has no implementation or an unusable configuration. */
    PROVIDER_NOT_CONFIGURED("provider_not_configured", Kind.UPSTREAM),

    /** The job's style was removed from the configuration after the job was accepted. */
    UNKNOWN_STYLE("unknown_style", Kind.INTERNAL),
    /** The job's stored input image is gone. */
    INPUT_IMAGE_MISSING("input_image_missing", Kind.INTERNAL),
    /** The worker failed in a way it did not foresee; the details are in its log. */
    INTERNAL_ERROR("internal_error", Kind.INTERNAL),
    /** Never written by a worker: what a failed job answers with when its row has no code. */
    GENERATION_FAILED("generation_failed", Kind.INTERNAL);

    /** What a failure means to the client that waited for the job, and so the status of its synchronous answer. */
    public enum Kind {
        /**
         * The client's request (its image or prompt) is what was refused: sending it again cannot succeed, so 422
         * (the request was well-formed, its content was not acceptable).
         */
        CLIENT(422),
        /** The client withdrew the job itself: 409, the job's state conflicts with waiting for its result. */
        CANCELED(409),
        /**
         * A passing condition (a busy or failing provider, a lost worker): the same request may well succeed later,
         * so 503, which clients and proxies treat as retryable.
         */
        TRANSIENT(503),
        /**
         * A provider, or the operator's configuration of providers, failed in a way neither the client nor a retry
         * soon can fix: 502, a failure of what the gateway stands in front of.
         */
        UPSTREAM(502),
        /**
         * The service could not finish the job for a reason of its own (lost input, a style removed after
         * acceptance, a bug). Still 502 rather than 500: the request was handled, the job behind it failed, and
         * clients have always been told so with a 502.
         */
        INTERNAL(502);

        private final int httpStatus;

        Kind(int httpStatus) {
            this.httpStatus = httpStatus;
        }

        public int httpStatus() {
            return httpStatus;
        }
    }

    private static final String LEGACY_INVALID_INPUT_IMAGE = "invalid_input_image";

    private static final Map<String, JobErrorCode> BY_API_CODE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(JobErrorCode::apiCode, Function.identity()));

    private final String apiCode;
    private final Kind kind;

    JobErrorCode(String apiCode, Kind kind) {
        this.apiCode = apiCode;
        this.kind = kind;
    }

    /** The string stored in {@code error_code} and sent to clients. */
    public String apiCode() {
        return apiCode;
    }

    public Kind kind() {
        return kind;
    }

    /** The status of a synchronous request whose job failed with this code. */
    public int httpStatus() {
        return kind.httpStatus();
    }

    /**
     * The code an {@code error_code} column holds. Empty for null and for a code this version does not know (one a
     * newer worker wrote, or one an operator had the simulated provider fail with): readers must answer those too.
     */
    public static Optional<JobErrorCode> fromApiCode(@Nullable String apiCode) {
        if (apiCode == null) {
            return Optional.empty();
        }
        // Rows written before the offline stylizer's undecodable upload became a client error say invalid_input_image.
        return Optional.ofNullable(BY_API_CODE.get(LEGACY_INVALID_INPUT_IMAGE.equals(apiCode) ? INVALID_IMAGE.apiCode
                : apiCode));
    }

    /**
     * The code a client is shown for a stored {@code error_code}: the current name of a known code (an old row's
     * {@code invalid_input_image} reads {@code invalid_image}), any other string as it is.
     */
    public static String canonical(String apiCode) {
        return fromApiCode(apiCode).map(JobErrorCode::apiCode).orElse(apiCode);
    }
}
