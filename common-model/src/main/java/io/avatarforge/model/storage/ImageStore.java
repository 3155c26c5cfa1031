package io.avatarforge.model.storage;

import java.util.Optional;

/**
 * Where image bytes live. Jobs and messages carry only the {@link ImageRef}; the bytes never travel through Kafka.
 * Implementations must make {@link #put} durable before returning, since the reference is committed right after.
 */
public interface ImageStore {

    ImageRef put(String category, byte[] bytes, String contentType);

    Optional<StoredImage> get(ImageRef ref);

    /** Removes an image nothing refers to any more; absent images are ignored. */
    void delete(ImageRef ref);

    record StoredImage(byte[] bytes, String contentType) {
    }
}
