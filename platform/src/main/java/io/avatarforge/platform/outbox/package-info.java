@NullMarked
package io.avatarforge.platform.outbox;

import org.jspecify.annotations.NullMarked;
