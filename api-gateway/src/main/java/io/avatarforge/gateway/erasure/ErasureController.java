package io.avatarforge.gateway.erasure;

import io.avatarforge.gateway.security.Caller;
import io.avatarforge.gateway.web.ProblemCode;
import io.avatarforge.gateway.web.openapi.ApiSecurity;
import io.avatarforge.gateway.web.openapi.ProblemResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Erasure on request: {@code DELETE} a job's images, or all of a user's data (see {@link Erasure}). */
@RestController
@Tag(name = "Erasure", description = "Deleting a job's images or all of a user's data on request (privacy).")
@SecurityRequirement(name = ApiSecurity.API_KEY)
@SecurityRequirement(name = ApiSecurity.FIREBASE_ID_TOKEN)
class ErasureController {

    private final Erasure erasure;

    ErasureController(Erasure erasure) {
        this.erasure = erasure;
    }

    @Operation(summary = "Erase a job's images",
            description = "Deletes the job's photo and result at once (a queued job is canceled first). The job stays: "
                    + "its status says image_expired and its image URL answers 410. For the job's owner or an admin.")
    @ApiResponse(responseCode = "204", description = "Erased (or already gone)")
    @ProblemResponses({ProblemCode.JOB_NOT_FOUND, ProblemCode.JOB_RUNNING})
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
    @ProblemResponses({ProblemCode.FORBIDDEN, ProblemCode.JOB_RUNNING})
    @DeleteMapping("/api/v1/avatar/users/{userId}/data")
    ResponseEntity<Void> eraseUser(@PathVariable String userId) {
        erasure.eraseUser(userId, Caller.current());
        return ResponseEntity.noContent().build();
    }
}
