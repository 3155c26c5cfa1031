@NullMarked
package io.avatarforge.model.job;

import org.jspecify.annotations.NullMarked;
