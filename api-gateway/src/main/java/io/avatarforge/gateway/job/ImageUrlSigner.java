package io.avatarforge.gateway.job;

import io.avatarforge.gateway.GatewayProperties;
import io.avatarforge.model.job.JobId;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Signs image URLs with HMAC-SHA256 over the avatar id and expiry, so a URL can be handed to any client or CDN
 * without an API key and stops working after {@code avatar.gateway.image-url-ttl}.
 */
@Component
public class ImageUrlSigner {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;
    private final GatewayProperties properties;
    private final Clock clock;

    ImageUrlSigner(GatewayProperties properties, Clock clock) {
        this.key = new SecretKeySpec(properties.imageSigningKey().getBytes(StandardCharsets.UTF_8), ALGORITHM);
        this.properties = properties;
        this.clock = clock;
    }

    /** An absolute, signed, expiring URL for an avatar, under {@code baseUrl} (scheme, host and context path). */
    public String urlFor(JobId avatarId, String baseUrl) {
        long expires = clock.instant().plus(properties.imageUrlTtl()).getEpochSecond();
        return baseUrl + "/api/v1/avatar/images/" + avatarId + "?expires=" + expires + "&signature="
                + signature(avatarId, expires);
    }

    public boolean isValid(JobId avatarId, long expires, String signature) {
        if (Instant.ofEpochSecond(expires).isBefore(clock.instant())) {
            return false;
        }
        return MessageDigest.isEqual(signature(avatarId, expires).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    private String signature(JobId avatarId, long expires) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] digest = mac.doFinal((avatarId + ":" + expires).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
        }
    }
}
