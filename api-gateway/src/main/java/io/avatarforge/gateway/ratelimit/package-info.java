/** Request rate limits per user and per API key, shared by every gateway replica. */
@NullMarked
package io.avatarforge.gateway.ratelimit;

import org.jspecify.annotations.NullMarked;
