@NullMarked
package io.avatarforge.model.api;

import org.jspecify.annotations.NullMarked;
