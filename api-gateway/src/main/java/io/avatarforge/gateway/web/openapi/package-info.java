/**
 * The OpenAPI document served at {@code /v3/api-docs}, made to describe the wire exactly: the one place that adds
 * what springdoc cannot see in the controllers (snake_case names, problem answers, security schemes, the info block).
 */
@NullMarked
package io.avatarforge.gateway.web.openapi;

import org.jspecify.annotations.NullMarked;
