/** Contracts shared by the gateway, the worker and the standalone app. Plain Java, no framework code. */
@NullMarked
package io.avatarforge.model;

import org.jspecify.annotations.NullMarked;
