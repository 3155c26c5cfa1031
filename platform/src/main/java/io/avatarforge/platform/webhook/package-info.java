/**
 * The durable half of webhooks that both roles share: the delivery row of a finished job's event, written in the
 * transaction that finished it. Sending is the gateway's.
 */
@NullMarked
package io.avatarforge.platform.webhook;

import org.jspecify.annotations.NullMarked;
