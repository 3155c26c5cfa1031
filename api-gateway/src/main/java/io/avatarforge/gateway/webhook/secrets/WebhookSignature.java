package io.avatarforge.gateway.webhook.secrets;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Standard Webhooks signatures (standardwebhooks.com): {@code v1,<base64 HMAC-SHA256 of "id.timestamp.body">} under the
 * bytes a {@code whsec_<base64>} secret encodes. Several secrets sign at once during a rotation; their signatures are
 * sent space-separated in one {@code webhook-signature} header, and a receiver accepts the event if any one verifies.
 */
public final class WebhookSignature {

    public static final String SECRET_PREFIX = "whsec_";
    /** The specification asks for 24 to 64 random bytes; 32 is what HMAC-SHA256 uses in full. */
    static final int SECRET_BYTES = 32;
    private static final int MIN_SECRET_BYTES = 24;
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSignature() {
    }

    /** A new random secret, {@code whsec_} and the base64 of 32 random bytes. */
    public static String newSecret() {
        byte[] bytes = new byte[SECRET_BYTES];
        RANDOM.nextBytes(bytes);
        return SECRET_PREFIX + Base64.getEncoder().encodeToString(bytes);
    }

    /** Throws when {@code secret} is not {@code whsec_} and the base64 of at least 24 bytes; the message omits it. */
    public static void requireValid(String secret, String what) {
        keyOf(secret, what);
    }

    /** The {@code v1,…} signature of one message under one secret. */
    public static String sign(String secret, String messageId, long timestampSeconds, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(keyOf(secret, "a webhook secret"), "HmacSHA256"));
            byte[] digest = mac.doFinal((messageId + "." + timestampSeconds + "." + body)
                    .getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }

    /** The {@code webhook-signature} header value: one signature per secret, space-separated. */
    public static String header(List<String> secrets, String messageId, long timestampSeconds, String body) {
        if (secrets.isEmpty()) {
            throw new IllegalArgumentException("An event is signed with at least one secret");
        }
        return secrets.stream().map(secret -> sign(secret, messageId, timestampSeconds, body))
                .collect(Collectors.joining(" "));
    }

    private static byte[] keyOf(String secret, String what) {
        if (!secret.startsWith(SECRET_PREFIX)) {
            throw new IllegalArgumentException(what + " must start with " + SECRET_PREFIX);
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(secret.substring(SECRET_PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + " must be " + SECRET_PREFIX + " followed by base64");
        }
        if (key.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException(what + " must encode at least " + MIN_SECRET_BYTES + " random bytes"
                    + " (for example: echo " + SECRET_PREFIX + "$(openssl rand -base64 32))");
        }
        return key;
    }
}
