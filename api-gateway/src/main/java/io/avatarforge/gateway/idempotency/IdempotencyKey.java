package io.avatarforge.gateway.idempotency;

/**
 * A client's {@code Idempotency-Key} as this service keeps it: whose it is ({@code scope}: the API key, or the user
 * when no key was used), the key itself, and the fingerprint of the request it was first sent with.
 */
public record IdempotencyKey(String scope, String key, String fingerprint) {
}
