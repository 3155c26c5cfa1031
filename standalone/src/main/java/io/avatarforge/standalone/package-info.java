@NullMarked
package io.avatarforge.standalone;

import org.jspecify.annotations.NullMarked;
