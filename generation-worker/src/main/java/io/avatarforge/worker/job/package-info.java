@NullMarked
package io.avatarforge.worker.job;

import org.jspecify.annotations.NullMarked;
