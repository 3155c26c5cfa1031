/**
 * Images from clients: recognised from their bytes, bounded by their headers (cheap enough for the gateway's intake),
 * and prepared for providers (decoded, upright, downscaled, re-encoded: the worker's job, off the request path).
 */
@NullMarked
package io.avatarforge.model.image;

import org.jspecify.annotations.NullMarked;
