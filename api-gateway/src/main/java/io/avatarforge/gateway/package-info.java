@NullMarked
package io.avatarforge.gateway;

import org.jspecify.annotations.NullMarked;
