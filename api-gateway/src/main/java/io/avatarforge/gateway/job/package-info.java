@NullMarked
package io.avatarforge.gateway.job;

import org.jspecify.annotations.NullMarked;
