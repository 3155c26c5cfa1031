@NullMarked
package io.avatarforge.worker.provider;

import org.jspecify.annotations.NullMarked;
