/** Cross-origin access for browser and Flutter-web callers: which origins, and the refusal of the others. */
@NullMarked
package io.avatarforge.gateway.cors;

import org.jspecify.annotations.NullMarked;
