@NullMarked
package io.avatarforge.worker.pipeline;

import org.jspecify.annotations.NullMarked;
