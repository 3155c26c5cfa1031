/** The benchmark's webhook receiver: where the webhook phase's events arrive, timed on receipt. */
@NullMarked
package io.avatarforge.bench.webhook;

import org.jspecify.annotations.NullMarked;
