package io.avatarforge.model.storage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * An opaque, storage-relative key: {@code inputs/{job_id}.{ext}} for a job's photo,
 * {@code avatars/{user}/{avatar_id}.{ext}} for its result (a bucket's objects grouped per user), or the older
 * {@code inputs/2f/2f1c….png} form that rows written before may still hold. Validated so it can never escape the store's
 * root; the extension names the content type.
 */
public record ImageRef(String key) {

    private static final String EXT = "\\.(png|jpg|webp)";
    private static final Pattern SAFE = Pattern.compile("[a-z]+/[0-9a-f]{2}/[0-9a-f-]{36}" + EXT
            + "|inputs/[0-9a-f-]{36}" + EXT + "|avatars/[A-Za-z0-9_-]{1,64}/[0-9a-f-]{36}(-a[0-9]{1,9})?" + EXT);
    private static final Pattern PLAIN_USER = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public ImageRef {
        Objects.requireNonNull(key, "key");
        if (!SAFE.matcher(key).matches()) {
            throw new IllegalArgumentException("Not an image reference: " + key);
        }
    }

    /** Where a job's photo goes. */
    public static ImageRef input(UUID jobId, String contentType) {
        return new ImageRef("inputs/" + jobId + "." + extension(contentType));
    }

    /** Where a user's avatar goes; {@code avatarId} is its job's id. */
    public static ImageRef avatar(@Nullable String userId, UUID avatarId, String contentType) {
        return avatar(userId, avatarId, 1, contentType);
    }

    /**
     * Where the avatar of a job's {@code attempt} goes. A retry (a worker took over from one that lost its lease) writes
     * to its own key, so the late result the first worker deletes again can never be the one that was committed.
     */
    public static ImageRef avatar(@Nullable String userId, UUID avatarId, int attempt, String contentType) {
        String suffix = attempt > 1 ? "-a" + attempt : "";
        return new ImageRef("avatars/" + userSegment(userId) + "/" + avatarId + suffix + "." + extension(contentType));
    }

    /**
     * Every key the avatar of a job's {@code attempt} may have been stored under, one per content type a result can
     * have: where to look for a result whose content type nothing recorded.
     */
    public static List<ImageRef> avatarsOfAttempt(@Nullable String userId, UUID avatarId, int attempt) {
        return Stream.of("image/png", "image/jpeg", "image/webp")
                .map(type -> avatar(userId, avatarId, attempt, type)).toList();
    }

    /** A photo a client sent, as opposed to a generated avatar. */
    public boolean isInput() {
        return key.startsWith("inputs/");
    }

    public String contentType() {
        if (key.endsWith(".png")) {
            return "image/png";
        }
        if (key.endsWith(".webp")) {
            return "image/webp";
        }
        return "image/jpeg";
    }

    public static String extension(String contentType) {
        return switch (contentType) {
            case "image/png" -> "png";
            case "image/jpeg" -> "jpg";
            case "image/webp" -> "webp";
            default -> throw new IllegalArgumentException("Unsupported content type " + contentType);
        };
    }

    /**
     * A user id as one path segment: itself when it is short and plain (Firebase uids are), otherwise a digest of it, so
     * no id can add path segments. A job without a user (an API key without one) goes under {@code _none}.
     */
    private static String userSegment(@Nullable String userId) {
        if (userId == null) {
            return "_none";
        }
        if (PLAIN_USER.matcher(userId).matches()) {
            return userId;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(userId.getBytes(StandardCharsets.UTF_8));
            return "h-" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is unavailable", e);
        }
    }

    @Override
    public String toString() {
        return key;
    }
}
