@NullMarked
package io.avatarforge.gateway.web;

import org.jspecify.annotations.NullMarked;
