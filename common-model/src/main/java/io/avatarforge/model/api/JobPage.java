package io.avatarforge.model.api;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A page of {@code GET /api/v1/avatar/jobs}, newest first. {@code nextCursor}: pass it as {@code cursor} for the next
 * page; null on the last one. The cursor is a position (keyset), so jobs created meanwhile never shift a page.
 */
public record JobPage(List<JobSummary> jobs, @Nullable String nextCursor) {
}
