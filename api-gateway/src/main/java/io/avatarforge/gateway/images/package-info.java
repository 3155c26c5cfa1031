@NullMarked
package io.avatarforge.gateway.images;

import org.jspecify.annotations.NullMarked;
