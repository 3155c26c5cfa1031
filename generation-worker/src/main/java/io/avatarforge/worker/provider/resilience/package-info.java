@NullMarked
package io.avatarforge.worker.provider.resilience;

import org.jspecify.annotations.NullMarked;
