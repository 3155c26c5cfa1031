package io.avatarforge.platform.storage.firebase;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code avatar.storage.firebase.*}: {@code bucket} (from {@code FIREBASE_STORAGE_BUCKET}, e.g.
 * {@code my-app.firebasestorage.app}) switches the image store from the local disk to that bucket; {@code urlTtl} is how
 * long a signed image URL works (V4 signatures allow at most seven days).
 */
@ConfigurationProperties("avatar.storage.firebase")
public record FirebaseStorageProperties(@Nullable String bucket, @DefaultValue("1h") Duration urlTtl) {

    public FirebaseStorageProperties {
        if (urlTtl.isNegative() || urlTtl.isZero() || urlTtl.compareTo(Duration.ofDays(7)) > 0) {
            throw new IllegalArgumentException("avatar.storage.firebase.url-ttl must be between 1s and 7d: " + urlTtl);
        }
    }

    /** Whether a bucket is configured (an empty value, as an unset variable gives, is none). */
    public boolean enabled() {
        return bucket != null && !bucket.isBlank();
    }
}
