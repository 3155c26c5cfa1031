@NullMarked
package io.avatarforge.bench.app;

import org.jspecify.annotations.NullMarked;
