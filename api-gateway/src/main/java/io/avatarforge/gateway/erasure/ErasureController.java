package io.avatarforge.gateway.erasure;

import io.avatarforge.gateway.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Erasure on request: {@code DELETE} a job's images, or all of a user's data (see {@link Erasure}). */
@RestController
class ErasureController {

    private static final String PROBLEM = "application/problem+json";

    private final Erasure erasure;

    ErasureController(Erasure erasure) {
        this.erasure = erasure;
    }

    @Operation(summary = "Erase a job's images",
            description = "Deletes the job's photo and result at once (a queued job is canceled first). The job stays: "
                    + "its status says image_expired and its image URL answers 410. For the job's owner or an admin.")
    @ApiResponse(responseCode = "204", description = "Erased (or already gone)")
    @ApiResponse(responseCode = "404", description = "job_not_found: no such job visible to the caller",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "job_running: a worker is generating it; retry once it ended",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @DeleteMapping("/api/v1/avatar/jobs/{jobId}")
    ResponseEntity<Void> eraseJob(@PathVariable String jobId) {
        erasure.eraseJob(jobId, Caller.current());
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Erase a user's data",
            description = "Deletes every photo and result of the user's jobs (queued ones are canceled) and anonymises "
                    + "the job rows (user id replaced by a marker, prompts cleared); costs stay for usage reports. For "
                    + "an admin key or the user's own Firebase identity.")
    @ApiResponse(responseCode = "204", description = "Erased (also when the user had no data)")
    @ApiResponse(responseCode = "403", description = "forbidden: neither an admin nor the user themself",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "job_running: one of the user's jobs is being generated",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @DeleteMapping("/api/v1/avatar/users/{userId}/data")
    ResponseEntity<Void> eraseUser(@PathVariable String userId) {
        erasure.eraseUser(userId, Caller.current());
        return ResponseEntity.noContent().build();
    }
}
