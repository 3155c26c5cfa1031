package io.avatarforge.worker.provider;

import io.avatarforge.model.job.JobErrorCode;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** A provider failure with the stable code the job records and the client sees. */
public class ProviderException extends RuntimeException {

    private final String code;
    private final boolean retryable;
    private final @Nullable Duration retryAfter;

    public ProviderException(JobErrorCode code, String message, boolean retryable) {
        this(code, message, retryable, null, null);
    }

    public ProviderException(JobErrorCode code, String message, boolean retryable, Throwable cause) {
        this(code, message, retryable, null, cause);
    }

    /** {@code retryAfter}: how long the provider asked us to wait (a 429's {@code retry-after}), when it said. */
    public ProviderException(JobErrorCode code, String message, boolean retryable, @Nullable Duration retryAfter,
            @Nullable Throwable cause) {
        this(code.apiCode(), message, retryable, retryAfter, cause);
    }

    private ProviderException(String code, String message, boolean retryable, @Nullable Duration retryAfter,
            @Nullable Throwable cause) {
        super(message, cause);
        this.code = code;
        this.retryable = retryable;
        this.retryAfter = retryAfter;
    }

    /**
     * A failure with a code the operator chose: only the simulated provider's {@code simulation.failure_code}, which
     * may be any string so that a client's handling of codes (known or not) can be rehearsed. Every real failure has
     * a {@link JobErrorCode}.
     */
    public static ProviderException withConfiguredCode(String code, String message, boolean retryable) {
        return new ProviderException(code, message, retryable, null, null);
    }

    /** The API string of the code (a {@link JobErrorCode#apiCode()}, or a simulation's configured code). */
    public String code() {
        return code;
    }

    public boolean is(JobErrorCode errorCode) {
        return errorCode.apiCode().equals(code);
    }

    public boolean retryable() {
        return retryable;
    }

    public @Nullable Duration retryAfter() {
        return retryAfter;
    }
}
