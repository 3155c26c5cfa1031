/**
 * The OpenAI-compatible endpoint ({@code /v1/images/edits}, {@code /v1/models}): an app written against OpenAI's SDKs
 * switches by base URL and runs on the same job pipeline as {@code POST /api/v1/avatar/generate}. Its errors are
 * OpenAI's error objects, the one exception to problem+json, so that the SDKs raise their typed errors.
 */
@NullMarked
package io.avatarforge.gateway.openai;

import org.jspecify.annotations.NullMarked;
