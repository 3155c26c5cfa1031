package io.avatarforge.model.api;

/** One entry of {@code GET /api/v1/avatar/styles}, for client style pickers. */
public record StyleSummary(String key, String description) {
}
