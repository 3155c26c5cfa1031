@NullMarked
package io.avatarforge.gateway.config;

import org.jspecify.annotations.NullMarked;
