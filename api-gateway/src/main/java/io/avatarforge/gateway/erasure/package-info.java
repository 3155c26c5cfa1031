/**
 * Erasure on request: one job's images, or everything of one user (images deleted, job rows anonymised, costs kept).
 */
@NullMarked
package io.avatarforge.gateway.erasure;

import org.jspecify.annotations.NullMarked;
