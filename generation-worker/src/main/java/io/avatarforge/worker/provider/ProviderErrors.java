package io.avatarforge.worker.provider;

import io.avatarforge.model.job.JobErrorCode;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * How every provider maps its failures into the one vocabulary, {@link JobErrorCode}, so a job fails (or is retried)
 * the same way whichever model served it. Providers translate their SDK's exceptions with {@link #fromHttpStatus};
 * the retry, circuit breaker and fallback logic only ever look at these codes and
 * {@link ProviderException#retryable()}.
 */
public final class ProviderErrors {

    private static final Pattern KEY_LIKE =
            Pattern.compile("\\b(sk|AIza|gm)[-_A-Za-z0-9*.]{4,}");

    private ProviderErrors() {
    }

    public static ProviderException contentPolicy(String providerKey, String message) {
        return new ProviderException(JobErrorCode.CONTENT_POLICY_VIOLATION,
                "The request was refused by " + providerKey + "'s content policy: " + message, false);
    }

    public static ProviderException authFailed(String providerKey, String message) {
        return new ProviderException(JobErrorCode.PROVIDER_AUTH_FAILED, "Provider " + providerKey
                + " rejected its credentials (check api_key and organization): " + redactKeys(message), false);
    }

    /** Providers echo (part of) a rejected key in their message; the job row and the client must not see it. */
    static String redactKeys(String message) {
        return KEY_LIKE.matcher(message).replaceAll("[redacted]");
    }

    public static ProviderException rateLimited(String providerKey, String message, @Nullable Duration retryAfter) {
        return new ProviderException(JobErrorCode.PROVIDER_RATE_LIMITED,
                "Provider " + providerKey + " is rate limiting: " + message, true, retryAfter, null);
    }

    public static ProviderException unavailable(String providerKey, String message, @Nullable Throwable cause) {
        return new ProviderException(JobErrorCode.PROVIDER_UNAVAILABLE,
                "Provider " + providerKey + " is unavailable: " + message, true, null, cause);
    }

    public static ProviderException rejected(String providerKey, String message) {
        return new ProviderException(JobErrorCode.PROVIDER_REJECTED_REQUEST,
                "Provider " + providerKey + " rejected the request: " + message, false);
    }

    public static ProviderException modelUnavailable(String providerKey, String model, String message) {
        return new ProviderException(JobErrorCode.PROVIDER_MODEL_UNAVAILABLE, "Model '" + model
                + "' is not available at provider " + providerKey + " (" + message + "); change provider_config."
                + providerKey + ".model", false);
    }

    /**
     * The common mapping of an HTTP error answer. Callers decide content-policy and model-not-found answers first,
     * since those are recognised by the provider's own error codes rather than the status.
     */
    public static ProviderException fromHttpStatus(String providerKey, int status, String message,
            @Nullable Duration retryAfter) {
        if (status == 401 || status == 403) {
            return authFailed(providerKey, message);
        }
        if (status == 429) {
            return rateLimited(providerKey, message, retryAfter);
        }
        if (status == 408 || status == 409 || status >= 500) {
            return unavailable(providerKey, "HTTP " + status + ": " + message, null);
        }
        return rejected(providerKey, message);
    }

    /** Whether an error message says the model is unknown or retired, in the wording providers use. */
    public static boolean mentionsMissingModel(String message) {
        String lower = message.toLowerCase(Locale.ROOT);
        return lower.contains("model") && (lower.contains("does not exist") || lower.contains("not found")
                || lower.contains("deprecated") || lower.contains("retired") || lower.contains("shut down")
                || lower.contains("no longer available") || lower.contains("not supported"));
    }

    /** Parses {@code retry-after-ms} (milliseconds) or {@code retry-after} (seconds); null when absent or a date. */
    public static @Nullable Duration retryAfter(@Nullable String retryAfterMs, @Nullable String retryAfterSeconds) {
        try {
            if (retryAfterMs != null && !retryAfterMs.isBlank()) {
                return Duration.ofMillis(Math.round(Double.parseDouble(retryAfterMs.trim())));
            }
            if (retryAfterSeconds != null && !retryAfterSeconds.isBlank()) {
                return Duration.ofMillis(Math.round(Double.parseDouble(retryAfterSeconds.trim()) * 1000));
            }
        } catch (NumberFormatException e) {
            // An HTTP-date retry-after is legal but rare from these APIs; the backoff schedule applies instead.
            return null;
        }
        return null;
    }
}
