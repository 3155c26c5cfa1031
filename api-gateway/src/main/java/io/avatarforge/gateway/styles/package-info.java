@NullMarked
package io.avatarforge.gateway.styles;

import org.jspecify.annotations.NullMarked;
