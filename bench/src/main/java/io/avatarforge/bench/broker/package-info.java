@NullMarked
package io.avatarforge.bench.broker;

import org.jspecify.annotations.NullMarked;
