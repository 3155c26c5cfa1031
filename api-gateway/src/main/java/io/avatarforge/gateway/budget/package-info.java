/** The budget ledger at intake: reservations under every cap, refusals that say when to come back, releases. */
@NullMarked
package io.avatarforge.gateway.budget;

import org.jspecify.annotations.NullMarked;
