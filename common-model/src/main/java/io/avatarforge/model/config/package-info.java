@NullMarked
package io.avatarforge.model.config;

import org.jspecify.annotations.NullMarked;
