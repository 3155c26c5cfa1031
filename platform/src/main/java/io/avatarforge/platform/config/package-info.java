@NullMarked
package io.avatarforge.platform.config;

import org.jspecify.annotations.NullMarked;
