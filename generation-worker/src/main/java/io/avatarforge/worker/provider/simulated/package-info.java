/** The {@code simulated} provider: configurable latency and failures, no network, for load tests and demos. */
@NullMarked
package io.avatarforge.worker.provider.simulated;

import org.jspecify.annotations.NullMarked;
