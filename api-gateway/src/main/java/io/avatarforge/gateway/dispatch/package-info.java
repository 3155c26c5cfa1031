@NullMarked
package io.avatarforge.gateway.dispatch;

import org.jspecify.annotations.NullMarked;
