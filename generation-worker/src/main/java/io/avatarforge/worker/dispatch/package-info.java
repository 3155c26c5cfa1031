@NullMarked
package io.avatarforge.worker.dispatch;

import org.jspecify.annotations.NullMarked;
