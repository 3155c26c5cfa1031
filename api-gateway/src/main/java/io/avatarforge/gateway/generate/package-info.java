@NullMarked
package io.avatarforge.gateway.generate;

import org.jspecify.annotations.NullMarked;
