package io.avatarforge.worker.provider;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** A provider failure with the stable code the job records and the client sees. */
public class ProviderException extends RuntimeException {

    private final String code;
    private final boolean retryable;
    private final @Nullable Duration retryAfter;

    public ProviderException(String code, String message, boolean retryable) {
        this(code, message, retryable, null, null);
    }

    public ProviderException(String code, String message, boolean retryable, Throwable cause) {
        this(code, message, retryable, null, cause);
    }

    /** {@code retryAfter}: how long the provider asked us to wait (a 429's {@code retry-after}), when it said. */
    public ProviderException(String code, String message, boolean retryable, @Nullable Duration retryAfter,
            @Nullable Throwable cause) {
        super(message, cause);
        this.code = code;
        this.retryable = retryable;
        this.retryAfter = retryAfter;
    }

    public String code() {
        return code;
    }

    public boolean retryable() {
        return retryable;
    }

    public @Nullable Duration retryAfter() {
        return retryAfter;
    }
}
