@NullMarked
package io.avatarforge.worker.config;

import org.jspecify.annotations.NullMarked;
