/**
 * {@code Idempotency-Key} on POST requests, with Stripe's semantics: the first request with a key runs and its answer
 * is recorded for 24 hours; a retry with the same key and body answers the recorded answer.
 */
@NullMarked
package io.avatarforge.gateway.idempotency;

import org.jspecify.annotations.NullMarked;
