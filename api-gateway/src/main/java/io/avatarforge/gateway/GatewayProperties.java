package io.avatarforge.gateway;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/** {@code avatar.gateway.*}: the gateway's own settings (operator-facing product settings live in the JSON config). */
@ConfigurationProperties("avatar.gateway")
@Validated
public record GatewayProperties(
        @DefaultValue("true") boolean enabled,
        /* Absolute base for image URLs; when absent it is taken from the request (honouring X-Forwarded-*). */
        @Nullable String publicBaseUrl,
        /* HMAC key for image URLs; production has no default and refuses to start without one. */
        @NotBlank @Size(min = 32, message = "must be at least 32 characters") String imageSigningKey,
        @DefaultValue("1h") Duration imageUrlTtl,
        @DefaultValue("28MB") DataSize maxRequestSize,
        @DefaultValue("20MB") DataSize maxImageSize,
        @DefaultValue("40000000") @Min(1) long maxImagePixels,
        @DefaultValue("3s") Duration imageFetchConnectTimeout,
        @DefaultValue("10s") Duration imageFetchReadTimeout,
        @DefaultValue("30") @Min(1) int defaultEstimateSeconds,
        @DefaultValue Sweeper sweeper,
        @DefaultValue("12") @Min(1) int topicPartitions,
        @DefaultValue("1") @Min(1) short topicReplicas,
        @DefaultValue Security security) {

    /**
     * {@code bootstrapAdminKey}: from {@code AVATAR_BOOTSTRAP_ADMIN_KEY}; installed as an admin key at start.
     * {@code allowAnonymous}: lets callers without a key or token generate, as user {@code anonymous} (the standalone
     * development mode only; production needs a key or a Firebase ID token). {@code firebaseProjectId}: from
     * {@code FIREBASE_PROJECT_ID}; when set, Firebase ID tokens of that project are accepted as bearer tokens.
     * {@code firebaseAuthEmulatorHost}: from {@code FIREBASE_AUTH_EMULATOR_HOST}, the variable the Admin SDK itself
     * reads; when set, the unsigned ID tokens of Firebase's Auth emulator are accepted (development only: the
     * production gateway refuses to start with it).
     */
    public record Security(@Nullable String bootstrapAdminKey, @DefaultValue("false") boolean allowAnonymous,
            @Nullable String firebaseProjectId, @Nullable String firebaseAuthEmulatorHost) {
    }

    /**
     * The sweeper re-dispatches jobs whose worker lease expired and queued jobs that no worker claimed for
     * {@code requeueAfter} (for example because the broker lost the message); after {@code maxAttempts} it fails them.
     * After a sweep that could not reach the database it judges no lease for {@code outageGrace}: the workers could
     * not renew theirs either, and a live one needs a moment to reconnect and renew before its jobs count as lost.
     */
    public record Sweeper(@DefaultValue("5s") Duration interval, @DefaultValue("45s") Duration requeueAfter,
            @DefaultValue("3") @Min(1) int maxAttempts, @DefaultValue("1m") Duration orphanedReceiptsAfter,
            @DefaultValue("15s") Duration outageGrace) {
    }
}
