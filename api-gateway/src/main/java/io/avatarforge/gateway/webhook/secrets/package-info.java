/**
 * Webhook signing secrets and Standard Webhooks signatures: one secret per API key, issued with the key and rotatable,
 * and the service secret for events of jobs submitted without a key. Kept apart from the dispatcher so that key
 * administration ({@code security}) can issue secrets without depending on the webhook feature.
 */
@NullMarked
package io.avatarforge.gateway.webhook.secrets;

import org.jspecify.annotations.NullMarked;
