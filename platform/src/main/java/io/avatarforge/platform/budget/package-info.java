@NullMarked
package io.avatarforge.platform.budget;

import org.jspecify.annotations.NullMarked;
