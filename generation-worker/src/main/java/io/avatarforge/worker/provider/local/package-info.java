@NullMarked
package io.avatarforge.worker.provider.local;

import org.jspecify.annotations.NullMarked;
