package io.avatarforge.model.storage;

import java.util.Optional;

/**
 * Where image bytes live. Jobs and messages carry only the {@link ImageRef}; the bytes never travel through Kafka.
 * Implementations must make {@link #put} durable before returning, since the reference is committed right after.
 */
public interface ImageStore {

    /** Stores {@code bytes} under {@code ref} (its extension names the content type), replacing what was there. */
    void put(ImageRef ref, byte[] bytes);

    Optional<StoredImage> get(ImageRef ref);

    /** Removes an image nothing refers to any more; absent images are ignored. */
    void delete(ImageRef ref);

    /**
     * A time-limited URL a client can fetch the image from without credentials, straight from the store; empty when
     * the store has none (the local disk), and the gateway then serves the bytes behind its own signed URL.
     */
    default Optional<String> directUrl(ImageRef ref) {
        return Optional.empty();
    }

    record StoredImage(byte[] bytes, String contentType) {
    }
}
