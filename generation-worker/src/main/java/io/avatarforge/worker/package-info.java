@NullMarked
package io.avatarforge.worker;

import org.jspecify.annotations.NullMarked;
