@NullMarked
package io.avatarforge.gateway.status;

import org.jspecify.annotations.NullMarked;
