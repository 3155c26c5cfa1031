@NullMarked
package io.avatarforge.platform.image;

import org.jspecify.annotations.NullMarked;
