@NullMarked
package io.avatarforge.gateway.health;

import org.jspecify.annotations.NullMarked;
