/** What both roles run on: shared wiring, configuration sync, job-row transitions, the outbox, ledger settlement, image preparation and local storage. */
@NullMarked
package io.avatarforge.platform;

import org.jspecify.annotations.NullMarked;
