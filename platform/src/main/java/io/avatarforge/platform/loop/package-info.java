/** Background loops that work off a queue in the database: the outbox relay's and the webhook dispatcher's. */
@NullMarked
package io.avatarforge.platform.loop;

import org.jspecify.annotations.NullMarked;
