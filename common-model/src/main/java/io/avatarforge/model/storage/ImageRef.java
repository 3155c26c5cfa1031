package io.avatarforge.model.storage;

import java.util.Objects;
import java.util.regex.Pattern;

/** An opaque, storage-relative key such as {@code inputs/2f/2f1c...png}. Validated so it can never escape the root. */
public record ImageRef(String key) {

    private static final Pattern SAFE = Pattern.compile("[a-z]+/[0-9a-f]{2}/[0-9a-f-]{36}\\.(png|jpg|webp)");

    public ImageRef {
        Objects.requireNonNull(key, "key");
        if (!SAFE.matcher(key).matches()) {
            throw new IllegalArgumentException("Not an image reference: " + key);
        }
    }

    @Override
    public String toString() {
        return key;
    }
}
