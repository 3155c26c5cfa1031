@NullMarked
package io.avatarforge.platform.job;

import org.jspecify.annotations.NullMarked;
