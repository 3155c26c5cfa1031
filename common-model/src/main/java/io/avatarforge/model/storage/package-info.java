@NullMarked
package io.avatarforge.model.storage;

import org.jspecify.annotations.NullMarked;
