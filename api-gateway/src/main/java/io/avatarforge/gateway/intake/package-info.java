/**
 * Image intake: loads the request's {@code image} (base64, {@code data:} URI or an http(s) URL fetched SSRF-safely) and
 * accepts only PNG, JPEG or WebP within the byte and pixel limits, judged from the bytes and the header alone.
 */
@NullMarked
package io.avatarforge.gateway.intake;

import org.jspecify.annotations.NullMarked;
