@NullMarked
package io.avatarforge.gateway.security;

import org.jspecify.annotations.NullMarked;
