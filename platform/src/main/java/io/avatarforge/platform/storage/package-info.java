@NullMarked
package io.avatarforge.platform.storage;

import org.jspecify.annotations.NullMarked;
