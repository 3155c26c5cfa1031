/** The operator console: static pages in this jar, served at {@code /console/} when enabled. */
@NullMarked
package io.avatarforge.gateway.console;

import org.jspecify.annotations.NullMarked;
