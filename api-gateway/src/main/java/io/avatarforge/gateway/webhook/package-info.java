/**
 * Webhooks following Standard Webhooks: the intake check of a job's {@code webhook_url}, the dispatcher that sends
 * each finished job's event (signed, retried on a schedule, SSRF-safe), and the deliveries endpoints.
 */
@NullMarked
package io.avatarforge.gateway.webhook;

import org.jspecify.annotations.NullMarked;
