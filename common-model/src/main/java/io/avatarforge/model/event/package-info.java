@NullMarked
package io.avatarforge.model.event;

import org.jspecify.annotations.NullMarked;
