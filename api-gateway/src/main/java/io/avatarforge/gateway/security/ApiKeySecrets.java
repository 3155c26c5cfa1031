package io.avatarforge.gateway.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Makes and hashes key secrets. A secret is 32 bytes from {@link SecureRandom} (256 bits), so SHA-256 is enough:
 * bcrypt or Argon2 slow down guessing of low-entropy passwords, which buys nothing against 2^256 possibilities, while
 * costing tens of milliseconds of CPU on every request and ruling out finding a key by an indexed hash lookup.
 */
final class ApiKeySecrets {

    static final String PREFIX = "afk_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeySecrets() {
    }

    static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The part of a secret that may be shown to tell keys apart: at most 8 characters and never over a quarter. */
    static String displayPrefix(String secret) {
        return secret.substring(0, Math.min(8, secret.length() / 4));
    }
}
