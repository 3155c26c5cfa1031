/**
 * HTTP to URLs that callers name (image URLs at intake, webhook receivers), without becoming a way into the network the
 * gateway runs in (SSRF): what a URL may be, and the one locked-down client that checks addresses where it connects.
 */
@NullMarked
package io.avatarforge.gateway.outbound;

import org.jspecify.annotations.NullMarked;
