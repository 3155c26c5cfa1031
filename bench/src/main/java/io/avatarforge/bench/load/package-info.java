@NullMarked
package io.avatarforge.bench.load;

import org.jspecify.annotations.NullMarked;
