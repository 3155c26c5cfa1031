@NullMarked
package io.avatarforge.bench.images;

import org.jspecify.annotations.NullMarked;
